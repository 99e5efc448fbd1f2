/** The fifth blind attack round's findings (issue 10). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { nowInZone } from '#/check/scaffold.ts';
import { site } from '#/site.config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dateline-round5-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new never writes through a link (finding 6)', () => {
  it('a month folder linked outside the content folder is refused and nothing is written there', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const outside = join(work, 'outside');
    mkdirSync(outside);
    const now = nowInZone(Date.now(), site.timeZone);
    const year = join(content, 'articles', now.slice(0, 4));
    mkdirSync(year, { recursive: true });
    rmSync(join(year, now.slice(5, 7)), { recursive: true, force: true });
    symlinkSync(outside, join(year, now.slice(5, 7)));
    const run = spawnSync(process.execPath, ['scripts/new.ts', 'Symlink folder test', '--author', 'nadia-rahyab', '--section', 'economy'], {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/is a symbolic link; Dateline never writes through links inside the content folder/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(outside, 'symlink-folder-test.md'))).toBe(false);
  });
});
