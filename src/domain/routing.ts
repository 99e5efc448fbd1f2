/**
 * Every generated route of the site in one place, next to the newsroom (the way Starlight's `utils/routing`
 * does it): the paths, the pagination and the incremental-build `cacheKey` of each page. Route files in
 * src/pages call one function here from `getStaticPaths` and render what it hands them.
 *
 * A page's key must change whenever anything the page shows changes (tests/unit/routing.test.ts): the newsroom's
 * `pageKey` adds the site settings and navigation; each route adds the `key` of every article it lists (the
 * article's file, lead image, authors and section) and its own data.
 */
import type { Article, AuthorEntry, MonthArchive, Newsroom, SectionEntry, TagPage } from './newsroom.ts';
import { INDEX_PAGE_SIZE, paginate, pageParam, type Page } from './pagination.ts';
import { archivePath, authorPath, AUTHORS_INDEX_PATH, sectionPath, tagPath, TOPICS_INDEX_PATH } from './urls.ts';
import { site } from '#/site.config.ts';
import { aliasFile, aliasFolder } from './aliases.ts';

/** One entry of `getStaticPaths`. */
export interface Route<Params extends Record<string, string | undefined>, Props> {
  params: Params;
  props: Props;
  cacheKey?: string;
}

/** The keys of a page of articles: enough for its list, links and pagination. */
export function listKey(page: Page<Article>): unknown {
  return { current: page.current, last: page.last, url: page.url, items: page.items.map((a) => a.key) };
}

/** `/articles/<slug>/`: the article and its related picks. */
export function articleRoutes(n: Newsroom): Route<{ slug: string }, { article: Article }>[] {
  return n.articles.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: n.pageKey({ article: article.key, related: n.relatedFor(article.slug).map((a) => a.key) }),
  }));
}

/** `/articles/<former slug>/`: the old address of a renamed article, sending readers on to it (`formerly`). */
export function formerAddressRoutes(n: Newsroom): Route<{ formerly: string }, { article: Article; formerly: string }>[] {
  return n.articles.flatMap((article) =>
    (article.data.formerly ?? []).map((formerly) => ({
      params: { formerly },
      props: { article, formerly },
      cacheKey: n.pageKey({ formerly, article: article.key }),
    })),
  );
}

/**
 * An old address of a story on the site it came from (`aliases`, src/domain/aliases.ts): the param is the file a
 * static host serves for it (`old/story.html`, `2009/03/16/story/index.html`), which an endpoint writes as named.
 * The development server asks for every page as a folder (`/old/x/`; `/old/x.html` is rewritten to it by
 * src/build/dev-aliases.ts), so there each param is in that form, once (round 31b #5: every alias answered 404).
 */
export function aliasRoutes(n: Newsroom, { devServer = false } = {}): Route<{ alias: string }, { article: Article }>[] {
  const routes = n.articles.flatMap((article) =>
    (article.data.aliases ?? []).map((alias) => ({
      params: { alias: aliasFile(alias) },
      props: { article },
      cacheKey: n.pageKey({ alias, article: article.key }),
    })),
  );
  if (!devServer) return routes;
  const byParam = new Map<string, (typeof routes)[number]>();
  for (const r of routes) {
    const alias = `${aliasFolder(r.params.alias)}/`;
    if (!byParam.has(alias)) byParam.set(alias, { ...r, params: { alias } });
  }
  return [...byParam.values()];
}

/** `/archive/`, `/archive/2/`, …: every article; every page shows the total, the first the month index. */
export function archiveRoutes(n: Newsroom, pageSize = site.pageSize): Route<{ page: string | undefined }, { page: Page<Article> }>[] {
  const index = n.months.map((m) => [m.year, m.month, m.articles.length]);
  return paginate(n.articles, archivePath(), pageSize).map((page) => ({
    params: { page: pageParam(page.current) },
    props: { page },
    cacheKey: n.pageKey({ total: n.articles.length, index: page.current === 1 ? index : [], list: listKey(page) }),
  }));
}

/** A month of the archive, as its page links it. */
export interface MonthRef {
  year: number;
  month: number;
}

/**
 * `/archive/<yyyy>/<mm>/`: one month, linking the nearest earlier and later months that have articles (round 29c:
 * readers could only go back to "All months"). Those links are in the key: a month gaining its first story, or
 * losing its last, changes its neighbours' pages.
 */
