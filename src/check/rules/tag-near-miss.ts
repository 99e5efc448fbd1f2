/**
 * Which established topics a new tag is a near miss of ("railways" beside "rail", "winter fuel prises" beside
 * "winter fuel prices"), found through an index instead of comparing every tag with every topic: with thousands of
 * topics and thousands of new tags that product is what made the check quadratic. A tag is compared only with
 * the topics the index names, so the work per tag is bounded by the topics that can be near it, whatever the size
 * of the newsroom.
 *
 * Two ways to be near (`similar`), two indexes:
 * - the same word with a short ending (up to 4 letters a–z): the topic's prefixes, and the tag's prefixes looked
 *   up among the topics;
 * - at most 2 edits apart (1 below 8 letters): a topic of 8 letters or more is cut into 3 pieces, a shorter one
 *   into 2; the edits leave at least one piece whole, at most as many places from where it stood as there are
 *   edits (pigeonhole), so a topic is a candidate only when the tag holds one of its pieces there. Every candidate
 *   is then confirmed by the bounded edit distance. (Three pieces of a 5-letter word are 1 or 2 letters long, which
 *   most topics share: 9,000 five-letter tags against 9,000 such topics made 9.7 million candidates.)
 *
 * A tag is compared with at most MAX_CANDIDATES topics, taken from the most selective pieces first, so no file's
 * near-miss search costs more than 20 tags × MAX_CANDIDATES comparisons however the topics are spelt.
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
/** Most topics one tag is compared with. */
export const MAX_CANDIDATES = 2000;

/** Edits allowed between words of these lengths (the shorter decides), as `similar` allows them. */
const editsAllowed = (a: number, b: number) => (Math.min(a, b) >= TWO_EDITS_FROM ? MAX_EDITS : 1);
/** Pieces a topic of `length` units is cut into: one more than the edits any word may be from it. */
const piecesOf = (length: number) => (length >= TWO_EDITS_FROM ? PIECES : 2);

const ENDING = /^[a-z]+$/;

/** A likely misspelling or variant: one or two edits apart, or the same word with a short ending ("railways", "rail"). */
export function similar(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_LENGTH || long.length - short.length > MAX_ENDING) return false;
  if (long.startsWith(short) && ENDING.test(long.slice(short.length))) return true;
  const limit = editsAllowed(short.length, long.length);
  return distance(a, b, limit) <= limit;
}

/** Start of each piece of a word of `length` units, and the end as the last entry. */
function pieceBounds(length: number): number[] {
  const pieces = piecesOf(length);
  const bounds: number[] = [];
  for (let p = 0; p <= pieces; p++) bounds.push(Math.floor((length * p) / pieces));
  return bounds;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The established topics, indexed for `candidates`. */
export class NearMissIndex {
  /** Topic → its place in the list given (answers keep that order, so ties resolve as before). */
  private readonly order = new Map<string, number>();
  /** A topic's prefix without an ending of 1–4 letters → the topics. */
  private readonly byStem = new Map<string, string[]>();
  /** Topic length → for each piece number, the piece's text → the topics of that length holding it. */
  private readonly byPiece = new Map<number, Map<string, string[]>[]>();

  constructor(topics: readonly string[]) {
    topics.forEach((topic, i) => {
      if (this.order.has(topic)) return;
      this.order.set(topic, i);
      const n = topic.length;
      if (n < MIN_LENGTH) return;
      for (let cut = 1; cut <= MAX_ENDING && n - cut >= MIN_LENGTH; cut++) {
        if (ENDING.test(topic.slice(n - cut))) push(this.byStem, topic.slice(0, n - cut), topic);
      }
      const bounds = pieceBounds(n);
      let pieces = this.byPiece.get(n);
      if (!pieces) this.byPiece.set(n, (pieces = Array.from({ length: piecesOf(n) }, () => new Map<string, string[]>())));
      for (let p = 0; p < pieces.length; p++) push(pieces[p]!, topic.slice(bounds[p], bounds[p + 1]), topic);
    });
  }

  /** Topics handed out by `candidates` so far: the comparisons the caller makes (for tests of the bound). */
  compared = 0;

  /**
   * The topics that can be `similar` to `word` (a superset: confirm each with `similar`), in the order given to
   * the constructor; at most MAX_CANDIDATES of them, from the smallest buckets first. Bounded work: at most
   * 5 lengths × 3 pieces × 5 places looked up, plus 4 prefixes.
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
    // A topic that is the word with an ending, then topics within the edits allowed: one of their pieces stands
    // whole in the word, shifted by at most that many places.
    const buckets: string[][] = [this.byStem.get(word) ?? []];
    for (let n = Math.max(MIN_LENGTH, m - MAX_EDITS); n <= m + MAX_EDITS; n++) {
      const pieces = this.byPiece.get(n);
      const edits = editsAllowed(m, n);
      if (!pieces || Math.abs(n - m) > edits) continue;
      const bounds = pieceBounds(n);
      for (let p = 0; p < pieces.length; p++) {
        const byText = pieces[p]!;
        const start = bounds[p]!;
        const size = bounds[p + 1]! - start;
        for (let shift = -edits; shift <= edits; shift++) {
          const at = start + shift;
          if (at < 0 || at + size > m) continue;
          const topics = byText.get(word.slice(at, at + size));
          if (topics) buckets.push(topics);
        }
      }
    }
    buckets.sort((x, y) => x.length - y.length);
    for (const topics of buckets) {
      for (const topic of topics) {
        if (found.size >= MAX_CANDIDATES) break;
        found.add(topic);
      }
    }
    this.compared += found.size;
    return found.size < 2 ? [...found] : [...found].sort((x, y) => this.order.get(x)! - this.order.get(y)!);
  }
}
