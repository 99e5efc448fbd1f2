/**
 * A line typed straight under a quote, a list item, a footnote or a table, without a blank line between (round 25b
 * #9, #12). CommonMark reads a text line under a quote's or item's paragraph as more of that paragraph (a "lazy
 * continuation line"), so a reporter's sentence is printed inside the speaker's quote, a closing paragraph is moved
 * into the footnotes at the foot of the story, and a source line under a table becomes a row of it.
 *
 * Read from the renderer's parse (body-tree.ts): a line of a quote's, item's or footnote's paragraph is lazy when it
 * lacks what that container needs (`>`, the item's indent, four spaces for a footnote). Hard-wrapped copy carries quotes and items on this way on purpose, so only a line
 * that starts a new sentence is named: an error when the context says it is not the container's (the quote's words
 * closed their quotation marks, the item is a few words and the line a whole sentence, a footnote), a warning when
 * it may be meant, nothing in a story hard-wrapped elsewhere too. A line under a table with no `|` is always a slip.
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { Diagnostic } from '#/check/diagnostics.ts';
import type { LineProblem } from './each-line.ts';
import { MARKERS } from './note-skeleton.ts';

export type LazyLineProblem = LineProblem & { severity?: Diagnostic['severity'] };

type Container = Extract<Nodes, { type: 'blockquote' | 'listItem' | 'footnoteDefinition' }>;

/** A line's quote marks, then an item's or a footnote's start. */
const QUOTES = /^(?: {0,3}>[ \t]?)*/;
const ITEM_START = /^ {0,3}(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\[\^[^\]\n]*\]:)/;
const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*\|[-:| \t]*$/;
/** A sentence's end, before closing quotes, brackets or emphasis (Latin, Arabic-script, CJK stops). */
const ENDS_SENTENCE = /[.!?…؟۔。！？]["'”’»)\]*_]*$/u;
/** A sentence's start: a capital, a digit, or a letter of a script without capitals, after opening quotes. */
const STARTS_SENTENCE = /^[*_"'“‘«(\[]*[\p{Lu}\p{Lt}\p{Nd}\p{Lo}]/u;
/** A list item this short is a bullet point, not a paragraph hard-wrapped at its first line. */
const SHORT_ITEM = 40;
/** A hard-wrapped paragraph's first line is at least this long (a short one is a line broken on purpose). */
const WRAP_WIDTH = 40;
const MAX_LINES = 20;

/**
 * Whether a line may be lazy (fewer `>` than the line before, or under an item or footnote and indented less than
 * four) or a row typed under a table: one pass, so most bodies cost no parse.
 */
export function mayHaveLazyLine(body: string): boolean {
  let item = false;
  let table = false;
  let blankBefore = true;
  let quotesBefore = 0;
  for (const line of body.split('\n')) {
    const marks = QUOTES.exec(line)?.[0] ?? '';
    const rest = line.slice(marks.length);
    if (rest.trim() === '') {
      blankBefore = true;
      table = false;
      continue;
    }
    const quotes = marks.length - marks.replaceAll('>', '').length;
    const indent = rest.length - rest.trimStart().length;
    const starts = ITEM_START.test(rest);
    if (!blankBefore && (quotes < quotesBefore || (item && !starts && indent < 4) || (table && !line.includes('|')))) return true;
    if (starts) item = true;
    else if (blankBefore && quotes === 0 && indent === 0) item = false;
    if (DELIMITER_ROW.test(line)) table = true;
    blankBefore = false;
    quotesBefore = quotes;
  }
  return false;
}

/** `tree`: the renderer's parse of `body` (interrupted-paragraphs.ts parses it once for both rules). */
export function lazyLines(tree: Root, body: string, bodyLine: number): LazyLineProblem[] {
  const lines = body.split('\n');
  const words = (i: number) => (lines[i] ?? '').slice(MARKERS.exec(lines[i] ?? '')?.[0].length ?? 0).trim();
  const hardWrapped = tree.children.some((n) => n.type === 'paragraph' && n.position && n.position.end.line > n.position.start.line && (lines[n.position.start.line - 1] ?? '').trim().length >= WRAP_WIDTH);
  const widths = new Map<Container, number | undefined>();

  /**
   * Where a line's text starts once `chain`'s containers have taken their markers and indents, or the container
   * whose mark the line lacks (it is lazy), or undefined when the line cannot be read so (a tab in the indent).
   */
  const consume = (lineNo: number, chain: readonly Container[]): number | Container | undefined => {
    const line = lines[lineNo - 1] ?? '';
    let pos = 0;
    const spaces = (max: number) => {
      let n = 0;
      while (n < max && line[pos + n] === ' ') n++;
      return line[pos + n] === '\t' ? -1 : n;
    };
    for (let k = 0; k < chain.length; k++) {
      const c = chain[k]!;
      if (c.type === 'blockquote') {
        const n = spaces(3);
        if (n < 0) return undefined;
        if (line[pos + n] !== '>') return c;
        pos += n + 1;
        if (line[pos] === ' ') pos++;
        continue;
      }
      const child = c.children[0];
      if (c.position?.start.line === lineNo) {
        // The container opens on this line: its text starts where its first block does.
        if (!child?.position || child.position.start.line !== lineNo) return undefined;
        pos = child.position.start.column - 1;
        continue;
      }
      const width = c.type === 'footnoteDefinition' ? 4 : itemWidth(c, chain.slice(0, k));
      if (width === undefined) return undefined;
      const n = spaces(width);
      if (n < 0) return undefined;
      if (n < width) return c;
      pos += width;
    }
    return pos;
  };
  /** The indent an item's later lines need: where its first block starts, past the containers around it. */
  const itemWidth = (item: Container, outer: readonly Container[]): number | undefined => {
    if (widths.has(item)) return widths.get(item);
    const child = item.children[0];
    const line = item.position?.start.line ?? 0;
    const before = child?.position?.start.line === line ? consume(line, outer) : undefined;
    const width = typeof before === 'number' && child?.position ? child.position.start.column - 1 - before : undefined;
    widths.set(item, width !== undefined && width > 0 ? width : undefined);
    return widths.get(item);
  };

  const out: LazyLineProblem[] = [];
  const at = (i: number) => ({ line: bodyLine + i, column: 1 + Math.max(0, (lines[i] ?? '').search(/\S/)) });
  const quoted = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);

  const judgeParagraph = (p: Parent, chain: readonly Container[]) => {
    const start = p.position?.start.line ?? 0;
    const end = p.position?.end.line ?? 0;
    for (let lineNo = start + 1; lineNo <= end; lineNo++) {
      const lazy = consume(lineNo, chain);
      if (lazy === undefined) return;
      if (typeof lazy === 'number') continue;
      const i = lineNo - 1;
      const first = start - 1;
      const line = lines[i] ?? '';
      const text = line.slice(QUOTES.exec(line)?.[0].length ?? 0).trim();
      const before = Array.from({ length: i - first }, (_, k) => words(first + k)).join(' ');
      const verdict = judge(lazy, text, words(i - 1), before, hardWrapped);
      if (verdict) out.push({ message: message(lazy, quoted(text), quoted(before), chain), pos: at(i), ...(verdict === 'warning' ? { severity: 'warning' as const } : {}) });
      return;
    }
  };
  const judgeTable = (t: Parent) => {
    for (const row of t.children.slice(1)) {
      const i = (row.position?.start.line ?? 0) - 1;
      if ((lines[i] ?? '').includes('|')) continue;
      const columns = (t.children[0] as Parent | undefined)?.children.length ?? 0;
      out.push({
        message: `"${quoted((lines[i] ?? '').trim())}" is read as a row of the table above; put a blank line before it`,
        pos: at(i),
        // A table of one column may hold rows without bars on purpose.
        ...(columns < 2 ? { severity: 'warning' as const } : {}),
      });
      return;
    }
  };
  const chain: Container[] = [];
  const walk = (node: Root | Nodes) => {
    if (out.length >= MAX_LINES) return;
    if (node.type === 'paragraph') {
      if (chain.length) judgeParagraph(node, chain);
      return;
    }
    if (node.type === 'table') return judgeTable(node);
    if (!('children' in node)) return;
    const container = node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition';
    if (container) chain.push(node);
    for (const child of node.children) walk(child);
    if (container) chain.pop();
  };
  walk(tree);
  return out;
}

/** 'error', 'warning', or undefined for a line that carries its container on as hard-wrapped copy does. */
function judge(c: Container, text: string, previous: string, before: string, hardWrapped: boolean): 'error' | 'warning' | undefined {
  const newSentence = ENDS_SENTENCE.test(previous) && STARTS_SENTENCE.test(text);
  if (c.type === 'blockquote') {
    // `> "We will not sign," he said.` then `Officials later denied it.`: the quote's words are over.
    if (newSentence && closesQuotation(before)) return 'error';
    return newSentence && !hardWrapped ? 'warning' : undefined;
  }
  if (c.type === 'listItem') {
    // `- Cut the fees` then `The traders' union said it would strike on Monday.`
    const wholeSentence = STARTS_SENTENCE.test(text) && (ENDS_SENTENCE.test(text) || text.split(/\s+/).length >= 6);
    if (before.length <= SHORT_ITEM && wholeSentence) return 'error';
    return newSentence && !hardWrapped ? 'warning' : undefined;
  }
  // A footnote's text is written on its own line; a new sentence under it is the story's next paragraph.
  if (newSentence) return hardWrapped ? 'warning' : 'error';
  return hardWrapped ? undefined : 'warning';
}

/** Whether the text holds quotation marks and closes each it opens. */
function closesQuotation(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const curly = count(/“/g);
  const guillemets = count(/«/g);
  const straight = count(/"/g);
  const any = curly + guillemets + straight > 0;
  return any && curly === count(/”/g) && guillemets === count(/»/g) && straight % 2 === 0;
}

function message(c: Container, text: string, before: string, chain: readonly Container[]): string {
  if (c.type === 'blockquote') {
    const depth = chain.slice(0, chain.indexOf(c) + 1).every((x) => x.type === 'blockquote') ? chain.indexOf(c) + 1 : 1;
    return `"${text}" is read as part of the quote above; put a blank line before it, or start it with "${'> '.repeat(depth)}" if it is quoted`;
  }
  if (c.type === 'listItem') {
    return `"${text}" is read as part of the list item above ("${before}"); put a blank line before it, or indent it like the item's words if it belongs to the item`;
  }
  return `"${text}" is read as part of footnote [^${c.label ?? c.identifier}] above, so the page prints it among the notes at the foot of the story; put a blank line before it, or indent it by four spaces if it belongs to the note`;
}
