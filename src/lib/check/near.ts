/** Near misses for "did you mean" in content messages. */

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] ?? 0;
      prev[j] = Math.min((prev[j] ?? 0) + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] ?? 0;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** `did you mean "x"?`, else the known ids (at most 8), for messages about an unknown id. */
export function closest(word: string, ids: Set<string>, noun: string): string {
  const starting = [...ids].filter((id) => id.startsWith(word));
  const near = didYouMean(word, ids) ?? (word.length >= 3 && starting.length === 1 ? starting[0] : undefined);
  if (near) return `did you mean "${near}"?`;
  const list = [...ids].sort().slice(0, 8);
  return list.length ? `known ${noun}: ${list.join(', ')}${ids.size > 8 ? ', …' : ''}` : `there are no ${noun} yet`;
}


/** ` (did you mean "slug"?)` when an existing slug is a near miss, else nothing. */
export function nearSlug(slug: string, slugs: Iterable<string>): string {
  const near = didYouMean(slug, slugs);
  return near ? ` (did you mean "${near}"?)` : '';
}
