/** "Did you mean …" and slug suggestions for messages about names an editor mistyped. */

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
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

/** Longest word compared: a pasted paragraph as a slug is no near miss of anything, and the distance is quadratic. */
const MAX_COMPARED = 200;

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_COMPARED) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestScore) continue;
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` (did you mean "slug"?)` when an existing slug is a near miss, else nothing. */
export function nearSlug(slug: string, slugs: Iterable<string>): string {
  const near = didYouMean(slug, slugs);
  return near ? ` (did you mean "${near}"?)` : '';
}

/** `did you mean "x"?`, else the known ids (at most 8), for messages about an unknown id. */
export function closest(word: string, ids: Set<string>, noun: string): string {
  // A unique id that starts with the word ("zarlasht" for "zarlasht-niazai") is a near miss too.
  const starting = word.length >= 3 ? [...ids].filter((id) => id.startsWith(word)) : [];
  const near = didYouMean(word, ids) ?? (starting.length === 1 ? starting[0] : undefined);
  if (near) return `did you mean "${near}"?`;
  const list = [...ids].sort().slice(0, 8);
  return list.length ? `known ${noun}: ${list.join(', ')}${ids.size > 8 ? ', …' : ''}` : `there are no ${noun} yet`;
}

export function suggestSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article'
  );
}
