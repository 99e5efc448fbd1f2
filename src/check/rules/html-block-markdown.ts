/**
 * Markdown written inside a raw HTML block that CommonMark shows as typed: `<div>` on its own line, then Markdown
 * lines with no blank line between, then `</div>`. An HTML block runs to the next blank line and its text is
 * passed through as HTML, so `[the earlier closure](../10/story.md)` and `**the figures**` reach readers with their
 * brackets and asterisks (and the link goes nowhere). One line per block, decided from the renderer's own parse
 * (src/markdown/pipeline.ts), and only when the block's text holds links, images or emphasis.
 *
 * The parse is the costly part, so it runs only on bodies where a line opening with a tag is followed directly by
 * a line of text (a cheap scan); elements whose text is meant as typed or is never shown (`<pre>`, `<script>`,
 * `<template>`, …) are left alone.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { markdownPlugins } from '#/markdown/pipeline.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import type { Position } from '#/check/frontmatter.ts';

export interface HtmlBlockProblem {
  message: string;
  pos: Position;
}

// A line that opens with a tag (inside quotes and list items too), with a line of text right after it.
const CANDIDATE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?<\/?[A-Za-z][^\n]*\n[ \t>]*[^\s>]/m;
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;
const AS_TYPED = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea', ...(sanitizeSchema.strip ?? [])]);
const TAGS_AND_COMMENTS = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;
// Links and images (`[…](…)`, `[…][…]`) and emphasis (`**…**`, `__…__`, `*…*`, `_…_`), each within one line.
const MARKDOWN = [
  /\[[^\]\n]{1,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,500}\])/,
  /\*\*(?=\S)[^*\n]{0,500}?\S\*\*|(?<![\p{L}\p{N}_])__(?=\S)[^_\n]{0,500}?\S__(?![\p{L}\p{N}_])/u,
  /(?<![\p{L}\p{N}*])\*(?=[^\s*])[^*\n]{0,500}?[^\s*]\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=[^\s_])[^_\n]{0,500}?[^\s_]_(?![\p{L}\p{N}_])/u,
];

let parser: ReturnType<typeof createParser> | undefined;

function createParser() {
  const processor = unified()
    .use(remarkParse)
    .use(markdownPlugins('fast').remark as PluggableList)
    .freeze();
  return (markdown: string) => processor.parse(markdown) as Root;
}

export function markdownInHtmlBlocks(body: string, bodyLine: number): HtmlBlockProblem[] {
  if (!CANDIDATE.test(body)) return [];
  parser ??= createParser();
  const problems: HtmlBlockProblem[] = [];
  // Iterative: nesting is bounded by the check, but a walker should not depend on it.
  const stack: Nodes[] = [parser(body)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html') {
      const name = TAG_NAME.exec(node.value)?.[1]?.toLowerCase();
      if (!name || AS_TYPED.has(name) || !node.value.includes('\n')) continue;
      const text = node.value.replace(TAGS_AND_COMMENTS, ' ');
      if (!MARKDOWN.some((re) => re.test(text))) continue;
      const at = node.position?.start;
      problems.push({
        message: `Markdown inside <${name}> is shown as typed; leave a blank line after <${name}> and before </${name}>`,
        pos: { line: bodyLine + (at?.line ?? 1) - 1, column: at?.column ?? 1 },
      });
      continue;
    }
    // Block-level HTML only: inline HTML in a paragraph is one tag, and the Markdown around it is rendered.
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || node.type === 'code') continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return problems.sort((a, b) => a.pos.line - b.pos.line);
}
