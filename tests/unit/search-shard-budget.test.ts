/**
 * Round-7 finding 13: a search shard is bounded by the text it holds, not only by its article count, so that
 * 600 articles of 5,000 unique words each (within the per-article cap) no longer make one shard that takes
 * Pagefind 1.85 GB and six minutes. See src/build/search-shard-budget.ts and scripts/search-shard-bench.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTextMemo } from '#/build/text-memo.ts';
import { buildSearchShards, SHARD_ARTICLES } from '#/build/search-shards.ts';
import { SHARD_COST, splitByBudget, textCost, textWeight } from '#/build/search-shard-budget.ts';
import { MAX_SEARCH_TERMS } from '#/build/search-text-cap.ts';
import type { SearchArticle } from '#/build/search-index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'dateline-shard-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const weight = (pairs: number, words = 0) => ({ pairs, words });

describe('the text a shard holds', () => {
  it('counts an article\'s different words (any case) and its words', () => {
    expect(textWeight('Wheat prices rose; wheat PRICES fell. Кабул کابل 2026')).toEqual({ pairs: 7, words: 9 });
    expect(textWeight('')).toEqual({ pairs: 0, words: 0 });
    expect(textCost({ pairs: 100, words: 600 })).toBe(200);
  });

  it('cuts consecutive runs that stay within the budget; an article costlier than the budget is a run of its own', () => {
    expect(splitByBudget([4, 4, 3, 12, 1, 1], (n) => weight(n), 10)).toEqual([[4, 4], [3], [12], [1, 1]]);
    // Words of text count too: 1 MiB of a few common words fills a shard as surely as unique words.
    expect(splitByBudget([600, 600, 600], (n) => weight(0, n), 200)).toEqual([[600, 600], [600]]);
    expect(splitByBudget([], () => weight(1))).toEqual([]);
  });

  it('lets 2,500 articles of ordinary news prose fill a shard, but not articles at the word cap or the file limit', () => {
    // ~400 different words in 800 (measured: scripts/search-shard-bench.ts --kind prose gives ~500 for long prose).
    expect(SHARD_ARTICLES * textCost({ pairs: 400, words: 800 })).toBeLessThanOrEqual(SHARD_COST);
    expect(Math.floor(SHARD_COST / textCost({ pairs: MAX_SEARCH_TERMS, words: MAX_SEARCH_TERMS }))).toBeLessThan(250);
    expect(Math.floor(SHARD_COST / textCost({ pairs: 200, words: 140_000 }))).toBeLessThan(60);
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
      article('d', '2026-01', words(30, 'delta')),
    ];
    // Each article holds 31 different words of 31 (title included), costing ~36: a budget of 80 fits two, not three.
    // The newest month (January) is a shard group of its own, cut in two by the budget.
    const index = await buildSearchShards(articles, join(work, 'cache'), SHARD_ARTICLES, { budget: 80 });
    expect(index.shards.map((s) => [s.records, s.months, s.years])).toEqual([
      [1, ['2025-12', '2025-12'], ['2025']],
      [2, ['2026-01', '2026-01'], ['2026']],
      [1, ['2026-01', '2026-01'], ['2026']],
    ]);
    for (const s of index.shards) expect(existsSync(join(s.dir, 'pagefind.js'))).toBe(true);
    // Without sharding (DATELINE_SEARCH_SHARDS=off) there is one index and no budget.
    expect((await buildSearchShards(articles, join(work, 'cache'), Infinity, { budget: 80 })).shards).toHaveLength(1);
  }, 120_000);

  it('cut and weigh the same with the answers an earlier build kept, and take them from there (DATELINE_SEARCH_CACHE)', async () => {
    const flood = Array.from({ length: MAX_SEARCH_TERMS + 50 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const articles = [article('d', '2026-02', flood), article('e', '2026-02', 'Wheat prices rose in Kabul.'), article('f', '2026-03', 'Wheat fell.')];
    const plain = await buildSearchShards(articles, join(work, 'cache-memo'), SHARD_ARTICLES, { budget: 3_000 });
    const memoDir = join(work, 'memo');
    const first = openTextMemo(ROOT, memoDir, true);
    const viaMemo = await buildSearchShards(articles, join(work, 'cache-memo'), SHARD_ARTICLES, { budget: 3_000, memo: first.memo });
    first.save();
    expect(first.stats()).toMatchObject({ hits: 0, computed: 6 });
    const second = openTextMemo(ROOT, memoDir, true);
    const again = await buildSearchShards(articles, join(work, 'cache-memo'), SHARD_ARTICLES, { budget: 3_000, memo: second.memo });
    expect(second.stats()).toMatchObject({ hits: 6, computed: 0 });
    const shape = (i: Awaited<typeof plain>) => i.shards.map((s) => [s.digest, s.records, s.months]);
    // The flood is cut at the word cap and fills a shard of its own, the same with the answers remembered or not.
    expect(plain.shards.length).toBe(2);
    expect(shape(viaMemo)).toEqual(shape(plain));
    expect(shape(again)).toEqual(shape(plain));
  }, 120_000);
});
