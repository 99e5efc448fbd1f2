/**
 * Invisible characters that make a name read like another (round 13, finding 7). `trade` + U+FE0E prints exactly as
 * `trade`, yet is another topic URL (`/tags/trade%EF%B8%8E/`); `Nadia Rahyab` + U+FE0E is another byline that reads
 * the same.
 *
 * - Every text field (headlines, names, tags, standfirsts): U+FE0E/U+FE0F after a character that has no emoji form
 *   (a letter, a digit of a word, punctuation). These two selectors only choose between the text and the emoji look
 *   of an emoji (`☎︎`, `❤️`): after a letter they do nothing but hide. The other selectors (U+FE00–U+FE0D and the
 *   ideographic ones) have standard uses after Myanmar letters, CJK ideographs and math symbols, so text keeps them
 *   there; after a letter of a script with no variation sequences (Latin, Greek, Cyrillic, Arabic, Hebrew,
 *   Armenian, Georgian, Thaana) they are refused too.
 * - Tags, topic names and topic file names (`nameInvisibleProblem`): no character that prints nothing at all
 *   (src/domain/reader-text.ts), apart from those spelling needs: ZWNJ and ZWJ between letters (Persian, Pashto,
 *   Indic scripts), the direction marks LRM/RLM/ALM, Mongolian free variation selectors after a Mongolian letter,
 *   and whatever belongs to an emoji or flag. A soft hyphen or a variation selector in a topic is a second topic
 *   page that reads the same.
 * Bodies are left alone: a selector after a letter there makes no second page and changes nothing readers see
 * (the comparisons that matter fold it away: reader-text.ts).
 */
import { dropInvisible, firstInvisible, partOfEmoji } from '#/domain/reader-text.ts';
import { codePoint, describeChar } from './invisible-chars.ts';

const SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const PRESENTATION = /^[\uFE0E\uFE0F]$/;
/** Letters of scripts Unicode defines no variation sequences for: a selector after one only hides. */
const NO_VARIANTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Thaana}]$/u;

/** The field's message for a variation selector that only hides (see above), or undefined. */
export function straySelectorProblem(text: string): string | undefined {
  if (!/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(text)) return undefined;
  for (const m of text.matchAll(SELECTORS)) {
    if (partOfEmoji(text, m[0], m.index)) continue;
    const before = text.slice(0, m.index);
    if (PRESENTATION.test(m[0]) || NO_VARIANTS.test(before)) return invisibleAfter(m[0], before, 'reads like the same text without it');
  }
  return undefined;
}

/** Joiners and marks a name may need: ZWNJ/ZWJ between letters, direction marks, Mongolian free variation selectors. */
function spellingNeeds(c: string, prev: string): boolean {
  if (c === '\u200C' || c === '\u200D') return /^[\p{L}\p{M}]$/u.test(prev);
  if (c === '\u200E' || c === '\u200F' || c === '\u061C') return true;
  if (/^[\u180B-\u180D\u180F]$/.test(c)) return /^\p{Script=Mongolian}$/u.test(prev);
  return false;
}

/**
 * Why a tag, a topic name or a topic file's name holds a character that prints nothing, or undefined. `what`: how
 * the message names it (`tag "trade︎"`).
 */
export function nameInvisibleProblem(name: string, what: string, fix = 'retype the text'): string | undefined {
  const found = firstInvisible(name, spellingNeeds);
  if (!found) return undefined;
  return `${what} ${invisibleAfter(found.char, name.slice(0, found.index), 'makes a topic that reads like the one without it, on a page of its own', fix)}`;
}

/** `holds the invisible U+FE0E (…) after "trade", which …; remove the invisible U+FE0E`. */
function invisibleAfter(c: string, before: string, effect: string, fix = 'retype the text'): string {
  const tail = [...before].slice(-12).join('');
  const where = tail === '' ? 'at the start' : `after "${tail}"`;
  return `holds the invisible ${describeChar(c)} ${where}, which ${effect}; remove the invisible ${codePoint(c)} (${fix})`;
}

/**
 * What tells apart two spellings that print the same (a tag and the topic's spelling), for a message that would
 * otherwise ask the editor to write what they wrote: ` (it holds the invisible U+200D (zero-width joiner) after
 * "trans")`, ` (its accents are typed as separate marks: decomposed, NFD)`; empty when they differ visibly.
 */
export function unseenDifference(written: string, meant: string): string {
  if (written === meant) return '';
  const found = firstInvisible(written);
  if (found && dropInvisible(written) === dropInvisible(meant)) {
    const tail = [...written.slice(0, found.index)].slice(-12).join('');
    return ` (it holds the invisible ${describeChar(found.char)}${tail === '' ? ' at the start' : ` after "${tail}"`})`;
  }
  if (written !== written.normalize('NFC') && written.normalize('NFC') === meant.normalize('NFC')) return ' (its accents are typed as separate marks, decomposed (NFD), as some keyboards and macOS write them; retype it)';
  return '';
}
