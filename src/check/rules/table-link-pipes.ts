/**
 * A `|` inside a link's words in a table row (round 20): `| [Torkham|Khyber](…) | open |`. GFM splits the row at
 * every unescaped `|`, so the cell ends inside the link: the page printed `[Torkham` in one cell and `Khyber](…)`
 * in the next, and under a header one cell short the check's "add a header cell" made it pass. Read on the lines
 * of table rows as written (code blanked), one pass each.
 */
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { onePerLine, type Find, type LineProblem } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

/** A `[`, words with an unescaped `|` and no `]`, then `](`: a link split by the cell delimiter. */
const SPLIT_LINK = /\[(?:[^\]\n|\\]|\\.){0,200}?(?<!\\)\|(?:[^\]\n\\]|\\.){0,200}?\]\(/g;

export function checkTableLinkPipes(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('|') || !body.includes('](')) return [];
  const text = blankCode(body);
  const finds: Find[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (/^\s{0,3}\|/.test(line) || (line.match(/\|/g)?.length ?? 0) >= 2) {
      for (const m of line.matchAll(SPLIT_LINK)) {
        finds.push({ index: offset + m.index, message: `"${truncate(m[0], 60)}…": the "|" inside the link's words ends the table cell there, so the page prints the link as typed across two cells; write it as "\\|"` });
      }
    }
    offset += line.length + 1;
  }
  return onePerLine(finds, positionFinder(body, bodyLine), (n) => `…and ${n} more table rows below with a "|" inside a link's words; write each as "\\|"`);
}
