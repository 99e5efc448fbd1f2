/** "Did you mean …" and slug suggestions for messages about names an editor mistyped. */
import { latinSlug } from '#/check/latin-slug.ts';

/** One row of the table, reused: `distance` runs millions of times in a large newsroom's check. */
let rowBuffer = new Uint32Array(256);

/**
 * Levenshtein distance, for "did you mean"; above `limit` it stops early and answers `limit + 1`. With a limit,
 * only the cells within `limit` of the diagonal are computed (the others exceed it anyway): 5 a row for 2 edits.
 */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rowBuffer.length <= n) rowBuffer = new Uint32Array(n + 256);
  const row = rowBuffer;
  // Cells outside the band hold `cap`: more than the limit, so they never win a minimum that matters.
  const band = limit === Infinity ? n + a.length : limit;
  const cap = Math.min(band + 1, 0x3fffffff);
  for (let j = 0; j <= n; j++) row[j] = j < cap ? j : cap;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(n, i + band);
    let diag = row[lo - 1]!;
    row[lo - 1] = lo === 1 ? Math.min(i, cap) : cap;
    let rowMin = row[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const up = row[j]!;
      const left = row[j - 1]!;
      const sub = diag + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = up < left ? (up + 1 < sub ? up + 1 : sub) : left + 1 < sub ? left + 1 : sub;
      row[j] = v < cap ? v : cap;
      if (v < rowMin) rowMin = v;
      diag = up;
    }
    // Every later row is at least this row's minimum: past the limit, no answer within it can come.
    if (rowMin > limit) return limit + 1;
  }
  const d = row[n]!;
  return d > limit ? limit + 1 : d;
}

/** Longest word compared: a pasted paragraph as a slug is no near miss of anything, and the distance is quadratic. */
const MAX_COMPARED = 200;

/**
 * Candidates one list (a newsroom's author ids, its article slugs) may be compared with in one check, over all
 * its searches. A few thousand mistyped ids against 10,000 authors took minutes (round 14, finding 2); past the
 * budget a search answers nothing, so the line says "no author is called …" without a guess. A word searched
 * again is answered from memory, at no cost. 2 million (was 20): 4,000 archive imports, each with a broken pin and
 * broken links, searched three lists of 4,000 slugs for 40 s (round 18); now ~8 s, and flat beyond.
 */
export const SEARCH_BUDGET = 2_000_000;

interface SearchState {
  left: number;
  answers: Map<string, string | undefined>;
}
/** Per list of candidates (the same array or set object, so a new check starts afresh). */
const searches = new WeakMap<object, SearchState>();

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  if (typeof word !== 'string' || word.length > MAX_COMPARED) return undefined;
  // Arrays and sets are lists a check keeps: remembered and budgeted. A one-off iterator is searched as it is.
  const state = Array.isArray(candidates) || candidates instanceof Set ? stateOf(candidates) : undefined;
  if (state?.answers.has(word)) return state.answers.get(word);
  if (state && state.left <= 0) return undefined;
  // A third of the word, at most 8 edits: further apart is another word, not a slip of the keyboard.
  const threshold = Math.max(2, Math.min(8, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  let best: string | undefined;
  // Only answers within the threshold count, so every comparison stops as soon as it cannot beat the best so far.
  let bestScore = threshold + 1;
  const ascii = isAscii(lower);
  let compared = 0;
  for (const c of candidates) {
    compared++;
    if (Math.abs(c.length - word.length) >= bestScore) continue;
    const other = c.toLowerCase();
    // A cheap lower bound first (letters one has and the other lacks): most slugs are far and skip the full table.
    if (ascii && bagDistance(lower, other) >= bestScore) continue;
    const d = distance(lower, other, bestScore - 1);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  if (state) {
    state.left -= compared;
    state.answers.set(word, best);
  }
  return best;
}

function stateOf(candidates: object): SearchState {
  let state = searches.get(candidates);
  if (!state) searches.set(candidates, (state = { left: SEARCH_BUDGET, answers: new Map() }));
  return state;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/** Letter counts in flight for `bagDistance`; every entry is back at 0 between calls. */
const bag = new Int32Array(128);

/**
 * A lower bound of the edit distance between two words: the larger of the letters `word` has in excess and those
 * it lacks. `word` is ASCII; `other` outside ASCII answers 0 (no bound). Work in the words' length, no allocation.
 */
function bagDistance(word: string, other: string): number {
  if (!isAscii(other)) return 0;
  for (let i = 0; i < word.length; i++) bag[word.charCodeAt(i)]!++;
  for (let i = 0; i < other.length; i++) bag[other.charCodeAt(i)]!--;
  let excess = 0;
  let lack = 0;
  // Each letter's count is read once and reset, so the next call starts from zeros.
  for (const w of [word, other]) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      const d = bag[c]!;
      if (d > 0) excess += d;
      else lack -= d;
      bag[c] = 0;
    }
  }
  return excess > lack ? excess : lack;
}

/** ` (did you mean "slug"?)` when an existing slug is a near miss, else nothing. */
export function nearSlug(slug: string, slugs: Iterable<string>): string {
  const near = didYouMean(slug, slugs);
  return near ? ` (did you mean "${near}"?)` : '';
}

/** `did you mean "x"?`, else the known ids (at most 8), for messages about an unknown id. */
export function closest(word: string, ids: Set<string>, noun: string): string {
  const near = didYouMean(word, ids) ?? startingOnly(word, ids);
  if (near) return `did you mean "${near}"?`;
  const list = firstIds(ids);
  return list.length ? `known ${noun}: ${list.join(', ')}${ids.size > 8 ? ', …' : ''}` : `there are no ${noun} yet`;
}

/** The first 8 ids in order, once per set (sorting 10,000 ids for each unknown one was most of its line's cost). */
const firstIdsOf = new WeakMap<Set<string>, string[]>();
function firstIds(ids: Set<string>): string[] {
  let list = firstIdsOf.get(ids);
  if (!list) firstIdsOf.set(ids, (list = [...ids].sort().slice(0, 8)));
  return list;
}

/** The one id that starts with the word ("zarlasht" for "zarlasht-niazai"), a near miss too; within the budget. */
function startingOnly(word: string, ids: Set<string>): string | undefined {
  if (word.length < 3) return undefined;
  const state = stateOf(ids);
  if (state.left <= 0) return undefined;
  state.left -= ids.size;
  let only: string | undefined;
  for (const id of ids) {
    if (!id.startsWith(word)) continue;
    if (only !== undefined) return undefined;
    only = id;
  }
  return only;
}

export function suggestSlug(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Letters of another script (`نادیه`, `экономика`, `经济`) are transliterated as `npm run new` does (round 18:
  // every such file was told "article.md"), and so are Latin letters an accent fold misses (`ß` is "ss", not a
  // break) and other digits (`٢٠٢٦` is 2026): round 25a #6.
  if (/[^\x00-\x7f]/.test(name)) return latinSlug(name) || folded || 'article';
  return folded || 'article';
}
