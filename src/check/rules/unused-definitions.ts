/**
 * Link reference definitions no link or image uses (found by footnotes.ts). Markdown reads such a line
 * (`[1]: 2026`, `[Editor's note]: Revised`) as a definition and the page does not show it, so:
 * - where the renderer's parse (of the body's skeleton, body-structure.ts) confirms the line is a definition and its destination looks like an
 *   address (a scheme, a path, `#`, `www.` or a file name with an extension), it is a link the editor meant to
 *   make: a warning;
 * - where the destination is a plain word or number, it is prose that vanishes: an error, with the backslash fix;
 * - a line the parser does not read as a definition (`[Note]: Revised on Monday` is a paragraph) gets no line.
 * Where an unused definition points is not judged (links.ts skips it): there is no link to follow.
 */
import type { Nodes } from 'mdast';
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { parseSkeleton } from './skeleton-parse.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

export interface UnusedDefinition {
  label: string;
  pos: Position;
}

/** A destination that reads as an address rather than a word of prose. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/|\.\.?\/|#|\?|www\.)|\/|\.[a-z][a-z0-9]{0,5}(?:[?#]|$)/i;

export function unusedDefinitions(body: string, bodyLine: number, unused: UnusedDefinition[]): { message: string; pos: Position; severity: 'error' | 'warning' }[] {
  // The definitions the renderer reads, by the line they start on (of the file).
  const parsed = new Map<number, string>();
  const { tree, toBody } = parseSkeleton(body);
  const pos = positionFinder(body, bodyLine);
  const visit = (node: Nodes) => {
    if (node.type === 'definition') parsed.set(pos(toBody(node.position?.start.offset ?? 0)).line, node.url);
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  const out: { message: string; pos: Position; severity: 'error' | 'warning' }[] = [];
  for (const d of unused) {
    const url = parsed.get(d.pos.line);
    if (url === undefined) continue;
    const shown = `[${truncate(d.label, 40)}]`;
    if (url === '' || ADDRESS.test(url)) {
      out.push({ message: `reference definition ${shown} is not used by any link, so the page does not show this line; link it ([text]${shown}) or remove it`, pos: d.pos, severity: 'warning' });
    } else {
      out.push({
        message: `Markdown reads this line as a link definition (${shown} standing for the address "${truncate(url, 40)}"), so the page does not show it and no link uses it; to print the words, put a backslash before the bracket: \\${shown}: …`,
        pos: d.pos,
        severity: 'error',
      });
    }
  }
  return out;
}
