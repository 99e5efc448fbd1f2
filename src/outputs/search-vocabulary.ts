/**
 * The words search can suggest ("Did you mean torkham?"): every word of the headlines, standfirsts, tags and
 * datelines of visible articles, most frequent first, capped so the file stays small at any archive size. The
 * search page fetches it only when a query finds nothing, and picks the closest word (`suggestWord`).
 */
import type { Article } from '#/domain/newsroom.ts';

/** Words kept: enough for every headline word of a large archive, ~150 KB at most. */
const MAX_WORDS = 15_000;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function searchVocabulary(articles: readonly Article[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const text = [a.data.title, a.data.description, a.data.dateline ?? '', ...a.data.tags].join(' ');
    for (const s of segmenter.segment(text.toLocaleLowerCase())) {
      if (!s.isWordLike || s.segment.length < 3 || /^\d+$/.test(s.segment)) continue;
      counts.set(s.segment, (counts.get(s.segment) ?? 0) + 1);
    }
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_WORDS).map(([w]) => w);
}

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
  const w = word.toLocaleLowerCase();
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
