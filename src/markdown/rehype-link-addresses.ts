/**
 * Link and image addresses as browsers read them, before the sanitiser judges them: a kept scheme in any case
 * (`HTTPS://`, `Mailto:`) is written in lower case, and tabs and line breaks inside an address are dropped (a
 * browser drops them too), so the sanitiser's allow-list sees what a reader's browser would follow: an uppercase
 * `HTTPS://` link is kept instead of silently losing its href, and `java\tscript:` is judged as `javascript:`.
 * After sanitising, an address that is still malformed (src/domain/url-syntax.ts; the content check reports it) is
 * removed by rehype-valid-html.ts, so a page never carries an invalid URL.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './each-element.ts';
import { browserForm, lowerKeptScheme } from '#/domain/url-syntax.ts';

const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

export default function rehypeLinkAddresses() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = lowerKeptScheme(browserForm(value));
      }
    });
  };
}
