/**
 * The search index in shards, so indexing an archive of any size holds a bounded amount in memory and a build
 * re-indexes only what changed. Pagefind holds a whole index in memory while it builds it (~250 KB an article),
 * so the archive is split into shards of consecutive months (at most SHARD_ARTICLES articles, unless one month
 * alone has more), each indexed in a Pagefind process of its own, one after the other, and kept in a cache
 * under the digest of its records: a closed period whose articles did not change is copied, not re-indexed.
 * Months are grouped oldest first, so a new article changes only the newest shard.
 *
 * The site gets the newest shard at /pagefind/ (the search page imports /pagefind/pagefind.js, as before) and the
 * others at /pagefind/s/<digest>/; /pagefind/shards.json lists them, newest first, each with the years its
 * articles are filed under. The search page opens the shards of the period a reader picks (every shard for "All
 * years") and drops a shard's answer where Pagefind fell back to a truncated word (src/client/search-merge.ts).
 *
 * A shard is also bounded by the text it holds (src/build/search-shard-budget.ts): Pagefind's memory follows the
 * (word, page) pairs and the words of a shard, and articles of thousands of unique words fill it long before 2,500.
 *
 * Switch: DATELINE_SEARCH_SHARDS=off builds one index (the same layout with one shard, no budget).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { searchIndexDigest, searchRecords, searchYear, writePagefindIndex, type SearchArticle } from '#/build/search-index.ts';
import { SHARD_COST, splitByBudget, textWeight } from '#/build/search-shard-budget.ts';
import { computeAlways, type BodyMemo } from '#/check/body-memo.ts';
import { optimise } from './optimise.ts';

/** Articles a shard holds at most (one month may hold more): ~0.6 GB of Pagefind memory. */
export const SHARD_ARTICLES = 2_500;

/** The articles in a shard at most, from DATELINE_SEARCH_SHARDS (`off`: one index; a number: that many). */
export function shardLimit(env: NodeJS.ProcessEnv = process.env): number {
  const value = env['DATELINE_SEARCH_SHARDS']?.trim();
  if (value === undefined || value === '' || value === 'on') return SHARD_ARTICLES;
  if (value === 'off') return Number.POSITIVE_INFINITY;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DATELINE_SEARCH_SHARDS="${value}" is not "off" or a number of articles per shard`);
  return n;
}

/** The calendar month (UTC) an article is filed under for search: it never changes once published. */
export const shardMonth = (a: Pick<SearchArticle, 'published'>): string => new Date(a.published.epoch).toISOString().slice(0, 7);

export interface ShardPlan<A extends ShardedArticle = SearchArticle> {
  /** First and last month in the shard, e.g. ["2024-01", "2024-09"]. */
  months: [string, string];
  articles: A[];
}

/** What the plan reads of an article. */
export type ShardedArticle = Pick<SearchArticle, 'id' | 'published'>;

/**
 * Consecutive months, oldest first, grouped while a group stays within `limit` articles; the newest month is a
 * shard of its own (with a finite limit), since new articles land there: a story published re-indexes that month
 * alone, not the up to 2,500 articles of the group it would share (~2.5 s of Pagefind at 5,000 articles). When a
 * new month begins, the month before joins its group once.
 */
export function planShards<A extends ShardedArticle>(articles: readonly A[], limit: number): ShardPlan<A>[] {
  const byMonth = new Map<string, A[]>();
  for (const a of articles) {
    const month = shardMonth(a);
    byMonth.set(month, [...(byMonth.get(month) ?? []), a]);
  }
  const shards: ShardPlan<A>[] = [];
  const sorted = [...byMonth.keys()].sort();
  for (const month of sorted) {
    const list = byMonth.get(month)!.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const last = shards.at(-1);
    const newest = month === sorted.at(-1) && Number.isFinite(limit);
    if (last && !newest && last.articles.length + list.length <= limit) {
      last.months[1] = month;
      last.articles.push(...list);
    } else shards.push({ months: [month, month], articles: [...list] });
  }
  return shards;
}

export interface BuiltShard {
  months: [string, string];
  /** The years (newsroom calendar) its articles are filed under, newest first: the search page's periods. */
  years: string[];
  records: number;
  /** The cached index folder (named by the digest of its records). */
  dir: string;
  digest: string;
  reused: boolean;
  /** False for a shard another build part indexes (src/build/build-part.ts): only its path is published here. */
  built: boolean;
}

export interface ShardedIndex {
  records: number;
  /** Oldest first. */
  shards: BuiltShard[];
  cacheDir: string;
}

/** The build part (1 … count) that indexes shard group `shard` (0 = the oldest): dealt out in turn (src/build/build-part.ts). */
export const partOfShard = (shard: number, count: number): number => (shard % count) + 1;

/**
 * Indexes each shard that is not in the cache, one Pagefind process at a time; runs in the search worker. With a
 * build `part`, only that part's shards are indexed; the others' digests are still computed (from the records,
 * which every part can make), since their paths go into shards.json.
 */
export async function buildSearchShards(
  articles: readonly SearchArticle[],
  cacheDir: string,
  limit: number,
  { part, budget = SHARD_COST, memo = computeAlways }: ShardOptions = {},
): Promise<ShardedIndex> {
  const shards: BuiltShard[] = [];
  for (const [p, plan] of planShards(articles, limit).entries()) {
    // Records are made shard by shard, so the worker never holds the whole archive's text either; a group of
    // months is cut again where its text would take Pagefind past its memory budget (search-shard-budget.ts).
    // Every build part makes the same cut (it depends on the records alone); the pieces of a group go to the part
    // that owns the group's months (src/build/build-part.ts deals the groups out).
    const all = searchRecords(plan.articles, memo);
    const weights = all.map((r) => memo('search-weight', r.content, 0, () => textWeight(r.content)));
    const runs = Number.isFinite(limit) ? splitByBudget(all.map((_, i) => i), (i) => weights[i]!, budget) : [all.map((_, i) => i)];
    for (const run of runs) {
      const records = run.map((i) => all[i]!);
      const months = run.map((i) => shardMonth(plan.articles[i]!)).sort();
      const digest = searchIndexDigest(records, cacheDir);
      const dir = join(cacheDir, digest);
      const built = !part || partOfShard(p, part.count) === part.index;
      const reused = built && existsSync(dir);
      if (built && !reused) await writePagefindIndex(records, dir);
      const years = [...new Set(run.map((i) => searchYear(plan.articles[i]!)))].sort().reverse();
      shards.push({ months: [months[0]!, months.at(-1)!], years, records: records.length, dir, digest, reused, built });
    }
  }
  return { records: shards.filter((s) => s.built).reduce((n, s) => n + s.records, 0), shards, cacheDir };
}

export interface ShardOptions {
  /** This build part's share (src/build/build-part.ts); all shards without it. */
  part?: { index: number; count: number } | undefined;
  /** What a shard may hold (search-shard-budget.ts). */
  budget?: number;
  /**
   * Answers per text (the word cap, a record's weight) kept from an earlier build: on a warm build they were
   * ~4 of the worker's ~8 s of CPU at 5,000 articles, though only the edited article's shard is indexed again.
   */
  memo?: BodyMemo;
}

/** Whether the search worker keeps its answers per text between builds (`DATELINE_SEARCH_CACHE=off`: never). */
export const searchMemoEnabled = (): boolean => optimise && process.env['DATELINE_SEARCH_CACHE'] !== 'off';

/** Where those answers are kept. */
export const searchMemoDir = (root: string): string => join(root, 'node_modules', '.cache', 'dateline-search-text');

export interface SearchShardsRun {
  ready: Promise<ShardedIndex>;
}

/** Starts indexing now in a worker thread; `publishSearchShards` puts the shards into the site at the end. */
export function startSearchShards(articles: readonly SearchArticle[], root: string, cacheDir: string, part?: { index: number; count: number }): SearchShardsRun {
  // Started outside the promise below, whose listeners live as long as the worker: a closure there would keep
  // `articles` (every body) in the build's memory after the worker has its own copy.
  const worker = new Worker(new URL('./search-shards-worker.ts', import.meta.url), { workerData: { articles, root, cacheDir, limit: shardLimit(), part, memo: searchMemoEnabled() } });
  return { ready: shardsOf(worker) };
}

function shardsOf(worker: Worker): Promise<ShardedIndex> {
  const ready = new Promise<ShardedIndex>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index worker stopped (exit code ${code})`)));
  });
  // Avoid an unhandled rejection before the build awaits it; the error is rethrown there.
  ready.catch(() => undefined);
  return ready;
}

