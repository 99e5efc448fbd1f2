/**
 * Curly quotes, apostrophes and dashes in article bodies (src/domain/typography.ts), on text nodes only: never
 * inside code, preformatted text, keyboard input, sample output, scripts or styles, and never in attributes
 * or URLs, including addresses written out as link text or in prose (`https://example.org/a--b` keeps its two
 * hyphens: a reader who copies it must get the address). Runs last, so heading ids are made from the text as written.
 */
import type { Element, Root, RootContent } from 'hast';
import { typeset } from '#/domain/typography.ts';

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'textarea']);
/** An address written out in the text (`https://…`, `www.…`, `a@b.org`): copied by readers, so never typeset. */
const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>]+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;

/**
 * `text` typeset except the addresses in it, which stay as written. Parts are collected and the last character
 * carried along: reading the end of a growing concatenated string flattens it each time (quadratic in a
 * paragraph of thousands of addresses).
 */
function typesetProse(text: string, prev: string): string {
  if (!/:\/\/|www\.|@/i.test(text)) return typeset(text, prev);
  const parts: string[] = [];
  let last = 0;
  let before = prev;
  for (const m of text.matchAll(ADDRESS)) {
    const prose = typeset(text.slice(last, m.index), before);
    parts.push(prose, m[0]);
    before = m[0].at(-1) ?? (prose.at(-1) ?? before);
    last = m.index + m[0].length;
  }
  parts.push(typeset(text.slice(last), before));
  return parts.join('');
}
/** Elements inside which the previous character carries over (inline text); any other element starts afresh. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

export default function rehypeTypography() {
  return (tree: Root) => {
    let prev = '';
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          node.value = typesetProse(node.value, prev);
          if (node.value) prev = node.value.at(-1)!;
        } else if (node.type === 'element') {
          const el = node as Element;
          if (SKIP.has(el.tagName)) {
            prev = 'x'; // a quote right after code closes
            continue;
          }
          if (!INLINE.has(el.tagName)) prev = '';
          walk(el.children as RootContent[]);
          if (!INLINE.has(el.tagName)) prev = '';
        }
      }
    };
    walk(tree.children);
  };
}
