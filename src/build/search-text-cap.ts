/**
 * The body text handed to Pagefind, bounded by the number of different words in it. Pagefind's time and memory
 * grow with the distinct words it indexes: 1 MiB of random nine-letter words (within every content limit) made
 * 45 articles take 175 s and 1.3 GB to index, where the same size of real prose takes under a second. A news
 * article, even a long read, uses a few thousand different words, so the cap never cuts one; a flood of unique
 * tokens is indexed up to the cap (its start stays findable) and the rest is left out. One pass, linear.
 */
export const MAX_SEARCH_TERMS = 5_000;

export function capSearchText(text: string, maxTerms = MAX_SEARCH_TERMS): string {
  const seen = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    seen.add(m[0].toLowerCase());
    if (seen.size > maxTerms) return text.slice(0, m.index);
  }
  return text;
}