/** The site path of each shard, newest first: the newest at /pagefind/, the others under /pagefind/s/. */
export function shardPaths(index: Pick<ShardedIndex, 'shards'>): string[] {
  return [...index.shards].reverse().map((s, i) => (i === 0 ? '/pagefind/' : `/pagefind/s/${s.digest}/`));
}

/** One entry of /pagefind/shards.json (read by src/client/search-merge.ts). */
export interface ShardListing {
  path: string;
  years: string[];
}

/** /pagefind/shards.json: each shard's path and years, newest first. */
export function shardListing(index: Pick<ShardedIndex, 'shards'>): ShardListing[] {
  const paths = shardPaths(index);
  return [...index.shards].reverse().map((s, i) => ({ path: paths[i]!, years: s.years }));
}

/** Waits for the shards, copies them to `outputPath` (the site's /pagefind/) with shards.json; prunes the cache. */
export async function publishSearchShards(run: SearchShardsRun, outputPath: string): Promise<{ records: number; shards: number; reused: number }> {
  const index = await run.ready;
  rmSync(outputPath, { recursive: true, force: true });
  const paths = shardPaths(index);
  const newestFirst = [...index.shards].reverse();
  newestFirst.forEach((shard, i) => {
    if (!shard.built) return;
    const target = join(outputPath, paths[i]!.slice('/pagefind/'.length));
    mkdirSync(target, { recursive: true });
    cpSync(shard.dir, target, { recursive: true });
  });
  // Written by every build part, also one that indexes none of the shards (src/build/build-part.ts), and by a
  // newsroom with nothing visible yet (every article a draft or scheduled): an empty list, which the search page
  // reads as "nothing published yet".
  mkdirSync(outputPath, { recursive: true });
  writeFileSync(join(outputPath, 'shards.json'), `${JSON.stringify(shardListing(index))}
`);
  const kept = new Set(index.shards.map((s) => s.dir));
  if (existsSync(index.cacheDir)) {
    for (const name of readdirSync(index.cacheDir)) {
      // Another build's half-written index (`.tmp`) is left to it.
      const dir = join(index.cacheDir, name);
      if (!kept.has(dir) && !name.endsWith('.tmp')) rmSync(dir, { recursive: true, force: true });
    }
  }
  const built = index.shards.filter((s) => s.built);
  return { records: index.records, shards: built.length, reused: built.filter((s) => s.reused).length };
}
