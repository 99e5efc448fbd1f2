/**
 * Raw `<tt>` (HTML's old "teletype text", still typed for command names and options) is read as `<code>`, its
 * modern equivalent: the sanitiser drops `<tt>` and keeps its words, so typography set `--old` as "–old", while
 * `<code>`, `<kbd>`, `<samp>` and `<var>` keep text as written (rehype-typography.ts). Runs before the sanitiser.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './each-element.ts';

export default function rehypeTeletypeAsCode() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      if (node.tagName === 'tt') node.tagName = 'code';
    });
  };
}
