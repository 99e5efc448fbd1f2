/**
 * Which established topics a new tag is a near miss of ("railways" beside "rail", "winter fuel prises" beside
 * "winter fuel prices"), found through indexes instead of comparing every tag with every topic: with thousands of
 * topics and thousands of new tags that product is what made the check quadratic. A tag is compared only with
 * the topics the indexes name, so the work per tag is bounded whatever the size of the newsroom.
 *
 * Three ways to be near (`similar`), three indexes, most selective first:
 * - the same word with a short ending (up to 4 letters a–z): the topic's prefixes, and the tag's prefixes looked
 *   up among the topics;
 * - one edit apart: two such words share a deletion variant (the word itself, or it with one letter removed), so
 *   each topic is filed under its variants and a tag looks up its own. This finds exactly the topics one edit
 *   away however much the topics share ("policy-00041" among 20,000 "policy-…" topics: round 14, finding 1);
 * - two edits apart (words of 8 letters or more): a topic is cut into 3 pieces; two edits leave at least one
 *   piece whole, at most two places from where it stood (pigeonhole), so a topic is a candidate only when the
 *   tag holds one of its pieces there.
 * Every candidate is then confirmed by the bounded edit distance. A piece many topics share names them all, so a
 * tag is compared with at most MAX_CANDIDATES topics, taken from the smallest buckets first: a two-edit near miss
 * that only a shared piece can find may go unnamed, which costs a warning, never a wrong one.
 */
import { distance } from './suggest.ts';

/** Longest ending that makes a variant of a word ("rail" → "railways"). */
const MAX_ENDING = 4;
/** Most edits that make a misspelling (for words of 8 letters or more; 1 below that). */
const MAX_EDITS = 2;
/** Pieces a topic is cut into: one more than the edits allowed. */
const PIECES = MAX_EDITS + 1;
/** Shortest word compared at all. */
const MIN_LENGTH = 4;
/** Shortest word allowed two edits (`similar`). */
const TWO_EDITS_FROM = 8;
/**
 * Most topics one tag is compared with. 20,000 one-off tags against 20,000 topics that share their first
 * letters made 40 million comparisons at the old 2,000 (160 s); the buckets that hold near misses are small.
 */
export const MAX_CANDIDATES = 200;
/** Most topics of the two-edit buckets looked at (by their letters, `letterSet`) for one tag. */
const MAX_SCANNED = 4000;
/**
 * Most two-edit comparisons in one check. A real newsroom's tags make a few each (their pieces are rare); only
 * thousands of tags that share most of their letters with thousands of topics reach this, and past it the
 * two-edit search stops: about a second of work at most, instead of a minute (round 14, finding 1).
 */
export const TWO_EDIT_BUDGET = 500_000;

/** Edits allowed between words of these lengths (the shorter decides), as `similar` allows them. */
const editsAllowed = (a: number, b: number) => (Math.min(a, b) >= TWO_EDITS_FROM ? MAX_EDITS : 1);

/**
 * A 30-bit hash of `word` without the unit at `skip` (-1: the whole word). Deletion variants are filed by this
 * number, not by their text: a 60-letter topic has 61 of them, and the strings would cost the memory. A collision
 * only adds a candidate, which `similar` then turns down.
 */
function variantHash(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return (h ^ (skip < 0 ? word.length : word.length - 1)) >>> 2;
}

const ENDING = /^[a-z]+$/;

/** A likely misspelling or variant: one or two edits apart, or the same word with a short ending ("railways", "rail"). */
export function similar(a: string, b: string): boolean {
  return nearDistance(a, b) !== undefined;
}

/** The edit distance between `a` and `b` when they are `similar`, else undefined: one bounded table for both. */
export function nearDistance(a: string, b: string): number | undefined {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_LENGTH || long.length - short.length > MAX_ENDING) return undefined;
  // An ending of letters: the edit distance is the ending's length.
  if (long.startsWith(short) && ENDING.test(long.slice(short.length))) return long.length - short.length;
  const limit = editsAllowed(short.length, long.length);
  const d = distance(a, b, limit);
  return d <= limit ? d : undefined;
}

/** Start of each piece of a word of `length` units, and the end as the last entry. */
function pieceBounds(length: number): number[] {
  const bounds: number[] = [];
  for (let p = 0; p <= PIECES; p++) bounds.push(Math.floor((length * p) / PIECES));
  return bounds;
}

/**
 * The letters of a word as a 32-bit set (code unit mod 32). An edit adds or removes at most one letter to or from
 * the set, so words two edits apart differ in at most two members each way: a test of a few nanoseconds that
 * turns down most topics of a shared piece ("policy-01234" for "policy-0000x") before the edit distance.
 */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The established topics, indexed for `candidates`. */
