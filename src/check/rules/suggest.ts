/** "Did you mean …" and slug suggestions for messages about names an editor mistyped. */

/** Levenshtein distance, for "did you mean"; above `limit` it stops early and answers `limit + 1`. */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // One typed row: a newsroom's every slug is compared with each broken link's, so this is the hot loop.
  const row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      const left = row[j - 1]!;
      const sub = diag + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = up < left ? (up + 1 < sub ? up + 1 : sub) : left + 1 < sub ? left + 1 : sub;
      row[j] = v;
      if (v < rowMin) rowMin = v;
      diag = up;
    }
    // Every later row is at least this row's minimum: past the limit, no answer within it can come.
    if (rowMin > limit) return limit + 1;
  }
  return row[b.length]!;
}

/** Longest word compared: a pasted paragraph as a slug is no near miss of anything, and the distance is quadratic. */
const MAX_COMPARED = 200;

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  if (typeof word !== 'string' || word.length > MAX_COMPARED) return undefined;
  // A third of the word, at most 8 edits: further apart is another word, not a slip of the keyboard.
  const threshold = Math.max(2, Math.min(8, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  let best: string | undefined;
  // Only answers within the threshold count, so every comparison stops as soon as it cannot beat the best so far.
  let bestScore = threshold + 1;
  const counts = asciiCounts(lower);
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestScore) continue;
    const other = c.toLowerCase();
    // A cheap lower bound first (letters one has and the other lacks): most slugs are far and skip the full table.
    if (counts && bagDistance(counts, other) >= bestScore) continue;
    const d = distance(lower, other, bestScore - 1);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best;
}

/** Letter counts of an ASCII word, or undefined (other scripts go straight to the full comparison). */
function asciiCounts(word: string): Int32Array | undefined {
  const counts = new Int32Array(128);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return undefined;
    counts[c]!++;
  }
  return counts;
}

/** A lower bound of the edit distance: the larger of the letters `word` has in excess and those it lacks. */
function bagDistance(counts: Int32Array, other: string): number {
  const diff = counts.slice();
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i);
    if (c >= 128) return 0;
    diff[c]!--;
  }
  let excess = 0;
  let lack = 0;
  for (let i = 0; i < 128; i++) {
    const d = diff[i]!;
    if (d > 0) excess += d;
    else lack -= d;
  }
  return excess > lack ? excess : lack;
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
