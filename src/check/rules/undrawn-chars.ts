/**
 * Characters a text field holds that no font draws as meant (round 37f #6): a combining mark with no letter before
 * it (shown on a dotted circle), a private-use character (a box, or a glyph of one font only: not in feeds, cards or
 * search), a code point Unicode has not assigned (a box), and a skin-tone modifier with no emoji before it (a colour
 * swatch). Headlines, standfirsts, datelines, tags and names are printed in lists, feeds and social cards, where a
 * slip of the keyboard or of a converter shows at once; the body's stacked marks have their own rule (graphemes.ts).
 * Noncharacters and lone surrogates are the "not text" line (invisible-chars.ts).
 */
import { codePoint } from './invisible-chars.ts';

const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/u;
/** A mark opening the text or a word: after nothing, a space or a line break there is no letter to carry it. */
const MARK_WITHOUT_LETTER = /(?:^|[\s])(\p{M})/u;
const PRIVATE_USE = /\p{Co}/u;
const UNASSIGNED = /(?![\p{Noncharacter_Code_Point}])\p{Cn}/u;
/** A skin tone with what comes before it: an emoji that takes one (a variation selector may stand between). */
const TONE_AFTER_BASE = /\p{Emoji_Modifier_Base}\uFE0F?$/u;

/** The message for the first such character of `text`, or undefined. */
export function undrawnCharProblem(text: string): string | undefined {
  const mark = MARK_WITHOUT_LETTER.exec(text);
  if (mark) {
    const where = mark.index === 0 && mark[0] === mark[1] ? 'starts with' : 'has, after a space,';
    return `${where} ${codePoint(mark[1]!)}, a combining mark with no letter before it to sit on (it shows on a dotted circle); remove it, or type it right after its letter`;
  }
  const privateUse = PRIVATE_USE.exec(text)?.[0];
  if (privateUse) return `contains ${codePoint(privateUse)}, a private-use character, which no standard font draws (readers, feeds and social cards show a box, or nothing); remove it, or write the symbol or words it stood for`;
  const unassigned = UNASSIGNED.exec(text)?.[0];
  if (unassigned) return `contains ${codePoint(unassigned)}, a code point Unicode (${process.versions.unicode ?? 'this version'}) has not assigned, which no font draws (readers see a box); remove it, or retype the character meant`;
  if (SKIN_TONE.test(text)) {
    for (const m of text.matchAll(/[\u{1F3FB}-\u{1F3FF}]/gu)) {
      if (!TONE_AFTER_BASE.test(text.slice(Math.max(0, m.index - 3), m.index))) {
        return `contains ${codePoint(m[0])}, a skin-tone modifier with no emoji before it to colour, so it shows as a colour swatch; put it right after the emoji it colours (👋🏽), or remove it`;
      }
    }
  }
  return undefined;
}
