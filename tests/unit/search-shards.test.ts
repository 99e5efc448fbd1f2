import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planShards, shardLimit, shardListing, shardMonth, shardPaths } from '#/build/search-shards.ts';
import { searchRecords, searchYear, type SearchArticle } from '#/build/search-index.ts';
import { openShards, type Pagefind, type Shard } from '#/client/search-merge.ts';

const article = (id: string, iso: string): SearchArticle => ({
  id,
  title: id,
  description: '',
  dateline: undefined,
  body: '',
  textFile: '',
  section: 'News',
  published: { epoch: Date.parse(iso), iso, dateOnly: false },
  lang: undefined,
});

/** n articles in each month given. */
const months = (spec: Record<string, number>) => Object.entries(spec).flatMap(([m, n]) => Array.from({ length: n }, (_, i) => article(`${m}-${i}`, `${m}-0${1 + (i % 9)}T10:00:00Z`)));

describe('search shards', () => {
  it('groups consecutive months, oldest first, while a shard stays within the limit', () => {
    const plan = planShards(months({ '2024-03': 2, '2024-01': 3, '2024-02': 4, '2024-04': 5 }), 7);
    expect(plan.map((s) => [s.months, s.articles.length])).toEqual([
      [['2024-01', '2024-02'], 7],
      [['2024-03', '2024-03'], 2],
      [['2024-04', '2024-04'], 5],
    ]);
  });
  it('keeps a month whole even when it alone passes the limit', () => {
    const plan = planShards(months({ '2024-01': 1, '2024-02': 9, '2024-03': 1 }), 4);
    expect(plan.map((s) => s.articles.length)).toEqual([1, 9, 1]);
  });
  it('the newest month is a shard of its own, so a story published re-indexes that month alone', () => {
    const plan = planShards(months({ '2024-01': 1, '2024-02': 1, '2024-03': 1 }), 10);
    expect(plan.map((s) => s.months)).toEqual([['2024-01', '2024-02'], ['2024-03', '2024-03']]);
    // One index (DATELINE_SEARCH_SHARDS=off) stays one.
    expect(planShards(months({ '2024-01': 1, '2024-02': 1, '2024-03': 1 }), Number.POSITIVE_INFINITY)).toHaveLength(1);
  });
  it('a new article in the newest month changes only the newest shard', () => {
    const before = planShards(months({ '2024-01': 3, '2024-02': 3, '2024-03': 2 }), 4);
    const after = planShards([...months({ '2024-01': 3, '2024-02': 3, '2024-03': 2 }), article('new', '2024-03-20T10:00:00Z')], 4);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.articles.map((a) => a.id)).toContain('new');
  });
  it('files an article under its UTC month, whatever the offset it was written with', () => {
    expect(shardMonth(article('a', '2024-02-01T02:00:00+04:30'))).toBe('2024-01');
  });
  it('DATELINE_SEARCH_SHARDS: off is one index; a number sets the limit; anything else is refused', () => {
    expect(shardLimit({})).toBe(2500);
    expect(shardLimit({ DATELINE_SEARCH_SHARDS: 'off' })).toBe(Number.POSITIVE_INFINITY);
    expect(shardLimit({ DATELINE_SEARCH_SHARDS: '40' })).toBe(40);
    expect(() => shardLimit({ DATELINE_SEARCH_SHARDS: 'some' })).toThrow(/DATELINE_SEARCH_SHARDS="some"/);
  });
  it('publishes the newest shard at /pagefind/ and the others by digest', () => {
    const shard = (digest: string) => ({ months: ['2024-01', '2024-01'] as [string, string], years: ['2024'], records: 1, dir: '', digest, reused: false, built: true });
    expect(shardPaths({ shards: [shard('old'), shard('mid'), shard('new')] })).toEqual(['/pagefind/', '/pagefind/s/mid/', '/pagefind/s/old/']);
  });
  it('lists each shard with the years its articles are filed under, newest first (shards.json)', () => {
    const shard = (digest: string, years: string[]) => ({ months: ['2024-01', '2024-01'] as [string, string], years, records: 1, dir: '', digest, reused: false, built: true });
    expect(shardListing({ shards: [shard('old', ['2024']), shard('new', ['2025', '2024'])] })).toEqual([
      { path: '/pagefind/', years: ['2025', '2024'] },
      { path: '/pagefind/s/old/', years: ['2024'] },
    ]);
  });
});

describe('search by year', () => {
  it("files an article under the newsroom's year, as the archive does (Kabul's New Year's Day is still 2024 in UTC)", () => {
    const a = article('new-year', '2025-01-01T02:00:00+04:30');
    expect(shardMonth(a)).toBe('2024-12');
    expect(searchYear(a)).toBe('2025');
  });
  it('gives every record its year as a filter', () => {
    const textFile = join(mkdtempSync(join(tmpdir(), 'dateline-year-')), 'a.txt');
    const [record] = searchRecords([{ ...article('a', '2026-03-01T10:00:00Z'), body: 'Wheat prices rose.', textFile }]);
    expect(record!.filters).toEqual({ section: ['News'], year: ['2026'] });
  });
  it("carries the byline, so a reporter's or a wire's name finds their stories (round 22, finding 24)", () => {
    const textFile = join(mkdtempSync(join(tmpdir(), 'dateline-byline-')), 'a.txt');
    const [record] = searchRecords([{ ...article('a', '2026-03-01T10:00:00Z'), body: 'Wheat prices rose.', textFile, byline: 'Nadia Rahyab for Koh-e-Baba Wire' }]);
    expect(record!.content.endsWith('\n⁂ Nadia Rahyab for Koh- e- Baba Wire')).toBe(true);
  });
  it('opens only the shards holding the year picked, every shard for all years, and any shard an older listing does not describe', async () => {
    const opened: string[] = [];
    const shard = (name: string, years: string[] | undefined): Shard => ({ years, open: async () => (opened.push(name), { name } as unknown as Pagefind) });
    const shards = [shard('new', ['2026', '2025']), shard('mid', ['2025']), shard('old', ['2024']), shard('unlisted', undefined)];
    expect(await openShards(shards, '2024')).toHaveLength(2);
    expect(opened).toEqual(['old', 'unlisted']);
    opened.length = 0;
    expect(await openShards(shards, '')).toHaveLength(4);
    expect(opened).toEqual(['new', 'mid', 'old', 'unlisted']);
  });
});
