/**
 * The GitHub-flavoured Markdown that news copy uses, made cheap: tables, strikethrough and footnotes through
 * their micromark extensions, and bare http(s) URLs turned into links by a text pass instead of the GFM
 * autolink-literal tokenizer, which alone doubles parsing time. Task lists and `www.`/e-mail autolinks are
 * left out. `DATELINE_MARKDOWN=reference` switches the pipeline back to full remark-gfm for comparison.
 * Strikethrough needs `~~`: GFM's single-tilde form would strike "5~10 tonnes, and 20~30" through between the
 * two tildes of a range (both pipelines take `STRIKETHROUGH`, so they agree).
 */
import type { Link, PhrasingContent, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { boundedGfmFootnote } from './bounded-footnotes.ts';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { sliceText } from './escaped-literals.ts';
import { bareUrl } from './bare-url-end.ts';

/** One setting for both pipelines: a single `~` is a character, never strikethrough. */
export const STRIKETHROUGH = { singleTilde: false } as const;

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

export default function remarkNewsGfm(this: Processor) {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(STRIKETHROUGH), boundedGfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
  return linkBareUrls;
}

// As GFM: a URL runs to whitespace or `<`; where it ends inside that run is bare-url-end.ts (shared with the check).
const URL_RE = /\bhttps?:\/\/[^\s<]+/g;

/**
 * Each parent's children are rebuilt once (not spliced per text node, which is quadratic in a paragraph with
 * many URLs between other inline nodes, and spreads too many arguments for the stack with a flood of URLs).
 */
function linkBareUrls(tree: Root) {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
    if (!('children' in node)) return undefined;
    const children = node.children as PhrasingContent[];
    if (!children.some((c) => c.type === 'text' && c.value.includes('://'))) return undefined;
    const next: PhrasingContent[] = [];
    for (const child of children) {
      if (child.type !== 'text' || !child.value.includes('://')) {
        next.push(child);
        continue;
      }
      let last = 0;
      for (const m of child.value.matchAll(URL_RE)) {
        const url = bareUrl(m[0]);
        if (url.length <= 'https://'.length) continue;
        if (m.index > last) next.push(sliceText(child, last, m.index));
        next.push({ type: 'link', url, title: null, children: [{ type: 'text', value: url }] } satisfies Link);
        last = m.index + url.length;
      }
      if (last === 0) next.push(child);
      else if (last < child.value.length) next.push(sliceText(child, last));
    }
    (node as { children: PhrasingContent[] }).children = next;
    return undefined;
  });
}
