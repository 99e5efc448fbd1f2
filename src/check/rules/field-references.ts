/**
 * Frontmatter text fields are plain text (src/schemas/fields.ts): only the body reads character references, so a
 * `&#146;` or `&amp;` typed into a headline, a name or a tag would be printed as typed on the page, in listings and
 * in feeds (round 13). One line with the character to write.
 */
import { parseEntities } from 'parse-entities';
import { FORBIDDEN_CHARS, hasVisibleText, NOT_TEXT } from './invisible-chars.ts';
import { numberOf, REFERENCE } from './reference-syntax.ts';

/**
 * The line for the character references in a frontmatter text field, or undefined: fields are plain text, so the
 * page, listings and feeds print `&#146;` or `&amp;` as typed. Only references that name a character (`AT&T;` is
 * words). Two or more are one line with the whole value to write (round 30a #8: one a run took a run each).
 */
export function referenceInField(value: string): string | undefined {
  if (!value.includes('&')) return undefined;
  const found: { typed: string; fix: string }[] = [];
  const fixed = value.replace(REFERENCE, (typed) => {
    const char = parseEntities(typed);
    if (char === typed) return typed;
    const n = numberOf(typed);
    const unreadable = (n !== undefined && (n === 0 || (n >= 0xd800 && n <= 0xdfff) || n > 0x10ffff)) || FORBIDDEN_CHARS.test(char) || NOT_TEXT.test(char) || char === '\uFFFD';
    const gone = unreadable || (!hasVisibleText(char) && !/^\s$/u.test(char));
    const space = /^\s$/u.test(char);
    found.push({ typed, fix: gone ? 'remove it' : space ? 'type the space itself' : `write the character itself: ${char}` });
    return gone ? '' : space ? ' ' : char;
  });
  const [first] = found;
  if (first === undefined) return undefined;
  if (found.length === 1) return `fields are plain text: the character reference "${first.typed}" is printed as typed (only the body reads references), on the page, in listings and in feeds; ${first.fix}`;
  const typed = [...new Set(found.map((f) => `"${f.typed}"`))];
  const named = typed.length === 1 ? `${typed[0]} (${found.length} times)` : `${typed.slice(0, -1).join(', ')} and ${typed.at(-1)}`;
  return `fields are plain text: the character references ${named} are printed as typed (only the body reads references), on the page, in listings and in feeds; write the text itself: ${JSON.stringify(fixed)}`;
}
