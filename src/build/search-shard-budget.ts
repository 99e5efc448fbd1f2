/**
 * A search shard bounded by the text it holds, not only by its article count (src/build/search-shards.ts).
 * Pagefind keeps a whole shard's index in memory while it builds it, and its memory and time follow the
 * (word, page) pairs of the shard, i.e. the sum over its pages of their different words: an ordinary article
 * has a few hundred, an article of 5,000 unique words (within the per-article cap of search-text-cap.ts) ten
 * times more. 2,500 ordinary articles fit the budget below, so ordinary shards are still cut by count; 600
 * articles of 5,000 unique words each (3 million pairs) made one shard that took Pagefind 1.85 GB and six
 * minutes, and are now cut into shards of at most WORD_PAGES pairs, indexed one after another.
 *
 * The pairs are counted on the record's text with the same word pattern as the cap, once, in one pass.
 */

/** What a shard may hold: (word, page) pairs and bytes of text. */
export interface ShardBudget {
  wordPages: number;
  bytes: number;
}

/**
 * ~0.6 GB of Pagefind memory at most (measured: scripts/search-shard-bench.ts); 2,500 articles of ordinary
 * news prose (~400 different words each) hold ~1 million pairs.
 */
export const SHARD_BUDGET: ShardBudget = { wordPages: 1_000_000, bytes: 64 * 1024 * 1024 };

export interface TextWeight {
  wordPages: number;
  bytes: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A record's (word, page) pairs (its different words) and its bytes of text. */
export function textWeight(text: string): TextWeight {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD)) words.add(m[0].toLowerCase());
  return { wordPages: words.size, bytes: Buffer.byteLength(text) };
}

/**
 * Splits `items` (in order) into consecutive runs that stay within `budget`; an item heavier than the budget on
 * its own is a run of its own. Linear: each item's weight is taken once.
 */
export function splitByBudget<T>(items: readonly T[], weight: (item: T) => TextWeight, budget: ShardBudget = SHARD_BUDGET): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let pairs = 0;
  let bytes = 0;
  for (const item of items) {
    const w = weight(item);
    if (run.length > 0 && (pairs + w.wordPages > budget.wordPages || bytes + w.bytes > budget.bytes)) {
      runs.push(run);
      run = [];
      pairs = 0;
      bytes = 0;
    }
    run.push(item);
    pairs += w.wordPages;
    bytes += w.bytes;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
