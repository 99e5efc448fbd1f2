/**
 * Where left-to-right text needs a right-to-left island: a right-to-left phrase that a number follows (after
 * spaces or punctuation only). Without one, the Unicode bidi algorithm reads the digits as part of the phrase and
 * shows them before it (`the sign read کابل 2026` was shown as `the sign read 2026 کابل`; round 25 leftover in
 * bodies, round 32b F1 in headlines and standfirsts). A phrase anywhere else already stays in place. The one rule
 * for article bodies (src/markdown/rehype-bidi-isolate.ts: `<bdi>`), plain-text fields on pages
 * (src/components/FieldText.astro: `<bdi>`) and the social cards' headlines (src/build/cards/draw.ts: U+2068 FSI …
 * U+2069 PDI) and the search page's results (src/client/search-client.ts), so it lives with the browser's code.
 * Right-to-left text gets none: there a Latin phrase and the digits after it already read in order.
 */

/** The scripts written right to left, as a character-class body (`[${RIGHT_TO_LEFT_SCRIPTS}]`, with the `u` or `v` flag). */
export const RIGHT_TO_LEFT_SCRIPTS = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}`;

/** A run of right-to-left letters (with their marks, joiners and the spaces between words): starts and ends on a letter. */
const RTL_LETTER = `[[${RIGHT_TO_LEFT_SCRIPTS}]&&\\p{L}]`;
const RTL_RUN = new RegExp(`${RTL_LETTER}(?:[${RIGHT_TO_LEFT_SCRIPTS}\\p{M}\u200c\u200d ]*${RTL_LETTER})?`, 'gv');
/** What follows a run that the algorithm would pull into it: neutrals, then a European digit. */
const NUMBER_AFTER = /[\s\p{P}\p{S}]*[0-9]/uy;
const MAYBE_RTL = new RegExp(`[${RIGHT_TO_LEFT_SCRIPTS}]`, 'u');

/** Whether a number follows position `at` of `text`, after neutrals only. */
export function numberFollows(text: string, at: number): boolean {
  NUMBER_AFTER.lastIndex = at;
  return NUMBER_AFTER.test(text);
}

/** Whether the whole of `text` is one right-to-left phrase (`قیمت`, `کابل ښار`). */
export function isRightToLeftRun(text: string): boolean {
  if (!MAYBE_RTL.test(text)) return false;
  RTL_RUN.lastIndex = 0;
  const m = RTL_RUN.exec(text);
  return m !== null && m[0].length === text.length;
}

/** A piece of text, and whether it is set apart as its own island. */
export interface BidiPart {
  text: string;
  isolate: boolean;
}

/**
 * `text` cut where it needs islands, in left-to-right text: each right-to-left phrase a number follows is a part
 * of its own (`isolate: true`); undefined when nothing needs one.
 */
export function isolatedRuns(text: string): BidiPart[] | undefined {
  if (!MAYBE_RTL.test(text)) return undefined;
  const out: BidiPart[] = [];
  let from = 0;
  RTL_RUN.lastIndex = 0;
  for (let m = RTL_RUN.exec(text); m; m = RTL_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (!numberFollows(text, end)) continue;
    if (m.index > from) out.push({ text: text.slice(from, m.index), isolate: false });
    out.push({ text: m[0], isolate: true });
    from = end;
  }
  if (!out.length) return undefined;
  if (from < text.length) out.push({ text: text.slice(from), isolate: false });
  return out;
}

/** A plain-text field set in a `dir` context, cut into parts: one plain part unless it is left to right and needs islands. */
export function fieldParts(text: string, dir: 'ltr' | 'rtl'): BidiPart[] {
  return (dir === 'ltr' && isolatedRuns(text)) || [{ text, isolate: false }];
}

/** The same islands as invisible isolate characters (FSI … PDI), for text that is drawn, not marked up (social cards). */
export function withIsolateMarks(text: string, dir: 'ltr' | 'rtl'): string {
  return fieldParts(text, dir)
    .map((p) => (p.isolate ? `\u2068${p.text}\u2069` : p.text))
    .join('');
}
