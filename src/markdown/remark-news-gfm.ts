/**
 * The GitHub-flavoured Markdown that news copy uses, made cheap: tables, strikethrough and footnotes through
 * their micromark extensions, and bare `https://`, `www.` and e-mail addresses turned into links by a text pass
 * (bare-addresses.ts) instead of the GFM autolink-literal tokenizer, which alone doubles parsing time and is
 * quadratic in a run of trailing punctuation; the links are GFM's (tests/unit/markdown-equivalence.test.ts,
 * tests/unit/round32-w.test.ts). Task lists are left out. `DATELINE_MARKDOWN=reference` switches the pipeline back
 * to full remark-gfm for comparison.
 * Strikethrough needs `~~`: GFM's single-tilde form would strike "5~10 tonnes, and 20~30" through between the
 * two tildes of a range (both pipelines take `STRIKETHROUGH`, so they agree).
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { boundedGfmFootnote } from './bounded-footnotes.ts';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { linkBareAddresses } from './bare-addresses.ts';

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
  return (tree: Root, file: VFile) => linkBareAddresses(tree, file.value === undefined ? undefined : String(file.value));
}
