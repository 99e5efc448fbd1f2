/**
 * Body rules read from the renderer's own parse (src/markdown/body-tree.ts), parsed once for all of them and only
 * when the body could hold what they look for: raw HTML tags left open (unclosed-tags.ts) and table rows wider than
 * their header (table-cells.ts). Callers run it only after the nesting and amplification limits passed, so the
 * parse is bounded.
 */
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { onePerLine } from './each-line.ts';
import { extraTableCells } from './table-cells.ts';
import { unclosedTags } from './unclosed-tags.ts';

export interface StructureProblem {
  message: string;
  pos: Position;
}

const TAG = /<\/?[A-Za-z]/;
/** A GFM delimiter row: cells of dashes (colons for alignment) separated by pipes. */
const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*\|/m;

export function checkBodyStructure(body: string, bodyLine: number): StructureProblem[] {
  const tags = TAG.test(body);
  const tables = body.includes('|') && DELIMITER_ROW.test(body);
  if (!tags && !tables) return [];
  const tree = parseBody(body);
  const pos = positionFinder(body, bodyLine);
  return [
    ...(tags ? onePerLine(unclosedTags(tree), pos, (n) => `…and ${n} more line${n === 1 ? '' : 's'} below with HTML tags left open; fix them too`) : []),
    ...(tables ? onePerLine(extraTableCells(tree), pos, (n) => `…and ${n} more table row${n === 1 ? '' : 's'} below with more cells than the header; fix them too`) : []),
  ];
}
