/**
 * Numeric character references the renderer reads otherwise than the editor meant (round 13, finding 11). The
 * HTML spec and browsers read `&#128;`–`&#159;` as Windows-1252 (`&#146;` is ’, `&#151;` is —), as text exported
 * from old CMSs and Word HTML is full of; CommonMark (and so our renderer) reads them as the replacement character
 * �, like `&#0;`, a surrogate (`&#xD800;`) and a number past Unicode (`&#x110000;`). `&#13;` puts a raw carriage
 * return in the page. Each is refused with what to write instead, one line, like the references to invisible
 * characters (char-references.ts). Text fields print any reference as typed: referenceInField.
 */
import { parseEntities } from 'parse-entities';
import { FORBIDDEN_CHARS, hasVisibleText, NOT_TEXT } from './invisible-chars.ts';

/** Windows-1252 at 0x80–0x9F: what `&#128;`–`&#159;` meant; a space where the code page has no character. */
const CP1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';
/** The named reference for each, for editors who prefer to type references. */
const NAMES: Readonly<Record<string, string>> = {
  '€': 'euro', '‚': 'sbquo', 'ƒ': 'fnof', '„': 'bdquo', '…': 'hellip', '†': 'dagger', '‡': 'Dagger', 'ˆ': 'circ', '‰': 'permil', 'Š': 'Scaron',
  '‹': 'lsaquo', 'Œ': 'OElig', 'Ž': 'Zcaron', '‘': 'lsquo', '’': 'rsquo', '“': 'ldquo', '”': 'rdquo', '•': 'bull', '–': 'ndash', '—': 'mdash',
  '˜': 'tilde', '™': 'trade', 'š': 'scaron', '›': 'rsaquo', 'œ': 'oelig', 'ž': 'zcaron', 'Ÿ': 'Yuml',
};

/** The code point a numeric reference (`&#146;`, `&#x92;`) names, or undefined for a named one. */
function numberOf(reference: string): number | undefined {
  const m = /^&#([xX])?([0-9A-Fa-f]+);$/.exec(reference);
  if (!m) return undefined;
  return parseInt(m[2] ?? '', m[1] ? 16 : 10);
}

/** Why the renderer does not read `reference` as the character it seems to name, with the fix; else undefined. */
export function misreadReference(reference: string): string | undefined {
  const n = numberOf(reference);
  if (n === undefined) return undefined;
  const shown = `the character reference ${reference}`;
  if (n >= 0x80 && n <= 0x9f) {
    const meant = CP1252[n - 0x80] ?? ' ';
    if (meant === ' ') return `${shown} is read as � (the replacement character) here, and stands for no character in old Windows text either; remove it`;
    return `${shown} is read as � (the replacement character) here, not as ${meant} (what it meant in old Windows text, and in a browser); write ${meant} (or &${NAMES[meant]};)`;
  }
  if (n === 0) return `${shown} is read as � (the replacement character) here: no character has the number 0; remove it`;
  if (n === 13) return `${shown} is a carriage return, which would put a raw line-ending character in the page; remove it (start a new line, or end the line with a backslash for a line break)`;
  if (n >= 0xd800 && n <= 0xdfff) return `${shown} names half of a UTF-16 surrogate pair, not a character, so it is read as � (the replacement character); write the character itself (a reference names its whole code point, e.g. &#x1F600;)`;
  if (n > 0x10ffff) return `${shown} is past the last Unicode character (U+10FFFF), so it is read as � (the replacement character); fix the number or write the character itself`;
  return undefined;
}

/** A reference as CommonMark reads one: decimal (1–7 digits), hex (1–6 digits) or a name, ended by `;`. */
export const REFERENCE = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * The line for the first character reference in a frontmatter text field, or undefined: fields are plain text, so
 * the page, listings and feeds print `&#146;` or `&amp;` as typed. Only references that name a character (`AT&T;`
 * is words).
 */
export function referenceInField(value: string): string | undefined {
  if (!value.includes('&')) return undefined;
  for (const m of value.matchAll(REFERENCE)) {
    const char = parseEntities(m[0]);
    if (char === m[0]) continue;
    const n = numberOf(m[0]);
    const unreadable = (n !== undefined && (n === 0 || (n >= 0xd800 && n <= 0xdfff) || n > 0x10ffff)) || FORBIDDEN_CHARS.test(char) || NOT_TEXT.test(char) || char === '\uFFFD';
    const fix = unreadable || (!hasVisibleText(char) && !/^\s$/u.test(char)) ? 'remove it' : /^\s$/u.test(char) ? 'type the space itself' : `write the character itself: ${char}`;
    return `fields are plain text: the character reference "${m[0]}" is printed as typed (only the body reads references), on the page, in listings and in feeds; ${fix}`;
  }
  return undefined;
}
