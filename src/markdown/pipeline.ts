/**
 * The Markdown pipeline: remark and rehype, with the project's own plugins. Astro's `unified()` processor
 * (astro.config.ts) and the content loader's renderer use these same lists, so every Markdown file is
 * rendered one way.
 *
 * Order matters: raw HTML is parsed into the tree (rehype-raw) BEFORE sanitising, otherwise the sanitiser
 * sees opaque `raw` nodes and lets them through or drops them all.
 *
 * Two speed-ups are switchable for comparison: `DATELINE_MARKDOWN=reference` uses full remark-gfm and runs
 * rehype-raw on every body; the default uses the GFM features news copy needs (remark-news-gfm) and skips
 * rehype-raw where there is no raw HTML. Tests render the same copy both ways and compare.
 */
// First: every Markdown parse in a process that renders or checks is linear in the blocks that close.
import './micromark-linear.ts';
import { relative, sep } from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import { site } from '#/site.config.ts';
import rehypeArticleHtml from './rehype-article-html.ts';
import rehypeAllowedImages from './rehype-allowed-images.ts';
import rehypeLinkAddresses from './rehype-link-addresses.ts';
import rehypeObsoleteElements from './rehype-obsolete-elements.ts';
import rehypeSiteLinks from './rehype-site-links.ts';
import rehypeValidHtml from './rehype-valid-html.ts';
import rehypeEmptyParagraphs from './rehype-empty-paragraphs.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypeArticleFacts, { type BodyFacts } from './rehype-article-facts.ts';
import rehypeTypography from './rehype-typography.ts';
import rehypeFootnoteLanguage from './rehype-footnote-language.ts';
import rehypeBidiIsolate from './rehype-bidi-isolate.ts';
import rehypeCodeWords from './rehype-code-words.ts';
import remarkNewsGfm, { STRIKETHROUGH } from './remark-news-gfm.ts';
import remarkRawAnchorText from './remark-raw-anchor-text.ts';
import remarkBareUrlEnd from './remark-bare-url-end.ts';
import remarkFootnoteOutOfLink from './remark-footnote-out-of-link.ts';
import remarkFootnoteIds from './remark-footnote-ids.ts';
import remarkEscapedLiterals from './escaped-literals.ts';
import remarkLegacyReferences from './remark-legacy-references.ts';
import rehypePhotoCaptions from './rehype-photo-captions.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { hostKeepingHandlers } from './markdown-hrefs.ts';
import { htmlScanProblem } from './html-scan-cost.ts';

/** Which pipeline renders: the build picks one from its switches (src/build/optimise.ts). */
export type MarkdownMode = 'fast' | 'reference';

/** Plugin lists for Astro's `unified()` processor (GFM comes from our own list, so its `gfm` option is off). */
export function markdownPlugins(mode: MarkdownMode): { remark: RemarkPlugins; rehype: RehypePlugins } {
  return {
    remark: [...(mode === 'reference' ? [[remarkGfm, STRIKETHROUGH], remarkBareUrlEnd] : [remarkNewsGfm]), remarkRawAnchorText, remarkFootnoteOutOfLink, remarkEscapedLiterals, remarkFootnoteIds, remarkLegacyReferences] as RemarkPlugins,
    rehype: [
      mode === 'reference' ? rehypeRaw : rehypeRawWhenNeeded,
      rehypeLinkAddresses,
      [rehypeSiteLinks, { siteUrl: site.url }],
      rehypeFootnoteLanguage,
      rehypeObsoleteElements,
      [rehypeSanitize, sanitizeSchema],
      rehypeAllowedImages,
      rehypeValidHtml,
      rehypeEmptyParagraphs,
      rehypePhotoCaptions,
      rehypeArticleHtml,
      rehypeTypography,
      rehypeBidiIsolate,
      rehypeCodeWords,
      [rehypeArticleFacts, { siteUrl: site.url }],
    ] as RehypePlugins,
  };
}

/**
 * Footnote ids are left unprefixed here; the sanitiser adds the one `user-content-` prefix. Link and image hosts are
 * kept as written, as raw HTML's are (markdown-hrefs.ts).
 */
export const remarkRehypeOptions = { allowDangerousHtml: true, clobberPrefix: '', handlers: hostKeepingHandlers };

/** A rendered body: its HTML and the facts recorded from the finished tree (rehype-article-facts.ts). */
export interface RenderedMarkdown extends BodyFacts {
  html: string;
}

/**
 * Where the body comes from: `articleInContent`, the file's path inside the content folder
 * (`articles/2026/11/story.md`), lets the renderer judge where local image paths lead (rehype-allowed-images.ts).
 */
export interface RenderSource {
  articleInContent?: string | undefined;
}

/** The source of the file at `path` in the content folder `contentDir`, as the build's loader and `npm run related` render it. */
export function renderSourceOf(contentDir: string, path: string): RenderSource {
  return { articleInContent: relative(contentDir, path).split(sep).join('/') };
}

/**
 * A synchronous renderer for article bodies: the same plugins (curly quotes by our own rehype-typography). `lang`:
 * the article's language, for the words the renderer adds (footnote labels; the site's language when unset).
 */
export function createMarkdownRenderer(mode: MarkdownMode = 'fast'): (markdown: string, lang?: string, source?: RenderSource) => RenderedMarkdown {
  const { remark, rehype } = markdownPlugins(mode);
  const processor = unified()
    .use(remarkParse)
    .use(remark as PluggableList)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehype as PluggableList)
    .use(rehypeStringify)
    .freeze();
  return (markdown, lang, source) => {
    // The parser's one quadratic step (unclosed inline notes, html-scan-cost.ts): a body the check refused for
    // it is never parsed here, whichever path hands it over; the caller prints the reason as one line.
    const tooCostly = htmlScanProblem(markdown);
    if (tooCostly) throw new Error(tooCostly);
    const articleInContent = source?.articleInContent;
    const file = processor.processSync({ value: markdown, data: { ...(lang === undefined ? {} : { lang }), ...(articleInContent === undefined ? {} : { articleInContent }) } });
    return { html: String(file.value), ...(file.data['facts'] as BodyFacts) };
  };
}
