/**
 * What `npm run related` explains, for every visible article at once: the site's content checked and read as the
 * build reads it (visible articles by the build's clock, each body rendered with the loader's arguments and Markdown
 * mode), then the one computation the pages' "Related" comes from (src/domain/related/links.ts), with near misses
 * and shared evidence added. Kept apart from the printing so a test compares it with the pages.
 */
import { checkContent, contentDirFor, type CheckedContent } from '#/check/content-check.ts';
import { relatedLinks, type LinkableArticle, type RelatedLinks } from '#/domain/related/links.ts';
import { relatableOf } from '#/domain/related/rendered.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';
import { pageVisibility, type BuildContext } from '#/domain/context.ts';
import { markdownMode } from '#/build/optimise.ts';

/** Near misses listed under the picks (fewer when fewer candidates were ranked). */
export const NEAR_MISSES = 5;
/** Shared names, terms, tags and thread neighbours listed under each pick (of each kind). */
export const SHARED = 4;

export interface RelatedExplained {
  visibility: VisibilityContext;
  content: CheckedContent;
  /** The visible articles, as the related links read them. */
  articles: LinkableArticle[];
  links: Map<string, RelatedLinks>;
}

/** The explanation for the build context `ctx` (`decideContext('build', root)`, as the build decides it). */
export function explainRelated(ctx: BuildContext): RelatedExplained {
  const { root } = ctx;
  const visibility = pageVisibility(ctx);
  const content = checkContent({ root, visibility });
  const visible = content.articles.filter((a) => isVisible(a.data, visibility));
  const articles = relatableOf(visible, { mode: markdownMode, contentDir: contentDirFor(root) });
  return { visibility, content, articles, links: relatedLinks(articles, { nearMisses: NEAR_MISSES, shared: SHARED }) };
}
