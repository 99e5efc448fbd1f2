/**
 * Desk notes (`<!-- … -->`), judged from the parse the page is made from (src/markdown/body-tree.ts), never by
 * pairing a `<!--` with whatever `-->` comes later in the file:
 * - typed inside a paragraph, heading or table cell, a note must close there; otherwise `<!--` is text and the
 *   page PRINTS the note (and every feed with it);
 * - a note that starts an HTML block ends with that block: unclosed, it HIDES the rest of the quote, list item or
 *   footnote it is typed in (a `-->` further down does not close it), or at the top level the rest of the story;
 * - what the block holds is then read by the HTML tokenizer the renderer uses (parse5, as rehype-raw does):
 *   `<!-->` and `<!--->` are complete, empty comments (the note after them is printed, its `-->` typeset as "–>"),
 *   and `--!>` closes a comment (what follows it is printed).
 * - words after a note on the line that opens an HTML block with it print raw (note-line-text.ts).
 * Each case is one line naming the place and the fix. The body is parsed only when it holds a `<!--`, and only
 * after the nesting and amplification limits passed (callers), so the parse is bounded.
 */
import type { Html, Nodes } from 'mdast';
import { ErrorCodes, type Token } from 'parse5';
import { readHtmlTokens } from '#/check/html-tokens.ts';
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { onePerLine, type Find } from './each-line.ts';
import { truncateGraphemes } from './graphemes.ts';
import { parseSkeleton } from './skeleton-parse.ts';
import { textAfterNote, textAfterNoteMessage } from './note-line-text.ts';

export interface NoteProblem {
  message: string;
  pos: Position;
}

/** The message for a note at the top level that runs to the end of the story (kept as editors know it). */
export const UNCLOSED_TO_THE_END = '"<!--" is never closed, so everything after it would be hidden from readers; close the note with "-->" or remove it';

const CONTAINERS: Partial<Record<Nodes['type'], string>> = { blockquote: 'quote', listItem: 'list item', footnoteDefinition: 'footnote' };
/** Where an inline note must close, and how the fix says so. */
const INLINE_BLOCKS: Partial<Record<Nodes['type'], { name: string; where: string }>> = {
  paragraph: { name: 'paragraph', where: 'in the same paragraph' },
  heading: { name: 'heading', where: 'on the heading line' },
  tableCell: { name: 'table cell', where: 'in the same cell' },
};

interface Place {
  /** The nearest quote, list item or footnote ("quote", …); none at the top level. */
  container?: string | undefined;
  /** The node is the last thing in that container (or in the story): nothing of it follows. */
  last: boolean;
  /** The paragraph, heading or table cell an inline node sits in, and where it ends in the body. */
  block?: { name: string; where: string; end: number } | undefined;
}

