/**
 * A site built as 3 disjoint parts (DATELINE_BUILD_PART=k/3, src/build/build-part.ts), merged by
 * `npm run merge-parts`, equals one build of the whole site: the same files, byte for byte.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees } from '../../scripts/same-output.ts';

test.describe.configure({ mode: 'serial', timeout: 400_000 });

// Shards of at most 3 articles, so the sample's months make several search shards to deal out.
const env = { ASTRO_TELEMETRY_DISABLED: '1', DATELINE_NOW: '2026-11-28T12:00:00Z', DATELINE_SEARCH_SHARDS: '3' };

function build(outDir: string, part?: string, extra: Record<string, string> = {}): string {
  // One after another in this checkout, each into its own folder (parts at the same time: one checkout each).
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ...env, ...(part ? { DATELINE_BUILD_PART: part } : {}), ...extra },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  return run.stdout + run.stderr;
}

const articlesIn = (dir: string) => (existsSync(join(dir, 'articles')) ? readdirSync(join(dir, 'articles')).sort() : []);

test('three build parts, merged, equal one build file for file, byte for byte', async () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-parts-'));
  const whole = join(work, 'whole');
  build(whole);
  const parts = [1, 2, 3].map((k) => join(work, `part-${k}`));
  // Part 2 renders on Astro's own thread, the others with the page-worker pool: the output is the same either way.
  const logs = parts.map((dir, i) => build(dir, `${i + 1}/3`, i === 1 ? { DATELINE_PAGE_WORKERS: 'off' } : {}));
  logs.forEach((log, i) => expect(log).toContain(`build part ${i + 1} of 3`));

  // Disjoint shares: every article page in exactly one part, and each part renders some.
  const shares = parts.map(articlesIn);
  for (const share of shares) expect(share.length).toBeGreaterThan(0);
  expect(shares.flat().sort()).toEqual(articlesIn(whole));
  // Part 1 alone writes the pages made from the whole archive.
  for (const file of ['index.html', 'sitemap-index.xml', 'sitemap-0.xml', 'rss.xml', 'robots.txt', '404.html', 'search/index.html'])
    expect(parts.map((p) => existsSync(join(p, file))), file).toEqual([true, false, false]);
  // Every part lists the same search shards; each publishes only its own.
  const shardLists = parts.map((p) => readFileSync(join(p, 'pagefind', 'shards.json'), 'utf8'));
  expect(new Set(shardLists).size).toBe(1);
  expect(JSON.parse(shardLists[0]!).length).toBeGreaterThanOrEqual(3);

  const merged = join(work, 'merged');
  const merge = spawnSync(process.execPath, ['scripts/merge-parts.ts', '--out', merged, ...parts], { encoding: 'utf8' });
  expect(merge.status, merge.stderr).toBe(0);
  expect(merge.stdout).toMatch(/^merged 3 parts into .*: \d+ files/);

  const diff = compareTrees(whole, merged);
  expect({ different: diff.different, onlyInWhole: diff.onlyInA, onlyInMerged: diff.onlyInB }).toEqual({ different: [], onlyInWhole: [], onlyInMerged: [] });
  expect(diff.files).toBeGreaterThan(200);

  // A part whose copy of a shared file differs (here: built from other content) is refused by name, not merged.
  const tampered = join(work, 'part-2-tampered');
  cpSync(parts[1]!, tampered, { recursive: true });
  writeFileSync(join(tampered, 'pagefind', 'shards.json'), '["/pagefind/"]\n');
  const again = spawnSync(process.execPath, ['scripts/merge-parts.ts', '--out', join(work, 'merged-again'), parts[0]!, tampered], { encoding: 'utf8' });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain(`✗ merge-parts: pagefind/shards.json: written differently by ${parts[0]} and ${tampered}`);
  expect(existsSync(join(work, 'merged-again'))).toBe(false);
});

test('a part without a pinned clock stops with one line, before anything is built', () => {
  const { DATELINE_NOW: _, ...rest } = process.env;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(mkdtempSync(join(tmpdir(), 'dateline-parts-')), 'p')], {
    env: { ...rest, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_BUILD_PART: '2/3' },
    encoding: 'utf8',
  });
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe('✗ build stopped: DATELINE_BUILD_PART="2/3" needs DATELINE_NOW, the same for every part (e.g. DATELINE_NOW=$(date -u +%FT%TZ), decided once before the parts start)');
});
