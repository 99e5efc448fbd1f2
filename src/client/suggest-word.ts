/**
 * "Did you mean …?" in the search page: the closest word of the vocabulary the build wrote
 * (src/outputs/search-vocabulary.ts) to a word that found nothing. Browser code: no Node imports.
 */
/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The vocabulary word closest to `word` (one edit for words of up to five letters, two beyond), the most
 * frequent on a tie; undefined when the word is itself in the vocabulary or nothing is close.
 */
export function suggestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || vocabulary.includes(w)) return undefined;
  const max = w.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const v of vocabulary) {
    const d = editDistance(w, v, bestDistance - 1);
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
      if (d === 1) break; // the list is most frequent first: the first one-edit word wins
    }
  }
  return best;
}
