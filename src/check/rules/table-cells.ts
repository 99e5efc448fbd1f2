/**
 * Table rows with more cells than the header: GFM shows as many columns as the delimiter row has and drops every
 * cell past them without a word (round 10, finding 4), so typed text vanishes from the page. One line per such row,
 * pipe-less rows too, read from the renderer's own parse (body-tree.ts keeps the extra cells in the tree; only the
 * HTML step drops them). Short rows are fine: GFM pads them with empty cells.
 */
import type { Nodes, Root } from 'mdast';
import type { Find } from './each-line.ts';

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ORDINAL[n - 1] ?? `${n}th`;

export function extraTableCells(tree: Root): Find[] {
  const finds: Find[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'table') {
      const columns = node.align?.length ?? node.children[0]?.children.length ?? 0;
      for (const row of node.children) {
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
