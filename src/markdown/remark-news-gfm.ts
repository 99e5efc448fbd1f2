/**
 * The GitHub-flavoured Markdown that news copy uses, made cheap: tables, strikethrough and footnotes through
 * their micromark extensions, and bare http(s) URLs turned into links by a text pass instead of the GFM
 * autolink-literal tokenizer, which alone doubles parsing time. Task lists and `www.`/e-mail autolinks are
 * left out. `DATELINE_MARKDOWN=reference` switches the pipeline back to full remark-gfm for comparison.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

export default function remarkNewsGfm(this: Processor) {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
  return linkBareUrls;
}

// As GFM: a URL runs to whitespace or `<`; trailing punctuation and unbalanced `)` are not part of it.
const URL_RE = /\bhttps?:\/\/[^\s<]+/g;

function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    if (ch && '?!.,:*_~\'"'.includes(ch)) end--;
    else if (ch === ')') {
      const open = (url.slice(0, end).match(/\(/g) ?? []).length;
      const close = (url.slice(0, end).match(/\)/g) ?? []).length;
      if (close > open) end--;
      else break;
    } else break;
  }
  return url.slice(0, end);
}

function linkBareUrls(tree: Root) {
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('://')) return undefined;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(URL_RE)) {
      const url = trimUrl(m[0]);
      if (url.length <= 'https://'.length) continue;
      if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) } satisfies Text);
      parts.push({ type: 'link', url, title: null, children: [{ type: 'text', value: url }] } satisfies Link);
      last = m.index + url.length;
    }
    if (parts.length === 0) return undefined;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}
