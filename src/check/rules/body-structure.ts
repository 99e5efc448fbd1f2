/**
 * Body rules read from the renderer's own parse (src/markdown/body-tree.ts), parsed once for all of them and only
 * when the body could hold what they look for: raw HTML tags left open (unclosed-tags.ts) and table rows wider than
 * their header (table-cells.ts). Callers run it only after the nesting and amplification limits passed, so the
 * parse is bounded; and it parses the body's skeleton (note-skeleton.ts: lines of plain words, which hold no tag
 * and no table row, shortened to one letter, every other line as written, long runs of words cut: text-runs.ts),
 * so a 1 MiB story costs milliseconds.
 * A body whose tags all pair up within each stretch between blank lines, or whose table rows are all as wide as
 * their delimiter row at most, is not parsed at all (one pass over its lines): most articles.
 */
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { parseSkeleton } from './skeleton-parse.ts';
import { cutTextRuns } from './text-runs.ts';
import { linesOf } from './printed-as-typed.ts';
import { MARKERS, noteSkeleton } from './note-skeleton.ts';
import { onePerLine } from './each-line.ts';
import { extraTableCells } from './table-cells.ts';
import { unclosedTags } from './unclosed-tags.ts';
import { ENDS_PARAGRAPH } from './paragraph-breakers.ts';

export interface StructureProblem {
  message: string;
  pos: Position;
}

const TAG = /<\/?[A-Za-z]/;
const KEPT_TAG = new RegExp(`<(/?)(${(sanitizeSchema.tagNames ?? []).join('|')})(?=[\\s/>])`, 'gi');
/** The paragraph breakers the page drops (`<nav>`, `<article>` …): they split a sentence all the same. */
const DROPPED_BREAKER = new RegExp(`<(${[...ENDS_PARAGRAPH].filter((n) => !(sanitizeSchema.tagNames ?? []).includes(n)).join('|')})(?=[\\s/>])`, 'gi');
const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr']);
/** A GFM delimiter row: cells of dashes (colons for alignment) separated by pipes. */
const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*\|/m;
const DELIMITER_ROW_LINE = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*\|[-:| \t]*$/;

/** Lines with a block tag inside a sentence parsed per body when nothing else needs the whole body (a flood past them is counted). */
const MAX_SPLIT_LINES = 100;

export function checkBodyStructure(body: string, bodyLine: number): StructureProblem[] {
  const scan = TAG.test(body) ? scanTags(body) : { open: false, splitLines: [] };
  const tags = scan.open || scan.splitLines.length > 0;
  const tables = body.includes('|') && DELIMITER_ROW.test(body) && mayHaveWideRows(body);
  if (!tags && !tables) return [];
  // Sentences split by block tags are judged paragraph by paragraph: when that is all there is to judge, lines past
  // the first MAX_SPLIT_LINES are made plain words first (same length), and cost the parser nothing.
  const { text, unjudged } = !scan.open && !tables ? plainAfter(body, scan.splitLines) : { text: body, unjudged: 0 };
  // Long runs of words are cut too (text-runs.ts: they change nothing about where a tag or a cell stands): a 1 MiB
  // line of prose with block tags in it cost 1.7 s of parse. Uncut, the shared parse of the skeleton is reused.
  const skeleton = noteSkeleton(text);
  const cut = cutTextRuns(skeleton.text);
  const tree = cut.text === skeleton.text && text === body ? parseSkeleton(body).tree : parseBody(cut.text);
  const bodyPos = positionFinder(body, bodyLine);
  const pos = (offset: number) => bodyPos(skeleton.toBody(cut.toSource(offset)));
  const notJudged = unjudged ? ` (past the first ${MAX_SPLIT_LINES} such lines, ${unjudged} more were not judged)` : '';
  return [
    ...(tags ? onePerLine(unclosedTags(tree), pos, (n) => `…and ${n} more line${n === 1 ? '' : 's'} below with HTML tags left open or typed inside a sentence${notJudged}; fix them too`) : []),
    ...(tables ? onePerLine(extraTableCells(tree, cut.text), pos, (n) => `…and ${n} more table row${n === 1 ? '' : 's'} below with more cells than the header; fix them too`) : []),
  ];
}

