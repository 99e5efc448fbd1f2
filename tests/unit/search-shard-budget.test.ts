/**
 * Round-7 finding 13: a search shard is bounded by the text it holds, not only by its article count, so that
 * 600 articles of 5,000 unique words each (within the per-article cap) no longer make one shard that takes
 * Pagefind 1.85 GB and six minutes. See src/build/search-shard-budget.ts and scripts/search-shard-bench.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchShards, SHARD_ARTICLES } from '#/build/search-shards.ts';
import { SHARD_BUDGET, splitByBudget, textWeight } from '#/build/search-shard-budget.ts';
import { MAX_SEARCH_TERMS } from '#/build/search-text-cap.ts';
import type { SearchArticle } from '#/build/search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-shard-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const weight = (wordPages: number, bytes = 0) => ({ wordPages, bytes });

describe('the text a shard holds', () => {
  it('counts an article once per different word (any case), and its bytes', () => {
    expect(textWeight('Wheat prices rose; wheat PRICES fell. Кабул کابل 2026')).toEqual({ wordPages: 7, bytes: Buffer.byteLength('Wheat prices rose; wheat PRICES fell. Кабул کابل 2026') });
    expect(textWeight('')).toEqual({ wordPages: 0, bytes: 0 });
  });

  it('cuts consecutive runs that stay within the budget; an article heavier than the budget is a run of its own', () => {
    const runs = splitByBudget([4, 4, 3, 12, 1, 1], (n) => weight(n), { wordPages: 10, bytes: Infinity });
    expect(runs).toEqual([[4, 4], [3], [12], [1, 1]]);
    expect(splitByBudget([1, 1, 1], (n) => weight(0, n * 100), { wordPages: Infinity, bytes: 200 })).toEqual([[1, 1], [1]]);
    expect(splitByBudget([], () => weight(1))).toEqual([]);
  });

  it('lets 2,500 articles of ordinary prose fill a shard, but not 2,500 articles at the per-article word cap', () => {
    // Ordinary news prose: ~400 different words an article (measured with scripts/search-shard-bench.ts --kind prose).
    expect(SHARD_ARTICLES * 400).toBeLessThanOrEqual(SHARD_BUDGET.wordPages);
    expect(Math.floor(SHARD_BUDGET.wordPages / MAX_SEARCH_TERMS)).toBeLessThan(SHARD_ARTICLES / 10);
  });
});

describe('search shards within the budget', () => {
  const article = (id: string, month: string, body: string): SearchArticle => ({
    id,
    title: id,
    description: '',
    dateline: undefined,
    body,
    textFile: join(work, `${id}.txt`),
    section: 'News',
    published: { epoch: Date.parse(`${month}-10T10:00:00Z`), iso: `${month}-10T10:00:00Z`, dateOnly: false },
    lang: undefined,
  });

  it('index one month of heavy articles as several shards, each listing its own months and years', async () => {
    const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}`).join(' ');
    const articles = [
      article('a', '2025-12', words(30, 'alpha')),
      article('b', '2026-01', words(30, 'bravo')),
      article('c', '2026-01', words(30, 'charlie')),
    ];
    // Each article holds ~31 different words (title included): a budget of 70 pairs fits two, not three.
    const index = await buildSearchShards(articles, join(work, 'cache'), SHARD_ARTICLES, { wordPages: 70, bytes: Infinity });
    expect(index.shards.map((s) => [s.records, s.months, s.years])).toEqual([
      [2, ['2025-12', '2026-01'], ['2026', '2025']],
      [1, ['2026-01', '2026-01'], ['2026']],
    ]);
    for (const s of index.shards) expect(existsSync(join(s.dir, 'pagefind.js'))).toBe(true);
    // Without sharding (DATELINE_SEARCH_SHARDS=off) there is one index and no budget.
    expect((await buildSearchShards(articles, join(work, 'cache'), Infinity, { wordPages: 70, bytes: Infinity })).shards).toHaveLength(1);
  }, 120_000);
});
