/**
 * The search page's view of a sharded index (see search-shards.ts), run in the browser: each shard is its own
 * Pagefind instance, queried with the same words, and the answers are merged by score.
 *
 * Pagefind answers a word a shard does not contain with pages matching the longest prefix of it that the shard
 * does contain (Pagefind PR #315, issues #793 and #1246): "torkham" in a shard without it finds "to". One index
 * does that only when the whole archive lacks the word; merged shards would do it whenever one shard lacks it.
 * Such an answer highlights no word the reader typed: a shard whose best answer to a word alone does not
 * highlight it lacks the word, and is left out of any query with a word another shard has; every result shown
 * must highlight a query word too (as with one index).
 */

import { searchForm } from './search-words.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole text, as indexed. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

// Punctuation around a word is not part of it (a hyphenated name's parts end with one: search-words.ts); a comma or
// point between digits is (`2,900`, `3.5`: split there, "2,900" was the words "2" and "900", and no result highlighting
// "2,900" answered them).
// An apostrophe inside a word is part of it and, as Pagefind indexes words, left out: "O'Brien", "O’Brien" and
// "obrien" are one word (round 32b #3: split at the apostrophe, no highlight answered "o" and "brien", and every hit
// for a reporter named D'Arcy was hidden).
export const wordsOf = (q: string) =>
  q
    .toLowerCase()
    .split(/[\s"“”;:!?()]+|(?<!\p{Nd})[.,]+|[.,]+(?!\p{Nd})/u)
    .map((w) => withoutApostrophes(w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')))
    .filter(Boolean);

const withoutApostrophes = (word: string) => word.replace(/['‘’ʼ`]/g, '');

/**
 * Whether a result's highlighted words answer the query: a highlight equal to a query word, or starting with
 * one of three letters or more (typing "tork" finds "Torkham"; "to" finds only "to").
 */
export function isRelevant(excerpt: string, query: string): boolean {
  const terms = wordsOf(query);
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some((m) => answers(m[1]!, terms));
}

/** A number without its group separators, as Pagefind indexes it: "2900" finds and answers "2,900" (round 25 leftover). */
const figures = (word: string) => word.replace(/(?<=\p{Nd})[.,\u066b\u066c](?=\p{Nd})/gu, '');

/** Whether a highlighted word answers one of the query's words (the rule of {@link isRelevant}). */
function answers(highlight: string, terms: readonly string[]): boolean {
  // Spelt as the query is (search-words.ts): a highlight keeps the page's vowel points, which readers do not type,
  // and the quotation marks around its word (`„המגיד”`).
  const m = figures(withoutApostrophes(searchForm(highlight).toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')));
  return terms.some((t) => {
    const f = figures(t);
    return m === f || (f.length >= 3 && m.startsWith(f));
  });
}

/**
 * The excerpt with only the highlights that answer the query: Pagefind also marks words that merely start with a
 * short piece of it (the "i" of Mazar-i-Sharif marked every "it", "in" and "I": round 25c #9).
 */
export function relevantMarks(excerpt: string, query: string): string {
  const terms = wordsOf(query);
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) => (answers(word, terms) ? whole : word));
}

/** Each result's data, fetched once (a fragment request). */
function memo(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { score: result.score, data: () => (data ??= result.data()) };
}

/**
 * Whether a shard has the word: its best answer to the word alone highlights a word starting with it (typing
 * "tork" finds "Torkham"), or the word quoted, which Pagefind matches by its stem and never truncates, finds a
 * page ("traders" where the shard has "trader").
 */
async function knows(pf: Pagefind, term: string): Promise<boolean> {
  const best = (await pf.search(term)).results[0];
  if (!best) return false;
  if (isRelevant((await best.data()).excerpt, term)) return true;
  return (await pf.search(`"${term}"`)).results.length > 0;
}

/**
 * Searches every shard and merges what answers the query: the relevant results among the first `judged`, and
 * the count to report (every result of the answering shards when none of those judged was dropped). A shard
 * answers when it has each query word that any shard has; one index would fall back only for a word no article
 * has, so a shard's fallback for a word another shard has is never shown.
 */
export async function searchShards(shards: readonly Pagefind[], q: string, filters: Record<string, string>, judged: number): Promise<{ results: PagefindResultData[]; total: number }> {
  const terms = [...new Set(wordsOf(q))];
  // Each shard's words one after another (shards in parallel): a search started on an instance while a result's
  // data is still loading from the previous one spoiled that answer here (a shard answered without a word it has).
  const known = await Promise.all(
    shards.map(async (pf) => {
      const has: boolean[] = [];
      for (const t of terms) has.push(await knows(pf, t));
      return has;
    }),
  );
  const inArchive = terms.map((_, j) => known.some((k) => k[j]));
  const answering = shards.filter((_, i) => terms.every((_, j) => !inArchive[j] || known[i]![j]));
  const answers = await Promise.all(answering.map(async (pf) => (await pf.search(q, Object.keys(filters).length ? { filters } : {})).results.map(memo)));
  // Scores come from each shard's own statistics: each is taken relative to its shard's best, so every shard's
  // exact matches come before any shard's longer words that merely start with the query.
  const merged = answers.flatMap((found) => found.map((r) => ({ ...r, score: r.score / (found[0]?.score || 1) }))).sort((a, b) => b.score - a.score);
  const data = await Promise.all(merged.slice(0, judged).map((r) => r.data()));
  const results = data.filter((d) => isRelevant(d.excerpt, q));
  return { results, total: results.length === data.length ? merged.length : results.length };
}

/** A shard of the index as /pagefind/shards.json lists it; its Pagefind instance is loaded on first use. */
export interface Shard {
  /** Years its articles are filed under; undefined when the listing does not say (an older index): any period. */
  years: string[] | undefined;
  open(): Promise<Pagefind>;
}

/** A shards.json entry: `{ path, years }`, or a bare path as an index built before periods wrote it. */
type Listed = string | { path: string; years?: string[] };

/** The shards /pagefind/shards.json lists, newest first; nothing is downloaded until a shard is opened. */
export async function listShards(options: Record<string, unknown>): Promise<Shard[]> {
  const list = await fetch('/pagefind/shards.json')
    .then((r) => (r.ok ? (r.json() as Promise<Listed[]>) : ['/pagefind/']))
    .catch((): Listed[] => ['/pagefind/']);
  return list.map((entry) => {
    const path = typeof entry === 'string' ? entry : entry.path;
    let instance: Promise<Pagefind> | undefined;
    const open = async () => {
      const pf = (await import(/* @vite-ignore */ `${path}pagefind.js`)) as Pagefind;
      await pf.options(options);
      return pf;
    };
    return { years: typeof entry === 'string' ? undefined : entry.years, open: () => (instance ??= open()) };
  });
}

/** The shards holding articles of `year` ("" for every year), opened. */
export function openShards(shards: readonly Shard[], year: string): Promise<Pagefind[]> {
  return Promise.all(shards.filter((s) => !year || !s.years || s.years.includes(year)).map((s) => s.open()));
}
