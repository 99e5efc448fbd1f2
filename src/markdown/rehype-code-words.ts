/**
 * Short inline code with a hyphen in it (`--strict`, `check-content`) is kept on one line (round 36b #4): browsers
 * break a line after a hyphen, so a narrow column showed `check-` at a line's end and `content` on the next, which
 * reads as two words or as a hyphenated one. Code up to {@link MAX_CHARS} characters gets `class="nowrap"`
 * (global.css); longer code may still break, or it would push a phone's column wider. Code blocks (`<pre>`) are
 * left alone: they keep their lines and scroll.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { eachElement } from './each-element.ts';

/** The longest code kept whole, in characters: about half a phone's line in the body's monospace. */
export const MAX_CHARS = 26;
/** A hyphen-minus or a hyphen (U+2010), after which a browser may break the line. */
const HYPHEN = /[-\u2010]/;

function keepsWhole(code: Element): boolean {
  const text = toString(code);
  return HYPHEN.test(text) && [...text].length <= MAX_CHARS;
}

export default function rehypeCodeWords() {
  return (tree: Root) => {
    eachElement(tree, (node, _parent, index) => {
      if (node.tagName === 'pre') return index + 1;
      if (node.tagName !== 'code') return undefined;
      if (keepsWhole(node)) {
        const classes = node.properties['className'];
        node.properties['className'] = [...(Array.isArray(classes) ? classes : []), 'nowrap'];
      }
      return index + 1;
    });
  };
}
