/**
 * A body photo and the caption line the README tells editors to write under it (`*Wagons at the terminal.
 * (Photo: Dateline)*`) become one `<figure>` with a `<figcaption>` (round 29c #2): as two paragraphs, the caption read
 * as an italic sentence of the story, in its type and size, and screen readers never tied it to the photo. A
 * paragraph holding one image alone, with a paragraph right after it (or a line under it in the same paragraph)
 * that is one emphasis alone, is such a pair; anything else stays as written.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

const blank = (n: ElementContent | RootContent) => n.type === 'text' && n.value.trim() === '';
const meaningful = (children: readonly ElementContent[]) => children.filter((c) => !blank(c) && c.type !== 'comment');
const isElement = (n: ElementContent | RootContent | undefined, tag: string): n is Element => n?.type === 'element' && n.tagName === tag;

function figure(img: Element, caption: Element): Element {
  return { type: 'element', tagName: 'figure', properties: {}, children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: caption.children }] };
}

export default function rehypePhotoCaptions() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node) || (node.type === 'element' && node.tagName === 'p')) return;
      const children = node.children as (ElementContent | RootContent)[];
      for (let i = 0; i < children.length; i++) {
        const p = children[i];
        if (!isElement(p, 'p')) continue;
        const inside = meaningful(p.children);
        // `![…](…)` and `*caption*` on the next line: one paragraph.
        if (inside.length === 2 && isElement(inside[0], 'img') && isElement(inside[1], 'em')) {
          children[i] = figure(inside[0], inside[1]);
          continue;
        }
        if (inside.length !== 1 || !isElement(inside[0], 'img')) continue;
        let j = i + 1;
        while (j < children.length && blank(children[j]!)) j++;
        const next = children[j];
        const caption = isElement(next, 'p') ? meaningful(next.children) : [];
        if (caption.length !== 1 || !isElement(caption[0], 'em')) continue;
        children.splice(i, j - i + 1, figure(inside[0], caption[0]));
      }
    });
  };
}
