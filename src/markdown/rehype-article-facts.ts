/**
 * The one step that records the facts of a finished article body, read by everything after the pipeline
 * (src/build/article-facts.ts): it runs last, on the sanitised, typeset tree, so the facts describe exactly what
 * readers get and whatever the sanitiser removed (`<template>`, `<textarea>`, `<svg>`, `<noscript>`, scripts,
 * comments) counts for nothing.
 *
 * - `text`: the text a reader sees (what search indexes). Blocks are separated by a space so words never run
 *   together; image alt text counts (readers of the page get it), preformatted code blocks do not.
 * - `wordCount`: the words of that text (reading time, JSON-LD), so markup, URLs and code never count, in any
 *   fence style.
 * - `headings`: recorded by rehype-article-html, which gives them their ids.
 * The tree is not changed.
 */
import type { Element, Root, RootContent } from 'hast';
import { countWords } from '#/domain/reading.ts';

/** What the pipeline records for each body (`file.data.facts`). */
export interface BodyFacts {
  text: string;
  wordCount: number;
}

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

export default function rehypeArticleFacts() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const text = plainText(tree);
    const facts: BodyFacts = { text, wordCount: countWords(text) };
    file.data['facts'] = facts;
  };
}