export class NearMissIndex {
  /** Topic → its place in the list given (answers keep that order, so ties resolve as before). */
  private readonly order = new Map<string, number>();
  /** Topic → its letters (`letterSet`). */
  private readonly letters = new Map<string, number>();
  /** A topic's prefix without an ending of 1–4 letters → the topics. */
  private readonly byStem = new Map<string, string[]>();
  /** Deletion variant (`variantHash`) → the topics that have it. */
  private readonly byVariant = new Map<number, string[]>();
  /** Topic length → for each piece number, the piece's text → the topics of that length holding it. */
  private readonly byPiece = new Map<number, Map<string, string[]>[]>();

  constructor(topics: readonly string[]) {
    topics.forEach((topic, i) => {
      if (this.order.has(topic)) return;
      this.order.set(topic, i);
      this.letters.set(topic, letterSet(topic));
      const n = topic.length;
      if (n < MIN_LENGTH) return;
      for (let cut = 1; cut <= MAX_ENDING && n - cut >= MIN_LENGTH; cut++) {
        if (ENDING.test(topic.slice(n - cut))) push(this.byStem, topic.slice(0, n - cut), topic);
      }
      const variants = new Set<number>();
      for (let skip = -1; skip < n; skip++) variants.add(variantHash(topic, skip));
      for (const v of variants) push(this.byVariant, v, topic);
      if (n < TWO_EDITS_FROM) return;
      const bounds = pieceBounds(n);
      let pieces = this.byPiece.get(n);
      if (!pieces) this.byPiece.set(n, (pieces = Array.from({ length: PIECES }, () => new Map<string, string[]>())));
      for (let p = 0; p < pieces.length; p++) push(pieces[p]!, topic.slice(bounds[p], bounds[p + 1]), topic);
    });
  }

  /** Two-edit comparisons left in this check (`TWO_EDIT_BUDGET`). */
  private twoEditBudget = TWO_EDIT_BUDGET;

  /** Topics handed out by `candidates` so far: the comparisons the caller makes (for tests of the bound). */
  compared = 0;

  /**
   * The topics that can be `similar` to `word` (a superset of those one edit away or with an ending; for two
   * edits, see the file's comment: confirm each with `similar`), in the order given to the constructor; at most
   * MAX_CANDIDATES of them, from the smallest buckets first. Bounded work: 4 prefixes, 61 variants, then at most
   * 5 lengths × 3 pieces × 5 places looked up.
   */
  candidates(word: string): string[] {
    const m = word.length;
    if (m < MIN_LENGTH) return [];
    const found = new Set<string>();
    // The word with an ending: a topic that is its prefix.
    for (let cut = 1; cut <= MAX_ENDING && m - cut >= MIN_LENGTH; cut++) {
      const stem = word.slice(0, m - cut);
      if (this.order.has(stem)) found.add(stem);
    }
    // A topic that is the word with an ending, then those one edit away: they share a deletion variant.
    const exact: string[][] = [this.byStem.get(word) ?? []];
    for (let skip = -1; skip < m; skip++) {
      const topics = this.byVariant.get(variantHash(word, skip));
      if (topics) exact.push(topics);
    }
    // Topics two edits away (both words of 8 letters or more): one of their pieces stands whole in the word,
    // shifted by at most two places.
    const pieced: string[][] = [];
    const lengths = m < TWO_EDITS_FROM || this.twoEditBudget <= 0 ? [] : [m - 2, m - 1, m, m + 1, m + 2].filter((n) => n >= TWO_EDITS_FROM);
    for (const n of lengths) {
      const pieces = this.byPiece.get(n);
      if (!pieces) continue;
      const bounds = pieceBounds(n);
      for (let p = 0; p < pieces.length; p++) {
        const byText = pieces[p]!;
        const start = bounds[p]!;
        const size = bounds[p + 1]! - start;
        for (let shift = -MAX_EDITS; shift <= MAX_EDITS; shift++) {
          const at = start + shift;
          if (at < 0 || at + size > m) continue;
          const topics = byText.get(word.slice(at, at + size));
          if (topics) pieced.push(topics);
        }
      }
    }
    const bySize = (x: string[], y: string[]) => x.length - y.length;
    for (const topics of exact.sort(bySize)) {
      for (const topic of topics) {
        if (found.size >= MAX_CANDIDATES) break;
        found.add(topic);
      }
    }
    const mine = letterSet(word);
    let scanned = 0;
    for (const topics of pieced.sort(bySize)) {
      for (const topic of topics) {
        if (found.size >= MAX_CANDIDATES || scanned++ >= MAX_SCANNED) break;
        const theirs = this.letters.get(topic)!;
        if (bitCount(mine & ~theirs) > MAX_EDITS || bitCount(theirs & ~mine) > MAX_EDITS || found.has(topic)) continue;
        found.add(topic);
        this.twoEditBudget--;
      }
    }
    this.compared += found.size;
    return found.size < 2 ? [...found] : [...found].sort((x, y) => this.order.get(x)! - this.order.get(y)!);
  }
}
