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

const EMOJI_START = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** Longest emoji sequence counted as one: a family with four skin tones is 11 code points, a subdivision flag 7. */
const EMOJI_POINTS = 16;

/**
 * Code points as the stacked-marks bound counts them: an emoji sequence (ZWJ family, skin tone, flag) of up to
 * 16 code points is one, as readers see it; every other code point counts, so marks stacked on a letter add up.
 */
export function markWeightedLength(text: string): number {
  let n = 0;
  for (const { segment } of segmenter.segment(text)) {
    let points = 0;
    for (const _ of segment) points++;
    n += points <= EMOJI_POINTS && EMOJI_START.test(segment) ? 1 : points;
  }
  return n;
}

/** The most code points one character of a body may hold: a letter and 15 marks, or an emoji sequence counted as one. */
export const CHARACTER_POINTS = EMOJI_POINTS;
// Where a long character may be: a run of marks, format characters (ZWJ, tags) and skin tones, each after at most
// one other code point (the emoji a ZWJ joins, the consonant after a virama). Short runs cost no segmenting.
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const STACK_RUN = /(?:[\p{M}\p{Cf}\u{1F3FB}-\u{1F3FF}]\P{M}?){8,}/gu;

/**
 * Each character (grapheme) of `text` of more than {@link CHARACTER_POINTS} code points: marks stacked on a letter
 * (Zalgo text), or an emoji sequence too long to be drawn as one (`emoji`). Linear: only the runs are segmented.
 */
export function* longCharacters(text: string): Generator<{ index: number; points: number; emoji: boolean }> {
  let done = 0;
  for (const m of text.matchAll(STACK_RUN)) {
    // The letter or emoji the run is stacked on comes right before it (two code units for an emoji).
    const from = Math.max(done, m.index - 2);
    for (const { segment, index } of segmenter.segment(text.slice(from, m.index + m[0].length))) {
      let points = 0;
      // Variation selectors are not counted: a run of them is hidden data, told by its own rule (body-text.ts).
      for (const c of segment) if (!VARIATION_SELECTOR.test(c)) points++;
      if (points > CHARACTER_POINTS) yield { index: from + index, points, emoji: EMOJI_START.test(segment) };
    }
    done = m.index + m[0].length;
  }
}
