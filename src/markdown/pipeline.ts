/**
 * The Markdown pipeline: remark and rehype, with the project's own plugins. Astro's `unified()` processor
 * (astro.config.ts) and the content loader's renderer use these same lists, so every Markdown file is
 * rendered one way.
 *
 * Order matters: raw HTML is parsed into the tree (rehype-raw) BEFORE sanitising, otherwise the sanitiser
 * sees opaque `raw` nodes and lets them through or drops them all.
 */
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import { site } from '../site.config.ts';
import rehypeArticleHtml, { type Heading } from './rehype-article-html.ts';
import remarkArticleLinks from './remark-article-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export const remarkPlugins: RemarkPlugins = [[remarkArticleLinks, { siteUrl: site.url }]];
export const rehypePlugins: RehypePlugins = [rehypeRawWhenNeeded, [rehypeSanitize, sanitizeSchema], rehypeArticleHtml];

/** Footnote ids are left unprefixed here; the sanitiser adds the one `user-content-` prefix. */
export const remarkRehypeOptions = { allowDangerousHtml: true, clobberPrefix: '' };

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

/** A synchronous renderer for article bodies: the same plugins, GFM on, no smart quotes rewriting. */
export function createMarkdownRenderer(): (markdown: string) => RenderedMarkdown {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify)
    .freeze();
  return (markdown) => {
    const file = processor.processSync(markdown);
    return { html: String(file.value), headings: (file.data['headings'] as Heading[] | undefined) ?? [] };
  };
}
