/**
 * Obsolete elements still typed or pasted, read as their modern equivalents before the sanitiser (which would drop
 * them and keep their words):
 * - `<tt>` (HTML's old "teletype text", still typed for command names and options) is `<code>`: dropped, typography
 *   set `--old` as "–old", while `<code>`, `<kbd>`, `<samp>` and `<var>` keep text as written (rehype-typography.ts);
 * - `<strike>` (old CMS and Word HTML) is `<s>`: dropped, a struck-out figure ("<strike>12</strike> 15 afghanis")
 *   was published as a live one, without a line (round 24b #2).
 */
import type { Element, Root } from 'hast';
import { eachElement } from './each-element.ts';

const MODERN: Record<string, string> = { tt: 'code', strike: 's' };

export default function rehypeObsoleteElements() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      const modern = MODERN[node.tagName];
      if (modern) node.tagName = modern;
    });
  };
}
