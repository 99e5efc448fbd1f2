/**
 * Records the text a reader sees in the finished article body, for the search index: it runs last, on the
 * sanitised tree, so whatever the sanitiser removed (`<template>`, `<textarea>`, `<svg>`, `<noscript>`, scripts,
 * comments) cannot be found by search. Blocks are separated by a space so words never run together; image
 * alt text counts (readers of the page get it), preformatted code blocks do not (as before: noise for search).
 * The tree is not changed.
 */
import type { Element, Root, RootContent } from 'hast';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['pre', 'script', 'style', 'template', 'textarea', 'noscript', 'svg', 'math']);

export function plainText(tree: Root): string {
  const parts: string[] = [];
  // Iterative: nesting is bounded by the content check, but a walker should not depend on it.
  const stack: (RootContent | string)[] = [...tree.children].reverse();
  while (stack.length) {
    const node = stack.pop() as RootContent | string;
    if (typeof node === 'string') {
      parts.push(node);
    } else if (node.type === 'text') {
      parts.push(node.value);
    } else if (node.type === 'element') {
      const el = node as Element;
      if (SKIPPED.has(el.tagName) || el.properties['hidden'] !== undefined && el.properties['hidden'] !== false) continue;
      if (el.tagName === 'img' && typeof el.properties['alt'] === 'string') parts.push(el.properties['alt']);
      const block = BLOCKS.has(el.tagName);
      if (block) stack.push(' ');
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as RootContent);
      if (block) parts.push(' ');
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export default function rehypeSearchText() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    file.data['searchText'] = plainText(tree);
  };
}
