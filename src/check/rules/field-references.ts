/**
 * Frontmatter text fields are plain text (src/schemas/fields.ts): only the body reads character references, so a
 * `&#146;` or `&amp;` typed into a headline, a name or a tag would be printed as typed on the page, in listings and
 * in feeds (round 13). One line with the character to write.
 */
import { parseEntities } from 'parse-entities';
import { FORBIDDEN_CHARS, hasVisibleText, NOT_TEXT } from './invisible-chars.ts';
import { numberOf, REFERENCE } from './reference-syntax.ts';

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