export function checkDeskNotes(body: string, bodyLine: number): NoteProblem[] {
  if (!body.includes('<!--')) return [];
  // The parser reads a short stand-in that it parses as the body where notes are concerned (note-skeleton.ts);
  // offsets below are in it, and words quoted in messages come from the body.
  const skeleton = parseSkeleton(body);
  const text = skeleton.text;
  const toBody = skeleton.toBody;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const finds: Find[] = [];
  /** Blocks (by where they end) already reported for a printed opener. */
  const printed = new Set<number>();
  /** The body's words between two offsets of the skeleton, container markers left out. */
  const wordsBetween = (from: number, to: number) => words(body.slice(toBody(from), toBody(to)).replace(/^[ \t>]*/gm, ''));

  /** Offset in the skeleton of offset `at` in an HTML node's value (a container's `> ` markers are not in the value). */
  const textOffset = (node: Html, at: number): number => {
    const start = node.position?.start.offset ?? 0;
    const before = node.value.slice(0, at);
    const nl = before.lastIndexOf('\n');
    if (nl === -1) return start + at;
    let lines = 0;
    for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) lines++;
    const line = (node.position?.start.line ?? 1) - 1 + lines;
    const lineEnd = (lineStarts[line + 1] ?? text.length + 1) - 1;
    const valueLineEnd = node.value.indexOf('\n', at);
    // On the node's last line, the source may go on after it (`… <!-- a\nb --> more`): count back from its end.
    if (valueLineEnd === -1) return (node.position?.end.offset ?? text.length) - (node.value.length - at);
    // On the lines between, the value's line is the end of the source line: markers and indentation come before it.
    return Math.max(lineStarts[line] ?? 0, lineEnd - (valueLineEnd - at));
  };

  const visit = (node: Nodes, place: Place): void => {
    if (node.type === 'text') {
      // The first opener left as text in a paragraph, heading or cell is one line; the rest print with it.
      if (place.block && node.position && !printed.has(place.block.end)) {
        const at = printedOpener(text, node.position.start.offset ?? 0, node.position.end.offset ?? 0);
        if (at !== -1) {
          const { name, where, end } = place.block;
          const note = wordsBetween(at + 4, end);
          finds.push({ index: toBody(at), message: `"<!--" is not closed in this ${name}, so the page prints the note${note ? ` ("${note}")` : ''}; close the note ${where}: <!-- … -->` });
          printed.add(end);
        }
      }
      return;
    }
    if (node.type === 'html') {
      if (node.value.includes('<!--')) judgeHtml(node, place);
      return;
    }
    if (!('children' in node)) return;
    const container = CONTAINERS[node.type];
    const block = INLINE_BLOCKS[node.type];
    const children = node.children as Nodes[];
    children.forEach((child, i) => {
      const last = i === children.length - 1 && (container !== undefined || place.last);
      visit(child, { container: container ?? place.container, last, block: block ? { ...block, end: node.position?.end.offset ?? text.length } : place.block });
    });
  };

  const judgeHtml = (node: Html, place: Place): void => {
    const nodeEnd = node.position?.end.offset ?? text.length;
    const lead = node.value.length - node.value.trimStart().length;
    for (const c of commentsIn(node.value)) {
      // A note that starts an HTML block, with words after it on its line: they print raw (note-line-text.ts).
      if (!place.block && c.start === lead && !c.problem) {
        const rest = textAfterNote(node.value, c.end);
        if (rest) {
          const from = toBody(textOffset(node, c.end));
          const line = body.slice(from, from + 400).split('\n', 1)[0] ?? '';
          finds.push({ index: toBody(textOffset(node, c.start)), message: textAfterNoteMessage(words(line.replace(/<!--[\s\S]*?-->/g, ' ')) || words(rest)) });
        }
      }
      const at = textOffset(node, c.start);
      // What the page shows after the comment: to the end of the paragraph (inline) or of the HTML block.
      const after = (from: number) => wordsBetween(textOffset(node, from), place.block?.end ?? nodeEnd);
      if (c.problem === 'unclosed') {
        const firstLineEnd = node.value.indexOf('\n', c.start);
        const hidden = firstLineEnd === -1 ? '' : wordsBetween(textOffset(node, firstLineEnd + 1), nodeEnd);
        let message: string;
        if (!place.container && place.last) message = UNCLOSED_TO_THE_END;
        else if (place.container && place.last) {
          const name = place.container;
          message = hidden
            ? `"<!--" is never closed inside this ${name}, so the rest of the ${name} would be hidden from readers ("${hidden}"): a note ends with the ${name} it is typed in, a "-->" further down does not close it; close the note on the same line: <!-- … -->`
            : `"<!--" is never closed inside this ${name} (a note ends with the ${name} it is typed in, a "-->" further down does not close it); close the note on the same line: <!-- … -->`;
        } else {
          message = `"<!--" is never closed in this HTML block, so the page hides the rest of the block${hidden ? ` ("${hidden}")` : ''}; close the note on the same line: <!-- … -->`;
        }
        finds.push({ index: toBody(at), message });
        continue;
      }
      const shown = c.problem && after(c.end);
      if (!shown) continue;
      if (c.problem === 'empty') {
        // Nobody types an empty comment before words: they meant a note, and the page prints it.
        const closer = shown.search(/--!?>/);
        const opener = node.value.slice(c.start, c.end);
        const what = closer === -1 ? `words after it ("${shown}")` : `note after it ("${words(shown.slice(0, closer + 4))}")`;
        finds.push({ index: toBody(at), message: `"${opener}" is a complete, empty comment in HTML, so the page prints the ${what}; write a note as <!-- note --> (a space after "<!--"), or remove "${opener}"` });
      } else if (c.problem === 'inner') {
        const inner = node.value.slice(c.start, c.end).match(/<!-?-->$/)?.[0] ?? '<!-->';
        finds.push({ index: toBody(textOffset(node, c.end - inner.length)), message: `"${inner}" inside the note ends it (HTML reads its "-->" as the close), so the page prints what follows ("${shown}"); write each note as <!-- note -->` });
      } else if (c.problem === 'bang') {
        finds.push({ index: toBody(textOffset(node, c.end - 4)), message: `"--!>" ends the note in HTML, so the page prints what follows it ("${shown}"); close the note with "-->"` });
      }
    }
  };

  visit(skeleton.tree, { last: true });
  finds.sort((a, b) => a.index - b.index);
  const pos = positionFinder(body, bodyLine);
  return onePerLine(finds, pos, (n) => `…and ${n} more line${n === 1 ? '' : 's'} below with such notes; fix them too`);
}

/** Where the first `<!--` left as text lies between two offsets (a backslash before it shows it on purpose), or -1. */
function printedOpener(text: string, from: number, to: number): number {
  for (let at = text.indexOf('<!--', from); at !== -1 && at + 4 <= to; at = text.indexOf('<!--', at + 4)) {
    if (text[at - 1] !== '\\') return at;
  }
  return -1;
}

interface CommentFind {
  start: number;
  end: number;
  problem?: 'unclosed' | 'empty' | 'bang' | 'inner' | undefined;
}

const PROBLEMS: Partial<Record<string, CommentFind['problem']>> = {
  [ErrorCodes.eofInComment]: 'unclosed',
  [ErrorCodes.abruptClosingOfEmptyComment]: 'empty',
  [ErrorCodes.incorrectlyClosedComment]: 'bang',
};

/** The `<!--` comments in one HTML node as parse5 reads them, each with what went wrong. */
function commentsIn(html: string): CommentFind[] {
  const found: CommentFind[] = [];
  let pending: CommentFind['problem'];
  readHtmlTokens(html, {
    onComment(token: Token.CommentToken) {
      const start = token.location?.startOffset ?? 0;
      const end = token.location?.endOffset ?? html.length;
      // `<!-- a <!-->`: the closer was an opener typed inside the note.
      if (html.startsWith('<!--', start)) found.push({ start, end, problem: pending ?? (/<!-?$/.test(token.data) ? 'inner' : undefined) });
      pending = undefined;
    },
    onParseError(error) {
      pending = PROBLEMS[error.code] ?? pending;
    },
  });
  return found;
}

/** The first words of a text, to quote in a message (a long text is cut before it is read). */
function words(s: string): string {
  s = s.length > 400 ? s.slice(0, 400) : s;
  return truncateGraphemes(s.replace(/\s+/g, ' ').trim(), 40);
}
