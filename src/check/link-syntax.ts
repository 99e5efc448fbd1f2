/**
 * Pieces of CommonMark's link syntax that the link rules read from the body around what the renderer's parse found
 * (markdown-links.ts): which lines a link may span, where a label ends, a destination as the editor typed it, and a
 * definition typed inside a paragraph. Each is one forward pass over the text it looks at.
 */
import { ADDRESS } from './rules/unused-definitions.ts';
import { MARKERS, ORDERED, PLAIN } from './rules/note-skeleton.ts';
import { linklessBlocks } from './linkless-blocks.ts';

/** A line that ends a paragraph wherever it stands: only spaces, tabs and blockquote markers. */
const BLANK = /^[ \t>]*\r?$/;
/** A title's or an inline link's last line holds its closing quote or parenthesis. */
const CLOSER = /["')]/;

/**
 * How a line takes part in links: `as written`; `closers`, only where its quotes, parentheses and spaces stand
 * (where a title or an inline link may end: closersOnly); `prose`, not at all (the skeleton makes it one letter).
 */
export type LineUse = 'as written' | 'closers' | 'prose';

/** A label (what a reference matches a definition by) holds at most 999 characters (CommonMark). */
const LABEL_MAX = 999;

/**
 * The lines a link may span, to keep as written in the skeleton the parse reads (note-skeleton.ts shortens the other
 * plain lines to one letter, which changes no link): a line holding a bracket; a line within a label's length of a
 * bracket opened on an earlier line of its paragraph (a label spread over lines must match its use letter for
 * letter; longer, it is no label, and the words of a link's text do not change the link); and, after a line holding
 * a `]`, the next line (a destination may stand there), and of every line with a quote or a `)` (where a title or
 * an inline link may end) its quotes, parentheses and spaces. A blank line ends a paragraph, and with it all of that. Prose without a bracket in its
 * paragraph stays one letter a run; the most a body can keep is all of it (then the parse is the renderer's own).
 */
export function linkLines(lines: readonly string[]): LineUse[] {
  const keep: LineUse[] = new Array<LineUse>(lines.length).fill('prose');
  let closed = false;
  let previousClosed = false;
  /** Characters read since the last "[" still open on an earlier line (-1: none open). */
  let sinceOpen = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (BLANK.test(line)) {
      closed = previousClosed = false;
      sinceOpen = -1;
      continue;
    }
    const lastOpen = line.lastIndexOf('[');
    const lastClose = line.lastIndexOf(']');
    const open = sinceOpen !== -1 && sinceOpen <= LABEL_MAX;
    if (lastOpen !== -1 || lastClose !== -1 || open || (closed && previousClosed)) keep[i] = 'as written';
    else if (closed && CLOSER.test(line)) keep[i] = 'closers';
    if (lastClose !== -1) closed = true;
    previousClosed = lastClose !== -1;
    if (lastOpen > lastClose) sinceOpen = line.length - lastOpen;
    else if (lastClose !== -1) sinceOpen = -1;
    else if (sinceOpen !== -1) sinceOpen += line.length + 1;
  }
  return keep;
}

/** Offset of the `]` that ends the label whose `[` is at `start`: the first one not escaped (labels hold no other). */
export function labelEnd(body: string, start: number): number {
  for (let i = start + 1; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (c === 93 /* ] */) return i;
  }
  return body.length;
}

const isLineSpace = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The destination as typed, from just after the `(` of an inline link or the `]:` of a definition: after spaces
 * and at most one line break (and the next line's blockquote markers and indentation), an `<…>` destination or a
 * run without spaces or controls whose parentheses balance. Undefined when there is none (`[a]()`).
 */
export function writtenDestination(body: string, from: number): string | undefined {
  let i = from;
  while (isLineSpace(body[i])) i++;
  if (body[i] === '\r') i++;
  if (body[i] === '\n') {
    i++;
    while (isLineSpace(body[i]) || body[i] === '>') i++;
  }
  if (body[i] === '<') {
    for (let j = i + 1; j < body.length; j++) {
      const c = body[j];
      if (c === '\\') j++;
      else if (c === '>') return body.slice(i, j + 1);
      else if (c === '<' || c === '\n') break;
    }
  }
  let depth = 0;
  let j = i;
  for (; j < body.length; j++) {
    const c = body.charCodeAt(j);
    if (c <= 32 || c === 127) break;
    if (c === 92 /* \\ */ && j + 1 < body.length && body.charCodeAt(j + 1) > 32) j++;
    else if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) {
      if (depth === 0) break;
      depth--;
    }
  }
  return j > i ? body.slice(i, j) : undefined;
}

