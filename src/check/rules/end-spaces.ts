/**
 * A space at either end of an id, a slug or a field name (round 28b #6): a no-break space pasted from a CMS or
 * Word (`section: economy` + U+00A0) or a tab prints like nothing, so "write its id "economy"" or "did you mean
 * "description"?" read as already done. The line names the character, and shows the text with it escaped.
 */
import { describeChar } from './invisible-chars.ts';

/** `"economy\u00a0" ends in a no-break space (U+00A0)`, or undefined when `text` has no space at either end. */
export function endSpaceNote(text: string): string | undefined {
  const last = text.at(-1) ?? '';
  const end = /\s/u.test(last);
  const c = end ? last : /^\s/u.test(text) ? text[0]! : undefined;
  if (c === undefined) return undefined;
  return `"${withSpacesShown(text)}" ${end ? 'ends in' : 'starts with'} ${spaceWords(c)}`;
}

/** `text` with every space but the ordinary one escaped (`\u00a0`, `\t`), so it can be seen in a line. */
export function withSpacesShown(text: string): string {
  return text.replace(/[^\S ]/gu, (c) => (c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** `a no-break space (U+00A0)`, `a tab`, `an unusual space (U+2003)`. */
function spaceWords(c: string): string {
  if (c === ' ') return 'a space';
  if (c === '\t') return 'a tab';
  const named = /^(U\+[0-9A-F]+) \((.+)\)$/.exec(describeChar(c));
  return named ? `a ${named[2]} (${named[1]})` : `an unusual space (${describeChar(c)})`;
}
