/**
 * A body photo and the caption line the README tells editors to write under it (`*Wagons at the terminal.
 * (Photo: Dateline)*`) become one `<figure>` with a `<figcaption>` (round 29c #2): as two paragraphs, the caption read
 * as an italic sentence of the story, in its type and size, and screen readers never tied it to the photo. A
 * paragraph (or tight list item: round 37a #3) holding one image alone, with a paragraph right after it (or a line
 * under it in the same paragraph) that is one emphasis alone, is such a pair; a credit in brackets after the emphasis
 * (`*Farmers at work.* (Photo: Ahmad Zia)`) is part of the caption. The lines typed right under the caption line, with
 * no blank line between (round 37a #1: the lead, or a second photo), are a paragraph of their own after the figure,
 * as the editor saw them; anything else stays as written.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { visit } from 'unist-util-visit';

type Content = ElementContent | RootContent;
const blank = (n: Content) => (n.type === 'text' && n.value.trim() === '') || (n.type === 'element' && n.tagName === 'br');
const meaningful = (children: readonly Content[]) => children.filter((c) => !blank(c) && c.type !== 'comment');
const isElement = (n: Content | undefined, tag: string): n is Element => n?.type === 'element' && n.tagName === tag;
/** A credit in brackets after the caption's emphasis: `(Photo: Ahmad Zia)`. */
const CREDIT = /^\s*\([^()\n]{1,200}\)\s*$/;

/** The figcaption's content when `nodes` are a caption line: one emphasis, maybe a credit in brackets after it. */
function captionOf(nodes: readonly Content[]): ElementContent[] | undefined {
  const [em, credit, ...more] = meaningful(nodes);
  if (!isElement(em, 'em') || more.length > 0) return undefined;
  if (credit === undefined) return em.children;
  return credit.type === 'text' && CREDIT.test(credit.value) ? [...em.children, { type: 'text', value: ` ${credit.value.trim()}` }] : undefined;
}

function figure(img: Element, caption: ElementContent[]): Element {
  return { type: 'element', tagName: 'figure', properties: {}, children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: caption }] };
}

/** `children` cut at their line breaks (a newline in a text node), each line's nodes in order. */
function linesOf(children: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const c of children) {
    if (c.type !== 'text' || !c.value.includes('\n')) {
      lines.at(-1)!.push(c);
      continue;
    }
    c.value.split('\n').forEach((part, k) => {
      if (k > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push({ type: 'text', value: part } satisfies Text);
    });
  }
  return lines;
}

/**
 * A photo paragraph (or list item's content) as a figure, and the lines typed under its caption line as a paragraph
 * of their own; undefined when `children` are not a photo and its caption line.
 */
function photoWithCaption(children: readonly ElementContent[]): { figure: Element; rest?: Element } | undefined {
  const [img, ...after] = meaningful(children) as ElementContent[];
  if (!isElement(img, 'img')) return undefined;
  // `![…](…) *caption*` on one line, or on two with nothing more.
  const whole = captionOf(after);
  if (whole) return { figure: figure(img, whole) };
  const lines = linesOf(children);
  const [photoLine = [], captionLine = [], ...restLines] = lines;
  const caption = meaningful(photoLine).length === 1 ? captionOf(captionLine) : undefined;
  if (!caption || restLines.every((line) => meaningful(line).length === 0)) return undefined;
  return { figure: figure(img, caption), rest: paragraphOf(restLines) };
}

/** Lines (from {@link linesOf}) as one paragraph again, joined by the line breaks between them. */
function paragraphOf(lines: readonly ElementContent[][]): Element {
  const children = lines.flatMap((line, k) => (k === 0 ? line : [{ type: 'text', value: '\n' } satisfies Text, ...line]));
  return { type: 'element', tagName: 'p', properties: {}, children };
}

export default function rehypePhotoCaptions() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node) || (node.type === 'element' && node.tagName === 'p')) return;
      const children = node.children as Content[];
      // A tight list item holds its photo and caption line without a paragraph: `- ![x](a.jpg)` / `  *caption*`.
      if (isElement(node as Content, 'li') && !children.some((c) => isElement(c, 'p'))) {
        const pair = photoWithCaption(children as ElementContent[]);
        if (pair) node.children = pair.rest ? [pair.figure, { type: 'text', value: '\n' }, pair.rest] : [pair.figure];
        return;
      }
      for (let i = 0; i < children.length; i++) {
        const p = children[i];
        if (!isElement(p, 'p')) continue;
        const pair = photoWithCaption(p.children);
        if (pair) {
          children.splice(i, 1, ...(pair.rest ? [pair.figure, { type: 'text', value: '\n' } satisfies Text, pair.rest] : [pair.figure]));
          continue;
        }
        const inside = meaningful(p.children);
        if (inside.length !== 1 || !isElement(inside[0], 'img')) continue;
        let j = i + 1;
        while (j < children.length && blank(children[j]!)) j++;
        const next = children[j];
        if (!isElement(next, 'p')) continue;
        const caption = captionOf(next.children);
        if (caption) {
          children.splice(i, j - i + 1, figure(inside[0], caption));
          continue;
        }
        // The caption line after a blank one, with the lead typed right under it: the lead is a paragraph of its own.
        const [captionLine = [], ...restLines] = linesOf(next.children);
        const lineCaption = captionOf(captionLine);
        if (!lineCaption) continue;
        children.splice(i, j - i + 1, figure(inside[0], lineCaption), { type: 'text', value: '\n' }, paragraphOf(restLines));
      }
    });
  };
}
