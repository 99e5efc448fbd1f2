/**
 * Curly quotes, apostrophes and dashes in article bodies (src/domain/typography.ts), on text nodes only: never
 * inside code, preformatted text, keyboard input, sample output, scripts or styles, and never in attributes
 * or URLs, including addresses written out as link text or in prose (`https://example.org/a--b` keeps its two
 * hyphens: a reader who copies it must get the address). Runs last, so heading ids are made from the text as written.
 */
import type { Element, Root, RootContent } from 'hast';
import { typesetProse, type OpenQuotes } from '#/domain/typography.ts';
import { literalText } from './escaped-literals.ts';

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'textarea']);
/** Elements inside which the previous character carries over (inline text); any other element starts afresh. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

export default function rehypeTypography() {
  return (tree: Root) => {
    let prev = '';
    // Whether a double quote is open in the current block, so `x="5"` across inline elements still pairs up.
    let quotes: OpenQuotes = { double: false };
    const startBlock = () => {
      prev = '';
      quotes = { double: false };
    };
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          // Escaped characters (`\-\-force`) arrive as stand-ins typography leaves alone, then become themselves.
          node.value = literalText(typesetProse(node.value, prev, quotes));
          if (node.value) prev = node.value.at(-1)!;
        } else if (node.type === 'element') {
          const el = node as Element;
          if (SKIP.has(el.tagName)) {
            literalsOnly(el.children as RootContent[]);
            prev = 'x'; // a quote right after code closes
            continue;
          }
          if (!INLINE.has(el.tagName)) startBlock();
          walk(el.children as RootContent[]);
          if (!INLINE.has(el.tagName)) startBlock();
        }
      }
    };
    walk(tree.children);
  };
}

/** Text not typeset (code, keyboard input) still gets its escaped characters back. */
function literalsOnly(nodes: RootContent[]): void {
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') node.value = literalText(node.value);
    else if (node.type === 'element') stack.push(...(node.children as RootContent[]));
  }
}
