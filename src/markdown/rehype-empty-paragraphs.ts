/**
 * Drops paragraphs that print nothing: `&nbsp;`, `<p>&nbsp;</p>` or `<p><br></p>` spacers an import or a word
 * processor leaves between paragraphs (round 20: one opening the body put a blank gap between the dateline the page
 * prints and the lead). Only whitespace (no-break spaces included) and line breaks: a paragraph with any other
 * content, an image or a word, stays. One walk.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const BLANK = /^[\s\u00A0\u2007\u202F\u3000]*$/;

const printsNothing = (p: Element): boolean =>
  p.children.every((c) => (c.type === 'text' && BLANK.test(c.value)) || (c.type === 'element' && c.tagName === 'br') || c.type === 'comment');

export default function rehypeEmptyParagraphs() {
  return (tree: Root) => {
    const stack: (Root | Element)[] = [tree];
    while (stack.length) {
      const parent = stack.pop()!;
      const children = parent.children as (RootContent | ElementContent)[];
      if (children.some((c) => c.type === 'element' && c.tagName === 'p' && printsNothing(c))) {
        // The line break that followed a dropped paragraph goes with it (and so does one left at the very start).
        const kept: (RootContent | ElementContent)[] = [];
        let dropped = false;
        for (const c of children) {
          const blankText = c.type === 'text' && BLANK.test(c.value);
          if (c.type === 'element' && c.tagName === 'p' && printsNothing(c)) dropped = true;
          else if (!(blankText && (dropped || kept.length === 0))) {
            kept.push(c);
            dropped = false;
          }
        }
        parent.children = kept as typeof parent.children;
      }
      for (const c of parent.children) if (c.type === 'element') stack.push(c);
    }
  };
}
