/**
 * Markdown written inside a raw HTML block that CommonMark shows as typed: `<div>` on its own line, then Markdown
 * lines with no blank line between, then `</div>`. An HTML block runs to the next blank line and its text is
 * passed through as HTML, so `[the earlier closure](../10/story.md)` and `**the figures**` reach readers with their
 * brackets and asterisks (and the link goes nowhere). One line per block, decided from the renderer's own parse
 * (src/markdown/pipeline.ts), and only when the block's text holds links, images or emphasis.
 *
 * The parse is the costly part (micromark reads about a megabyte a second), so only windows are parsed: for each
 * line opening with a tag and followed directly by a line of text, the lines from the last blank line before it
 * (at most 20) to the first blank line after it (where an HTML block ends; at most 200 lines, 16 KB), and only when
 * that text holds Markdown syntax. Code, comments and elements whose text is meant as typed or never shown
 * (`<pre>`, `<script>`, `<template>`, …) are blanked first. At most 100 windows and 64 KB of them are parsed per
 * body, so a 1 MiB body of boxes costs a fraction of a second (README, "Trust and limits").
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { markdownPlugins } from '#/markdown/pipeline.ts';
import { htmlScanProblem } from '#/markdown/html-scan-cost.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import type { Position } from '#/check/frontmatter.ts';
import { blankCode } from '#/check/link-scan.ts';

export interface HtmlBlockProblem {
  message: string;
  pos: Position;
}

// A line that opens with a tag (inside quotes and list items too): a block of lines, or one that opens and closes on it.
const CANDIDATE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?<\/?[A-Za-z]/m;
const TAG_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?<\/?[A-Za-z]/;
const BLANK_LINE = /^[ \t>]*\r?$/;
const TAG_NAME = /^\s*<\/?([A-Za-z][A-Za-z0-9-]*)/;
const AS_TYPED = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea', ...(sanitizeSchema.strip ?? [])]);
const AS_TYPED_OPEN = new RegExp(`<!--|<(${[...AS_TYPED].join('|')})\\b`, 'gi');
// Elements without a closing tag (`<img …>` then a caption line): the fix is the blank line after them.
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const TAGS_AND_COMMENTS = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;
// Links and images (`[…](…)`, `[…][…]`) and emphasis (`**…**`, `__…__`, `*…*`, `_…_`), each within one line.
const MARKDOWN = [
  /\[[^\]\n]{1,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,500}\])/,
  /\*\*(?=\S)[^*\n]{0,500}?\S\*\*|(?<![\p{L}\p{N}_])__(?=\S)[^_\n]{0,500}?\S__(?![\p{L}\p{N}_])/u,
  /(?<![\p{L}\p{N}*])\*(?=[^\s*])[^*\n]{0,500}?[^\s*]\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=[^\s_])[^_\n]{0,500}?[^\s_]_(?![\p{L}\p{N}_])/u,
];
const WINDOW = { before: 20, after: 200, chars: 16 * 1024, perBody: 64 * 1024, count: 100 } as const;

let parser: ReturnType<typeof createParser> | undefined;

function createParser() {
  const processor = unified()
    .use(remarkParse)
    .use(markdownPlugins('fast').remark as PluggableList)
    .freeze();
  // A window the parser would rescan quadratically is not parsed: the check refuses the body (html-scan-cost.ts).
  return (markdown: string): Root => (htmlScanProblem(markdown) ? { type: 'root', children: [] } : (processor.parse(markdown) as Root));
}

export function markdownInHtmlBlocks(body: string, bodyLine: number): HtmlBlockProblem[] {
  if (!CANDIDATE.test(body)) return [];
  const lines = blankAsTyped(blankCode(body)).split('\n');
  const problems: HtmlBlockProblem[] = [];
  let budget: number = WINDOW.perBody;
  let windows = 0;
  for (let i = 0; i < lines.length && budget > 0 && windows < WINDOW.count; i++) {
    if (!TAG_LINE.test(lines[i] ?? '')) continue;
    let start = i;
    while (start > 0 && i - start < WINDOW.before && !BLANK_LINE.test(lines[start - 1] ?? '')) start--;
    let end = i + 1;
    while (end < lines.length && end - i < WINDOW.after && !BLANK_LINE.test(lines[end] ?? '')) end++;
    const window = lines.slice(start, end).join('\n').slice(0, Math.min(WINDOW.chars, budget));
    i = end - 1;
    if (!MARKDOWN.some((re) => re.test(window.replace(TAGS_AND_COMMENTS, ' ')))) continue;
    budget -= window.length;
    windows++;
    parser ??= createParser();
    for (const found of blocksShowingMarkdown(parser(window))) {
      problems.push({
        message: found.oneLine
          ? oneLineMessage(found)
          : VOID.has(found.name)
            ? `Markdown after <${found.name}> is shown as typed; leave a blank line after <${found.name}>`
            : `Markdown inside <${found.name}> is shown as typed; leave a blank line after <${found.name}> and before </${found.name}>`,
        pos: { line: bodyLine + start + found.line - 1, column: found.column },
      });
    }
  }
  return problems;
}

interface Found {
  name: string;
  line: number;
  column: number;
  /** The block opens and closes on one line (`<p>… *x* …</p>`): its text, tags blanked, and whether one element holds it. */
  oneLine?: { text: string; single: boolean };
}

