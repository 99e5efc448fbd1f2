/**
 * Characters as readers count them: grapheme clusters (an emoji with its modifiers, a letter with its accents, a
 * flag), not UTF-16 code units. "🇦🇫" is one character here, two code points and four code units.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  // Never more graphemes than code units: short text needs no segmenting.
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** At most `max` graphemes of `text`, with "…" as the last one when it was cut; never splits a character. */
export function truncateGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (kept.length === max) return `${kept.slice(0, max - 1).join('')}…`;
    kept.push(segment);
  }
  return text;
}
