/**
 * A search shard bounded by the text it holds, not only by its article count (src/build/search-shards.ts).
 * Pagefind keeps a whole shard's index in memory while it builds it, and its time grows faster than the text:
 * 600 articles of 5,000 unique words each (within the per-article cap of search-text-cap.ts) made one shard that
 * took Pagefind 1.85 GB and six minutes. Measured with scripts/search-shard-bench.ts, its memory is about
 * 750 bytes per (word, page) pair (each page's different words) plus 125 bytes per word of text:
 *
 *   unique words:  100 articles × 5,000 words     500,000 pairs,   500,000 words  →  0.44 GB
 *   prose:       2,500 articles × 800 words     1,280,000 pairs, 2,000,000 words  →  1.00 GB
 *   long:           64 articles × 1 MiB of 200 common words: 12,800 pairs, 9 million words → 1.13 GB
 *
 * So a shard's cost is counted in pairs, a word of text weighing 1/6 of a pair, and a shard holds at most
 * SHARD_COST: ~1 GB of Pagefind memory whatever its articles hold. Generated news prose of ordinary length
 * fits 2,500 articles (the count limit), long prose ~2,150, articles at the word cap ~240, 1 MiB articles ~59.
 * Counted once per record, in one pass, with the same word pattern as the cap.
 */

/** What a shard may hold, in pair-equivalents. */
export const SHARD_COST = 1_400_000;

/** Words of text a (word, page) pair weighs as much as in Pagefind's memory. */
const WORDS_PER_PAIR = 6;

export interface TextWeight {
  /** Different words (case-insensitive): the record's (word, page) pairs. */
  pairs: number;
  /** Words of text. */
  words: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A record's different words and words of text. */
export function textWeight(text: string): TextWeight {
  const different = new Set<string>();
  let words = 0;
  for (const m of text.matchAll(WORD)) {
    different.add(m[0].toLowerCase());
    words++;
  }
  return { pairs: different.size, words };
}

/** What a record costs a shard, in pair-equivalents. */
export const textCost = (w: TextWeight): number => w.pairs + w.words / WORDS_PER_PAIR;

/**
 * Splits `items` (in order) into consecutive runs whose cost stays within `budget`; an item costlier than the
 * budget on its own is a run of its own. Linear: each item's weight is taken once.
 */
export function splitByBudget<T>(items: readonly T[], weight: (item: T) => TextWeight, budget: number = SHARD_COST): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let cost = 0;
  for (const item of items) {
    const c = textCost(weight(item));
    if (run.length > 0 && cost + c > budget) {
      runs.push(run);
      run = [];
      cost = 0;
    }
    run.push(item);
    cost += c;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
