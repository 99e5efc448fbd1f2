/**
 * How a `<ruby>` reads as plain text (search, word count, the lead, a heading's text): the word and its reading
 * apart, as the page's text reads in a browser that cannot show ruby. With `<rp>` parentheses they are the
 * separation (`東京(とうきょう)`); without, a space either side of the reading (`東京 とうきょう`), never the
 * glued `東京とうきょう`.
 */
import type { Element, ElementContent } from 'hast';

const SPACE: ElementContent = { type: 'text', value: ' ' };
const isPart = (n: ElementContent | undefined, name: string) => n?.type === 'element' && n.tagName === name;
const blank = (n: ElementContent) => n.type === 'text' && n.value.trim() === '';

/** A ruby's children with a space either side of each reading that has no `<rp>` beside it. */
export function rubyTextChildren(ruby: Element): ElementContent[] {
  const kids = ruby.children.filter((n) => !blank(n));
  const out: ElementContent[] = [];
  kids.forEach((n, i) => {
    const reading = isPart(n, 'rt');
    if (reading && !isPart(kids[i - 1], 'rp')) out.push(SPACE);
    out.push(n);
    if (reading && !isPart(kids[i + 1], 'rp')) out.push(SPACE);
  });
  return out;
}

/** The text of an element (hast-util-to-string's), its rubies read as above. */
export function readingText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return (node.tagName === 'ruby' ? rubyTextChildren(node) : node.children).map(readingText).join('');
}