/** `[x]:` at the start of a line (after any blockquote markers and indentation), and what follows it on the line. */
const DEFINITION_START = /^((?:[ \t]*>)*[ \t]*)\[(?!\^)((?:[^[\]\\\n]|\\.){1,999})\]:[ \t]*(\S*)/;

/**
 * A reference definition typed on a paragraph's line other than its first (`See [the annex][x]` with
 * `[x]: ../x.md` right under it): CommonMark prints it as text, since a definition cannot interrupt a paragraph.
 * Only one whose destination reads as an address (`[Note]: Revised` is prose). `lineStart`: the line's offset.
 */
export function strayDefinitionAt(body: string, lineStart: number): { offset: number; text: string } | undefined {
  const nl = body.indexOf('\n', lineStart);
  const line = body.slice(lineStart, nl === -1 ? body.length : nl).replace(/\r$/, '');
  const m = DEFINITION_START.exec(line);
  if (!m) return undefined;
  const indent = m[1] ?? '';
  const destination = (m[3] || (nl === -1 ? '' : (/^[ \t>]*(\S*)/.exec(body.slice(nl + 1, nl + 2100))?.[1] ?? ''))).replace(/^<|>$/g, '');
  if (!ADDRESS.test(destination)) return undefined;
  return { offset: lineStart + indent.length, text: line.slice(indent.length).trimEnd() };
}

/** A run of anything but quotes and parentheses in a line of plain words (no bracket, tag, code, escape or pipe). */
const WORDS = /[^"'()]+/g;
const NO_BRACKETS = /^[^[\]]*$/;

/**
 * A line of plain words cut to what a link's title or end can depend on: its container markers as written, its
 * quotes and parentheses, and between them whether there is a space before, a word, a second word, a space after
 * (`"Traders'" said the road reopened.` → `"x'" x x`). A title ends at its closing quote and a link at the `)`
 * after it; nothing else on such a line changes where. Any other line is returned as it is.
 */
export function closersOnly(line: string): string {
  const markers = MARKERS.exec(line)?.[0] ?? '';
  const words = line.slice(markers.length);
  // Only a line the skeleton may make one letter anyway: no block starts there, no bracket, tag, code or escape.
  if (words.length < 2 || !PLAIN.test(words) || ORDERED.test(words) || !NO_BRACKETS.test(words)) return line;
  return (
    markers +
    words.replace(WORDS, (run) => {
      const trimmed = run.trim();
      if (trimmed === '') return ' ';
      return `${/^\s/.test(run) ? ' ' : ''}x${/\s/.test(trimmed) ? ' x' : ''}${/\s$/.test(run) ? ' ' : ''}`;
    })
  );
}

/** The text the link parse reads, line by line: `from[i]` is the body line of input line `i`; `keep[i]` as written. */
export interface LinkInput {
  input: string[];
  from: number[];
  keep: boolean[];
}

/**
 * The body's lines for the link parse: `closers` lines cut to their closers, and a run of them under the same
 * container markers joined into one line (a line break there is a space to a title, and a paragraph of thousands
 * of lines costs the parser seconds where one long line costs milliseconds); other lines as they are.
 */
export function linkInput(lines: readonly string[], opts: { leaveOutLinkless?: boolean } = {}): LinkInput {
  const use = linkLines(lines);
  // Whole blocks without links are left out (linkless-blocks.ts): the parser's cost is per block.
  const linkless = opts.leaveOutLinkless === false ? undefined : linklessBlocks(lines);
  const out: LinkInput = { input: [], from: [], keep: [] };
  let runMarkers: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (linkless?.[i]) continue;
    const line = lines[i] ?? '';
    const cut = use[i] === 'closers' ? closersOnly(line) : line;
    if (cut === line || use[i] !== 'closers') {
      out.input.push(line);
      out.from.push(i);
      out.keep.push(use[i] !== 'prose');
      runMarkers = undefined;
      continue;
    }
    const markers = MARKERS.exec(line)?.[0] ?? '';
    if (runMarkers === markers) {
      out.input[out.input.length - 1] += ` ${cut.slice(markers.length)}`;
      continue;
    }
    out.input.push(cut);
    out.from.push(i);
    out.keep.push(true);
    runMarkers = markers;
  }
  return out;
}
