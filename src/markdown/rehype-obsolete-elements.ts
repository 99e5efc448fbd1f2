/**
 * Obsolete elements still typed or pasted, read as their modern equivalents before the sanitiser (which would drop
 * them and keep their words):
 * - `<tt>` (HTML's old "teletype text", still typed for command names and options) is `<code>`: dropped, typography
 *   set `--old` as "–old", while `<code>`, `<kbd>`, `<samp>` and `<var>` keep text as written (rehype-typography.ts);
 * - `<strike>` (old CMS and Word HTML) is `<s>`: dropped, a struck-out figure ("<strike>12</strike> 15 afghanis")
 *   was published as a live one, without a line (round 24b #2);
 * - `<a name="sec2">` (the 1990s anchor, obsolete since HTML5) is `<a id="sec2">` when it has no id: the sanitiser
 *   keeps no `name`, so `[section two](#sec2)` led nowhere (round 30a #8). The id then takes every id's road: the
 *   sanitiser's `user-content-` prefix (no clobbering), and rehype-valid-html.ts drops a duplicate or one with a space.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './each-element.ts';

const MODERN: Record<string, string> = { tt: 'code', strike: 's', acronym: 'abbr' };

export default function rehypeObsoleteElements() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      const modern = MODERN[node.tagName];
      if (modern) node.tagName = modern;
      const p = node.properties;
      if (node.tagName === 'a' && typeof p['name'] === 'string' && p['name'] !== '' && (p['id'] === undefined || p['id'] === null)) {
        p['id'] = p['name'];
        delete p['name'];
      }
    });
  };
}
