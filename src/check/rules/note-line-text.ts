/**
 * Text typed after a desk note on the note's own line (`<!-- check the figure --> Prices rose *sharply*`). A line
 * that starts with `<!--` opens an HTML block in CommonMark, and the block ends with the line holding the `-->`:
 * the words after the note on that line are part of the block, so the page prints them as raw HTML, without
 * Markdown (`*sharply*` shows its asterisks) and outside any paragraph. desk-notes.ts asks this of every HTML
 * block the renderer's parse starts with a note (at the top level, in a quote, a list item or a footnote).
 */

/** Markup that prints nothing by itself after the note: more notes and tags. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;

/**
 * The words printed raw after the note that opens an HTML block (`value`, the block's text; the note ends at
 * `noteEnd`), or '' when the rest of the note's line holds only markup or nothing.
 */
export function textAfterNote(value: string, noteEnd: number): string {
  const lineEnd = value.indexOf('\n', noteEnd);
  const rest = value.slice(noteEnd, lineEnd === -1 ? value.length : lineEnd);
  return rest.length > 4000 ? rest.slice(0, 4000).trim() : rest.replace(MARKUP, ' ').trim();
}

/** The line for such words (`shown`: the first of them, as quoted). */
export function textAfterNoteMessage(shown: string): string {
  return `the words after the note on its line ("${shown}") are printed as raw HTML, without Markdown and outside a paragraph (a line that starts with "<!--" is an HTML block); put the note on its own line, with the text on the next`;
}
