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
 * - at most 2 edits apart: each topic is cut into 3 pieces; 2 edits leave at least one piece whole, at most 2
 *   places from where it stood (pigeonhole), so a topic is a candidate only when the tag holds one of its pieces
 *   there. Every candidate is then confirmed by the bounded edit distance.
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

const ENDING = /^[a-z]+$/;

/** A likely misspelling or variant: one or two edits apart, or the same word with a short ending ("railways", "rail"). */
export function similar(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_LENGTH || long.length - short.length > MAX_ENDING) return false;
  if (long.startsWith(short) && ENDING.test(long.slice(short.length))) return true;
  const limit = short.length >= 8 ? MAX_EDITS : 1;
  return distance(a, b, limit) <= limit;
}

/** Start of each piece of a word of `length` units, and the end as the last entry. */
function pieceBounds(length: number): number[] {
  const bounds: number[] = [];
  for (let p = 0; p <= PIECES; p++) bounds.push(Math.floor((length * p) / PIECES));
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
      if (!pieces) this.byPiece.set(n, (pieces = Array.from({ length: PIECES }, () => new Map<string, string[]>())));
      for (let p = 0; p < PIECES; p++) push(pieces[p]!, topic.slice(bounds[p], bounds[p + 1]), topic);
    });
  }

  /**
   * The topics that can be `similar` to `word` (a superset: confirm each with `similar`), in the order given to
   * the constructor. Bounded work: at most 5 lengths × 3 pieces × 5 places looked up, plus 4 prefixes.
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
    // A topic that is the word with an ending.
    for (const topic of this.byStem.get(word) ?? []) found.add(topic);
    // Topics within 2 edits: one of their pieces stands whole in the word, shifted by at most 2.
    for (let n = Math.max(MIN_LENGTH, m - MAX_EDITS); n <= m + MAX_EDITS; n++) {
      const pieces = this.byPiece.get(n);
      if (!pieces) continue;
      const bounds = pieceBounds(n);
      for (let p = 0; p < PIECES; p++) {
        const byText = pieces[p]!;
        const start = bounds[p]!;
        const size = bounds[p + 1]! - start;
        for (let shift = -MAX_EDITS; shift <= MAX_EDITS; shift++) {
          const at = start + shift;
          if (at < 0 || at + size > m) continue;
          const topics = byText.get(word.slice(at, at + size));
          if (topics) for (const topic of topics) found.add(topic);
        }
      }
    }
    return found.size < 2 ? [...found] : [...found].sort((x, y) => this.order.get(x)! - this.order.get(y)!);
  }
}
