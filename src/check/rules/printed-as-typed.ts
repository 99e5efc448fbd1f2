/**
 * What the "printed as typed" scanners share (typed-markup.ts runs them): a candidate found on the lines as written,
 * which the renderer's parse then confirms (the characters it names are still in a text node: not code, not HTML,
 * not read as the markup they look like), and the spaces a word processor pastes where Markdown needs an ordinary
 * one. CommonMark reads only a space or a tab after `##`, `-` or `1.`; a no-break space there is a character of the
 * text, so the heading or list item is printed as typed.
 */
import { codePoint } from './invisible-chars.ts';

export interface Candidate {
  /** Offset in the scanned text the line points at. */
  at: number;
  /** Offsets of the characters the parse must have left in text for the page to print them as typed. */
  confirm: readonly number[];
  /** The line to print, given the file line the candidate is on. */
  message: (line: number) => string;
}

/** Spaces that do not break a line, as pasted from word processors (Word's Ctrl+Shift+Space, French typography). */
export const NO_BREAK_SPACES = '\u00A0\u202F\u2007';
export const NO_BREAK = /[\u00A0\u202F\u2007]/;

const NAMES: Record<string, string> = {
  '\u00A0': 'no-break space',
  '\u202F': 'narrow no-break space',
  '\u2007': 'figure space',
};

/** `a no-break space (U+00A0)`. */
export function spaceName(c: string): string {
  return `a ${NAMES[c] ?? 'space'} (${codePoint(c)})`;
}

/** Each line of `text` with the offset it starts at. */
export function* linesOf(text: string): Generator<[line: string, start: number]> {
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    yield [text.slice(start, end), start];
    start = end + 1;
  }
}
