/**
 * A numbered list whose numbers the page does not show as typed (round 29a #1). CommonMark takes a list's first
 * number and counts up from it: a countdown `3. 2. 1.` is published 3, 4, 5 (the busiest crossing ranked fifth),
 * `1. 3. 7.` as 1, 2, 3, and two paragraphs opening with years (`2008.` … `2011.`) as one list, 2008 and 2009: the
 * year 2011 gone from the page, the feeds and the search. Numbers that count up by one from the first, or all the
 * same (`1. 1. 1.`, the usual way to let Markdown number), print as meant; anything else is one line.
 */
import type { List, Nodes } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import type { LineProblem } from './each-line.ts';

/** Cheap test first: two lines that start (after a quote mark or indent) with a number and `.` or `)`. */
const TWO_NUMBERED = /(?:^|\n)[ \t>]*\d{1,9}[.)](?:[ \t]|\n|$)[\s\S]*?\n[ \t>]*\d{1,9}[.)](?:[ \t]|\n|$)/;
/** Numbers quoted in a line, at most. */
const SHOWN = 6;
/** Lists told per body, at most. */
const MAX_LISTS = 20;

/** `parsed`: the body's parse, shared with the other rules that read it (body-rules.ts). */
export function listNumberProblems(body: string, bodyLine: number, parsed: () => Nodes = () => parseBody(body)): LineProblem[] {
  if (!TWO_NUMBERED.test(body)) return [];
  const out: LineProblem[] = [];
  const visit = (node: Nodes) => {
    if (out.length >= MAX_LISTS) return;
    if (node.type === 'list' && node.ordered && node.children.length > 1) {
      const problem = judge(node, body);
      if (problem && node.position) out.push({ message: problem, pos: { line: bodyLine + node.position.start.line - 1, column: node.position.start.column } });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parsed());
  return out;
}

function judge(list: List, body: string): string | undefined {
  const typed: number[] = [];
  let delimiter = '.';
  for (const item of list.children) {
    const m = /^(\d{1,9})([.)])/.exec(body.slice(item.position?.start.offset ?? 0, (item.position?.start.offset ?? 0) + 12));
    if (!m) return undefined;
    typed.push(Number(m[1]));
    delimiter = m[2]!;
  }
  const start = typed[0]!;
  if (typed.every((n, i) => n === start + i) || typed.every((n) => n === start)) return undefined;
  const shown = (ns: readonly number[]) => (ns.length > SHOWN ? `${ns.slice(0, SHOWN).join(', ')}, …` : ns.join(', '));
  const printed = typed.map((_, i) => start + i);
  const head = `this list is numbered ${shown(typed)} as typed, but a Markdown list counts up from its first number, so the page shows ${shown(printed)}`;
  const escaped = typed.slice(0, 3).map((n) => `"${n}\\${delimiter}"`);
  const keep = `write each number with a backslash before the "${delimiter}" (${escaped.join(', ')}${typed.length > 3 ? ' …' : ''}) and a blank line between them, so each is a paragraph that keeps its number`;
  // Paragraphs that open with years (`2008.` … `2011.`): never a list.
  if (typed.some((n) => n >= 1000)) return `${head}; ${keep}`;
  const countdown = typed.every((n, i) => i === 0 || n === typed[i - 1]! - 1);
  if (countdown) return `${head}; to count down, write the list as HTML, <ol reversed start="${start}"> with an <li> for each item, or number the items upward`;
  return `${head}; renumber the items in order, or, to keep these numbers, ${keep}`;
}