/**
 * A block on one line (round 30a #4: WordPress exports keep a post's `<p>`s on one line, Gutenberg a `<p>` between
 * its comments): a blank line after the tag would leave `</p>` on the text's line, so the fix that works is HTML's
 * own markup, quoted from the text, or the text on lines of its own when one element holds it.
 */
function oneLineMessage(found: Found): string {
  const { name, oneLine } = found;
  const text = oneLine?.text ?? '';
  const link = /\[([^\]\n]{1,60})\]\(([^)\s]{1,200})\)/.exec(text);
  const ways = [
    ...(link ? [`<a href="${link[2] ?? ''}">${link[1] ?? ''}</a> for ${link[0]}`] : []),
    ...(MARKDOWN[1]!.test(text) ? ['<strong>…</strong> for **…**'] : []),
    ...(MARKDOWN[2]!.test(text) ? ['<em>…</em> for *…*'] : []),
  ];
  const html = `write it in HTML${ways.length ? ` (${ways.join(', ')})` : ''}`;
  const own = oneLine?.single && !VOID.has(name) ? `, or put the text on a line of its own, with a blank line after <${name}> and before </${name}>` : '';
  return `Markdown inside <${name}> is shown as typed: the block opens and closes on one line, so its text is read as HTML; ${html}${own}`;
}

/** HTML blocks (not inline HTML) in a parsed window whose text holds Markdown syntax: tag name and position. */
function blocksShowingMarkdown(tree: Root): Found[] {
  const found: Found[] = [];
  // Iterative: nesting is bounded by the check, but a walker should not depend on it.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html') {
      const name = TAG_NAME.exec(node.value)?.[1]?.toLowerCase();
      if (!name || AS_TYPED.has(name)) continue;
      const text = node.value.replace(TAGS_AND_COMMENTS, ' ');
      if (!MARKDOWN.some((re) => re.test(text))) continue;
      const at = { name, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      const opens = node.value.match(/<[A-Za-z][^<>]*>/g)?.length ?? 0;
      found.push(node.value.trim().includes('\n') ? at : { ...at, oneLine: { text, single: opens === 1 } });
      continue;
    }
    // Block-level HTML only: inline HTML in a paragraph is one tag, and the Markdown around it is rendered.
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || node.type === 'code') continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Comments and elements shown as typed or never shown, replaced by spaces (line breaks kept); one pass. */
function blankAsTyped(text: string): string {
  let out = '';
  let from = 0;
  AS_TYPED_OPEN.lastIndex = 0;
  for (let m = AS_TYPED_OPEN.exec(text); m; m = AS_TYPED_OPEN.exec(text)) {
    const close = m[1] ? new RegExp(`</${m[1]}\\s*>`, 'ig') : /-->/g;
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text) ? close.lastIndex : text.length;
    out += text.slice(from, m.index) + text.slice(m.index, end).replace(/[^\n]/g, ' ');
    from = end;
    AS_TYPED_OPEN.lastIndex = end;
    if (end === text.length) break;
  }
  return out + text.slice(from);
}
