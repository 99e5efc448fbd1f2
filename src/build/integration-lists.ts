/**
 * What the integration reads of the content check after the check itself: the search list, the social cards'
 * candidates and, for messages, their files. Taken right after the check (in `astro:config:setup`), so the check
 * (every file's text, ~23 KB an article) is let go before the content sync: the sync's loaders read their own copy
 * (check-snapshot.ts), and two copies during the sync were what stopped a 100,000-article build at V8's heap limit.
 * Every string kept is a copy (`detached`), never a slice that would keep a file's whole text alive.
 */
import type { CheckedContent } from '#/check/content-check.ts';
import type { BuildContext } from '#/domain/context.ts';
import { articleCardPath, type CardInput } from '#/outputs/social-cards.ts';
import { site } from '#/site.config.ts';
import { detached, visibleArticles } from './content-load.ts';
import { searchArticles, type SearchArticle } from './search-index.ts';
import { rememberSyndicated } from './sitemap-filter.ts';
import { formerInterest, type FormerArticle, type UnpublishedArticle } from './gone-pages.ts';
import type { AliasedArticle } from './gone-aliases.ts';

export interface IntegrationLists {
  /** The visible articles, as the search index reads them. */
  search: SearchArticle[];
  /** The visible articles whose pages point at a generated social card. */
  cards: CardInput[];
  /** The article file of each card, to name it in a message. */
  cardFiles: Map<string, string>;
  /** Former slugs (`formerly`) of articles not published in this build (drafts, scheduled), with their file. */
  heldFormerSlugs: Map<string, string>;
  /** Articles not published in this build, by slug: their file and why (gone-pages.ts names them). */
  unpublished: Map<string, UnpublishedArticle>;
  /** This build's articles that bear on the previous build's old addresses (gone-pages.ts), and its own lists to keep. */
  former: { articles: FormerArticle[]; lists: Map<string, string[]> };
  /** Every article with `aliases`, published or not, and those that had some in the previous build (gone-aliases.ts). */
  aliased: AliasedArticle[];
}

/**
 * `previousFormer`: the previous build's `formerly` pages (gone-pages.ts), whose articles are looked up now;
 * `previousAliasFiles`: the files of the previous build's alias pages (gone-aliases.ts), likewise.
 */
export function integrationLists(content: CheckedContent, context: BuildContext, previousFormer: ReadonlyMap<string, readonly string[]> = new Map(), previousAliasFiles: ReadonlySet<string> = new Set()): IntegrationLists {
  const visible = visibleArticles(content, context);
  // Without bodies: the content sync stores the text readers see of every visible article (search-index.ts).
  const search = searchArticles(visible, content.sections, context.root, content.authors).map(({ body: _body, ...a }) => ({
    ...a,
    id: detached(a.id),
    title: detached(a.title),
    description: detached(a.description),
    ...(a.dateline !== undefined ? { dateline: detached(a.dateline) } : {}),
    ...(a.byline !== undefined ? { byline: detached(a.byline) } : {}),
    ...(a.topics !== undefined ? { topics: a.topics.map(detached) } : {}),
  }));
  const sectionName = new Map(content.sections.map((s) => [s.id, detached(s.data.name)]));
  const cards: CardInput[] = [];
  const cardFiles = new Map<string, string>();
  for (const a of visible) {
    const section = sectionName.get(a.data.section) ?? '';
    if (!articleCardPath(a, section, site.socialCards, site.name)) continue;
    cards.push({ slug: detached(a.id), title: detached(a.data.title), section, siteName: site.name });
    cardFiles.set(detached(a.id), detached(a.file));
  }
  rememberSyndicated(content);
  // An old address whose renamed article is a draft or scheduled has no page yet: the gone-page warning names it.
  const shown = new Set(visible.map((a) => a.id));
  const heldFormerSlugs = new Map<string, string>();
  const unpublished = new Map<string, UnpublishedArticle>();
  for (const a of content.articles) {
    if (shown.has(a.id)) continue;
    for (const old of a.data.formerly ?? []) heldFormerSlugs.set(detached(old), detached(a.file));
    unpublished.set(detached(a.id), { file: detached(a.file), draft: a.data.draft === true });
  }
  // Old addresses of renamed stories (round 26a #8): this build's lists are kept for the next, and the articles that
  // bear on the previous build's are named if one of its old addresses is gone.
  const interest = formerInterest(previousFormer);
  const former = { articles: [] as FormerArticle[], lists: new Map<string, string[]>() };
  for (const a of content.articles) {
    const formerly = (a.data.formerly ?? []).map(detached);
    if (shown.has(a.id) && formerly.length > 0) former.lists.set(detached(a.id), formerly);
    if (interest.has(a.id) || formerly.some((s) => interest.has(s))) former.articles.push({ slug: detached(a.id), file: detached(a.file), formerly });
  }
  const aliased = content.articles
    .filter((a) => (a.data.aliases ?? []).length > 0 || previousAliasFiles.has(a.file))
    .map((a) => ({ file: detached(a.file), published: shown.has(a.id), draft: a.data.draft === true, aliases: (a.data.aliases ?? []).map(detached) }));
  return { search, cards, cardFiles, heldFormerSlugs, unpublished, former, aliased };
}
