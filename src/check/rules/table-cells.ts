/**
 * Table rows with more cells than the header: GFM shows as many columns as the delimiter row has and drops every
 * cell past them without a word (round 10, finding 4), so typed text vanishes from the page. One line per such row,
 * pipe-less rows too, read from the renderer's own parse (body-tree.ts keeps the extra cells in the tree; only the
 * HTML step drops them). Short rows are fine: GFM pads them with empty cells.
 * A `|` inside a code span in a row (`` `a | b` ``) ends the cell there all the same: the page printed "`a" and
 * "b`" in two cells, and "add a header cell" made that pass (round 27b #3); such a row is told to write `\|`.
 */
import type { Nodes, Root } from 'mdast';
import type { Find } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ORDINAL[n - 1] ?? `${n}th`;

/** `text`: what the tree was parsed from (its offsets index it). */
export function extraTableCells(tree: Root, text: string): Find[] {
  const finds: Find[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'table') {
      const columns = node.align?.length ?? node.children[0]?.children.length ?? 0;
      for (const row of node.children) {
        const start = row.position?.start.offset;
        const split = start === undefined ? undefined : pipeInCode(text.slice(start, row.position?.end.offset));
        if (split && start !== undefined) {
          const fixed = split.code.replace(/(?<!\\)\|/g, '\\|');
          finds.push({ index: start + split.index, message: `the "|" inside ${truncate(split.code, 60)} ends the table cell there, so the page prints the code as typed, split across two cells; write it ${truncate(fixed, 62)}` });
          continue;
        }
        const cells = row.children.length;
        if (cells <= columns) continue;
        const extra = cells - columns;
        const which = extra === 1 ? `the ${ordinal(cells)} would not be shown` : `the ${ordinal(columns + 1)} to the ${ordinal(cells)} would not be shown`;
        const fix = extra === 1 ? 'add a header cell (and a delimiter cell) or remove it' : 'add header cells (and delimiter cells) or remove them';
        finds.push({
          index: row.children[columns]?.position?.start.offset ?? row.position?.start.offset ?? 0,
          message: `table row has ${cells} cells, the header ${columns}: ${which}; ${fix}`,
        });
      }
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return finds;
}

/**
 * The first code span of a row as written (backtick runs paired as CommonMark pairs them, read across the cell
 * pipes) that holds an unescaped `|`: its text and where that pipe stands. Linear: each run's next run of the same
 * length is found in one backward pass, and the spans do not overlap.
 */
function pipeInCode(row: string): { code: string; index: number } | undefined {
  if (!row.includes('`')) return undefined;
  const runs = [...row.matchAll(/`+/g)].filter((m) => row[m.index - 1] !== '\\');
  const next: number[] = [];
  const last = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]![0].length;
    next[i] = last.get(length) ?? -1;
    last.set(length, i);
  }
  for (let i = 0; i < runs.length; ) {
    const j = next[i]!;
    if (j < 0) {
      i++;
      continue;
    }
    const from = runs[i]!.index;
    const to = runs[j]!.index + runs[j]![0].length;
    const pipe = /(?<!\\)\|/.exec(row.slice(from, to));
    if (pipe) return { code: row.slice(from, to), index: from + pipe.index };
    i = j + 1;
  }
  return undefined;
}