/** The body with the split lines past the first MAX_SPLIT_LINES made plain words (markers and fences kept). */
function plainAfter(body: string, splitLines: number[]): { text: string; unjudged: number } {
  if (splitLines.length <= MAX_SPLIT_LINES) return { text: body, unjudged: 0 };
  const lines = body.split('\n');
  for (const i of splitLines.slice(MAX_SPLIT_LINES)) {
    const line = lines[i] ?? '';
    const markers = MARKERS.exec(line)?.[0] ?? '';
    if (!/^[`~]/.test(line.slice(markers.length))) lines[i] = markers + 'x'.repeat(line.length - markers.length);
  }
  return { text: lines.join('\n'), unjudged: splitLines.length - MAX_SPLIT_LINES };
}

/**
 * What the parse must judge (a cheap over-estimate; the parse decides): the lines with an `<hr>` or another block
 * element after text (paragraph-breakers.ts), and whether a stretch between blank lines opens some kept element
 * more often than it closes (`open`: then the whole body is parsed, as an element may close blocks later).
 */
function scanTags(body: string): { open: boolean; splitLines: number[] } {
  const splitLines: number[] = [];
  let i = 0;
  for (const [line] of linesOf(body)) {
    if (line.includes('<') && (afterText(line, DROPPED_BREAKER, () => true) || afterText(line, KEPT_TAG, (m) => !m[1] && ENDS_PARAGRAPH.has((m[2] ?? '').toLowerCase())))) splitLines.push(i);
    i++;
  }
  for (const chunk of body.split(/\n[ \t>]*\n/)) {
    if (!chunk.includes('<')) continue;
    const open = new Map<string, number>();
    for (const m of chunk.matchAll(KEPT_TAG)) {
      const name = (m[2] ?? '').toLowerCase();
      if (VOID.has(name)) continue;
      open.set(name, (open.get(name) ?? 0) + (m[1] ? -1 : 1));
    }
    for (const n of open.values()) if (n > 0) return { open: true, splitLines };
  }
  return { open: false, splitLines };
}

/** Whether a match of `pattern` that `accept`s stands after text on its line; one forward pass (a long line too). */
function afterText(chunk: string, pattern: RegExp, accept: (m: RegExpExecArray) => boolean): boolean {
  let lineStart = 0;
  let nextBreak = chunk.indexOf('\n');
  for (const m of chunk.matchAll(pattern)) {
    if (!accept(m)) continue;
    while (nextBreak !== -1 && nextBreak < m.index) {
      lineStart = nextBreak + 1;
      nextBreak = chunk.indexOf('\n', lineStart);
    }
    if (/\S/.test(chunk.slice(lineStart, m.index))) return true;
  }
  return false;
}

/** Cells of a table line as GFM splits them, roughly: unescaped pipes, leading and trailing ones not counted. */
function cellCount(line: string): number {
  const row = line.replace(/^[ \t>]*/, '').replace(/\\\|/g, '').trim();
  return row.replace(/^\|/, '').replace(/\|$/, '').split('|').length;
}

/**
 * Whether a line after a delimiter row has more cells than it, or a backtick (a `|` in a code span splits the cell:
 * round 27b #3); a cheap over-estimate, the parse decides.
 */
function mayHaveWideRows(body: string): boolean {
  let columns = 0;
  for (const line of body.split('\n')) {
    if (line.trim() === '') columns = 0;
    else if (DELIMITER_ROW_LINE.test(line)) columns = cellCount(line);
    else if (columns && line.includes('|') && (line.includes('`') || cellCount(line) > columns)) return true;
  }
  return false;
}
