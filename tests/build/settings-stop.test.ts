/**
 * Settings read from the environment (round 19): a mistyped one stops `astro build` with one line naming it, before
 * the content check runs, never with a stack trace after the content sync.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const build = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/settings-stop-dist'], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });

describe('a mistyped setting stops the build with one line', () => {
  it.each([
    [{ DATELINE_NOW: '2026-02-30T00:00:00Z' }, '✗ build stopped: DATELINE_NOW: "2026-02-30T00:00:00Z" is not a real date'],
    [{ DATELINE_SEARCH_SHARDS: '0' }, '✗ build stopped: DATELINE_SEARCH_SHARDS="0" is not "off" or a number of articles per shard'],
    [{ DATELINE_PAGE_WORKERS_AFTER: 'soon' }, '✗ build stopped: DATELINE_PAGE_WORKERS_AFTER="soon" is not a number of pages'],
    [{ DATELINE_SITE_URL: 'ftp://x.org' }, '✗ stopped: site setting "url" (DATELINE_SITE_URL="ftp://x.org") must be the site\'s address starting with https://'],
  ])('%o', (env, line) => {
    const run = build(env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(line);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^ {4}at |content is valid|Syncing content/m);
  });
});
