/**
 * Blocks the link parse can leave out (markdown-links.ts). The parser's cost is mostly per block: on 2,000
 * generated articles, leaving out the headings, lists and paragraphs that hold no link halved the link parse.
 *
 * A block is a run of non-blank lines between blank lines. One is left out when all of these hold:
 * - it starts at the line's first column with something other than a space (so it continues no list item,
 *   footnote or indented code before it: after a blank line, only indented lines continue those);
 * - the next block, if any, also starts at the first column (so nothing after it continues a list item or note
 *   that this block opened);
 * - it holds no `[`, `]` (links, definitions, footnotes), `<`, `>` (raw HTML and notes, which may run over blank
 *   lines and end in a later block), backtick or `~` (code fences, which do too).
 * Such a block is a heading, a paragraph, a table or a list of plain words: what it is changes no other block's
 * links, and it holds none. tests/unit/linkless-blocks.test.ts holds the parse's links equal with and without it.
 */

/** Only spaces and tabs: a blank line, whatever containers are open. */
const BLANK = /^[ \t]*\r?$/;
const OPENS_OR_HOLDS = /[[\]<>`~]/;
const FIRST_COLUMN = /^[^ \t]/;

/** For each line, true when its block can be left out of the link parse. */
export function linklessBlocks(lines: readonly string[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let i = 0;
  while (i < lines.length) {
    if (BLANK.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    let end = i;
    let holds = false;
    while (end < lines.length && !BLANK.test(lines[end] ?? '')) {
      if (!holds && OPENS_OR_HOLDS.test(lines[end] ?? '')) holds = true;
      end++;
    }
    let next = end;
    while (next < lines.length && BLANK.test(lines[next] ?? '')) next++;
    const nextStartsFirst = next >= lines.length || FIRST_COLUMN.test(lines[next] ?? '');
    if (!holds && FIRST_COLUMN.test(lines[i] ?? '') && nextStartsFirst) out.fill(true, i, end);
    i = end;
  }
  return out;
}
