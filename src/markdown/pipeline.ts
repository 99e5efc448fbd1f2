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
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import { optimise } from '#/build/optimise.ts';
import { site } from '#/site.config.ts';
import rehypeArticleHtml, { type Heading } from './rehype-article-html.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypeSearchText from './rehype-search-text.ts';
import rehypeTypography from './rehype-typography.ts';
import remarkArticleLinks from './remark-article-links.ts';
import remarkNewsGfm from './remark-news-gfm.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export type MarkdownMode = 'fast' | 'reference';
export const markdownMode: MarkdownMode = process.env['DATELINE_MARKDOWN'] === 'reference' || !optimise ? 'reference' : 'fast';

function plugins(mode: MarkdownMode) {
  return {
    remark: [mode === 'reference' ? remarkGfm : remarkNewsGfm, [remarkArticleLinks, { siteUrl: site.url }]] as RemarkPlugins,
    rehype: [mode === 'reference' ? rehypeRaw : rehypeRawWhenNeeded, [rehypeSanitize, sanitizeSchema], rehypeArticleHtml, rehypeTypography, rehypeSearchText] as RehypePlugins,
  };
}

/** Plugin lists for Astro's `unified()` processor (GFM comes from our own list, so its `gfm` option is off). */
export const remarkPlugins: RemarkPlugins = plugins(markdownMode).remark;
export const rehypePlugins: RehypePlugins = plugins(markdownMode).rehype;

/** Footnote ids are left unprefixed here; the sanitiser adds the one `user-content-` prefix. */
export const remarkRehypeOptions = { allowDangerousHtml: true, clobberPrefix: '' };

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** The text readers see, from the sanitised tree (rehype-search-text.ts): what search indexes. */
  text: string;
}

/** A synchronous renderer for article bodies: the same plugins (curly quotes by our own rehype-typography). */
export function createMarkdownRenderer(mode: MarkdownMode = markdownMode): (markdown: string) => RenderedMarkdown {
  const { remark, rehype } = plugins(mode);
  const processor = unified()
    .use(remarkParse)
    .use(remark as PluggableList)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehype as PluggableList)
    .use(rehypeStringify)
    .freeze();
  return (markdown) => {
    const file = processor.processSync(markdown);
    return { html: String(file.value), headings: (file.data['headings'] as Heading[] | undefined) ?? [], text: String(file.data['searchText'] ?? '') };
  };
}