export function monthRoutes(n: Newsroom, pageSize = site.pageSize): Route<{ year: string; month: string; page: string | undefined }, { year: number; month: number; page: Page<Article>; older: MonthRef | undefined; newer: MonthRef | undefined }>[] {
  // `n.months` is newest first.
  const ref = (m: MonthArchive | undefined): MonthRef | undefined => m && { year: m.year, month: m.month };
  return n.months.flatMap((m: MonthArchive, i) => {
    const older = ref(n.months[i + 1]);
    const newer = ref(n.months[i - 1]);
    return paginate(m.articles, archivePath(m.year, m.month), pageSize).map((page) => ({
      params: { year: String(m.year), month: String(m.month).padStart(2, '0'), page: pageParam(page.current) },
      props: { year: m.year, month: m.month, page, older, newer },
      cacheKey: n.pageKey({ list: listKey(page), older: older ?? null, newer: newer ?? null }),
    }));
  });
}

/** `/sections/<id>/`: a section's articles. */
export function sectionRoutes(n: Newsroom, pageSize = site.pageSize): Route<{ id: string; page: string | undefined }, { section: SectionEntry; page: Page<Article> }>[] {
  return n.sections.flatMap((section) =>
    paginate(n.articlesInSection(section.id), sectionPath(section.id), pageSize).map((page) => ({
      params: { id: section.id, page: pageParam(page.current) },
      props: { section, page },
      cacheKey: n.pageKey(listKey(page)),
    })),
  );
}

/** `/authors/<id>/`: an author's profile (their file) and articles. */
export function authorRoutes(n: Newsroom, pageSize = site.pageSize): Route<{ id: string; page: string | undefined }, { author: AuthorEntry; page: Page<Article> }>[] {
  return n.authors.flatMap((author) =>
    paginate(n.articlesByAuthor(author.id), authorPath(author.id), pageSize).map((page) => ({
      params: { id: author.id, page: pageParam(page.current) },
      props: { author, page },
      cacheKey: n.pageKey({ author: author.digest ?? '', list: listKey(page) }),
    })),
  );
}

/** `/tags/<slug>/`: a topic's articles. */
export function tagRoutes(n: Newsroom, pageSize = site.pageSize): Route<{ tag: string; page: string | undefined }, { tag: TagPage; page: Page<Article> }>[] {
  return n.tags.flatMap((tag) =>
    paginate(tag.articles, tagPath(tag.slug), pageSize).map((page) => ({
      params: { tag: tag.slug, page: pageParam(page.current) },
      props: { tag, page },
      cacheKey: n.pageKey({ name: tag.name, list: listKey(page) }),
    })),
  );
}

/** The topics in the order `/tags/` lists them: most articles first, then by name. */
export function topicsByUse(n: Newsroom): TagPage[] {
  return [...n.tags].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, site.locale));
}

/** `/tags/`, `/tags/2/`, …: every topic with its count. */
export function topicIndexRoutes(n: Newsroom, pageSize = INDEX_PAGE_SIZE): Route<{ page: string | undefined }, { page: Page<TagPage> }>[] {
  return paginate(topicsByUse(n), TOPICS_INDEX_PATH, pageSize).map((page) => ({
    params: { page: pageParam(page.current) },
    props: { page },
    cacheKey: n.pageKey({ current: page.current, last: page.last, topics: page.items.map((t) => [t.slug, t.name, t.articles.length]) }),
  }));
}

/** `/authors/`, `/authors/2/`, …: every reporter with a published article, with role and count. */
export function authorIndexRoutes(n: Newsroom, pageSize = INDEX_PAGE_SIZE): Route<{ page: string | undefined }, { page: Page<AuthorEntry> }>[] {
  return paginate(n.authors, AUTHORS_INDEX_PATH, pageSize).map((page) => ({
    params: { page: pageParam(page.current) },
    props: { page },
    cacheKey: n.pageKey({ current: page.current, last: page.last, authors: page.items.map((a) => [a.id, a.digest ?? '', n.articlesByAuthor(a.id).length]) }),
  }));
}

/** The articles a section's or an author's feed lists (src/outputs/feeds.ts): the newest `site.feedSize`. */
const feedKeys = (articles: readonly Article[]) => articles.slice(0, site.feedSize).map((a) => a.key);

/** `/sections/<id>/rss.xml`: its items (the section's name and text are in every page's key, with the navigation). */
export function sectionFeedRoutes(n: Newsroom): Route<{ id: string }, { section: SectionEntry }>[] {
  return n.sections.map((section) => ({ params: { id: section.id }, props: { section }, cacheKey: n.pageKey({ feed: feedKeys(n.articlesInSection(section.id)) }) }));
}

/** `/authors/<id>/rss.xml`: the author's file (name and role title the feed) and its items. */
export function authorFeedRoutes(n: Newsroom): Route<{ id: string }, { author: AuthorEntry }>[] {
  return n.authors.map((author) => ({ params: { id: author.id }, props: { author }, cacheKey: n.pageKey({ author: author.digest ?? '', feed: feedKeys(n.articlesByAuthor(author.id)) }) }));
}
