/**
 * A raw HTML block cut by a blank line, its next lines indented (round 30a #3: a WordPress `<table>` saved after an
 * edit): the blank line ends the HTML block and four spaces make the rest an indented code block, so readers see
 * `<tr>` … `</tr>` as source in a box, above the table, and the row is missing from it. Read from the renderer's
 * parse (body-tree.ts): an indented `code` node whose text starts with a tag, right after an `html` node that leaves
 * an element open (or before one that closes it). Code meant as code after a closed block stays quiet.
 */
import type { RootContent } from 'mdast';
import { VOID_ELEMENTS } from '#/check/nesting.ts';

const STARTS_WITH_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(\/?)>/g;

/** The outermost element `html` opens and does not close, or undefined. */
function leftOpen(html: string): string | undefined {
  const open: string[] = [];
  for (const m of html.matchAll(TAG)) {
    const name = m[2]?.toLowerCase();
    if (!name || VOID_ELEMENTS.has(name) || m[3]) continue;
    if (!m[1]) open.push(name);
    else {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    }
  }
  return open[0];
}

/**
 * The line for `node` when it is such a cut, or undefined. `lines`: the body's lines; `line(n)`: body line n as the
 * file's line number. The line is placed at the blank line that ended the block.
 */
export function splitHtmlBlock(node: RootContent, prev: RootContent | undefined, next: RootContent | undefined, lines: readonly string[], line: (n: number) => number): { message: string; line: number } | undefined {
  if (node.type !== 'code' || prev?.type !== 'html' || !node.position || !prev.position) return undefined;
  const start = node.position.start.line;
  if (!/^(?:\t| {4})/.test(lines[start - 1] ?? '') || !STARTS_WITH_TAG.test(node.value.trimStart())) return undefined;
  const blank = prev.position.end.line + 1;
  if (blank >= start) return undefined;
  const closedAfter = next?.type === 'html' && /^\s*<\//.test(next.value) ? /^\s*<\/([A-Za-z][A-Za-z0-9-]*)/.exec(next.value)?.[1]?.toLowerCase() : undefined;
  const name = leftOpen(prev.value) ?? closedAfter;
  if (!name) return undefined;
  const opened = prev.position.start.line;
  const end = node.position.end.line;
  const span = end > start ? `lines ${line(start)}–${line(end)}` : `line ${line(start)}`;
  return {
    message: `the blank line ends the <${name}> block that opens on line ${line(opened)}, so the indented HTML after it (${span}) is shown as code: readers see its tags as text in a box, outside the <${name}>; remove the blank line, or the indentation of those lines`,
    line: blank,
  };
}
