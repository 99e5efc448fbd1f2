/**
 * The newsroom: the one article model, built once per build from the checked collections and the facts the
 * Markdown pipeline recorded (`buildNewsroom`; src/newsroom.ts hands it this build's collections and context),
 * filtered through the one visibility rule and sorted once. Every page, feed, sitemap and related link takes its
 * lists from here; routes take their paths and keys from ./routing.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { site } from '#/site.config.ts';
import { contentDirFor } from '#/check/content-check.ts';
import type { Heading } from '#/markdown/rehype-article-facts.ts';
import { checkVisibility, pageVisibility, type BuildContext } from './context.ts';
import { newsroomYearMonth, shownLater, type NewsDate } from './dates.ts';
import { composeFront, readFrontPlan, SECTION_BLOCK_COUNT, type FrontPage } from './front-page.ts';
import { readingMinutes } from './reading.ts';
import { relatedLinks, type RelatedLinks } from './related/links.ts';
import type { TermBag } from './related/bag.ts';
import { textDirection } from './text-direction.ts';
import { topicName, topicsOf, type Topic } from './tags.ts';
import { NAV_SECTION_LIMIT } from './section-nav.ts';
import type { PreparedImage } from './body-images-html.ts';
import { byNewest, isVisible } from './visibility.ts';
import { plainImage } from './image-metadata.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ArticleData = ArticleEntry['data'];
export type AuthorEntry = CollectionEntry<'authors'>;
export type SectionEntry = CollectionEntry<'sections'>;

/** A topic: identity and spelling from src/domain/tags.ts, the rules the content check enforces. */
export type Tag = Topic;

/** An article as pages use it: its data plus everything derived once. */
export interface Article {
  slug: string;
  data: ArticleData;
  /** The body as readers get it: sanitised, typeset HTML (local photos not yet swapped: see `bodyImages`). */
  html(): string;
  /** The body's headings (h2–h6) with their ids. */
  headings: readonly Heading[];
  /** The text of the body's first paragraph, as readers see it. */
  lead: string;
  authors: AuthorEntry[];
  section: SectionEntry;
  tags: Tag[];
  /** The body's local photos through Astro's image pipeline (apply with `applyBodyImages`). */
  bodyImages: Map<string, PreparedImage> | undefined;
  /** Language and direction when the article's language differs from the site's. */
  lang: string | undefined;
  dir: 'ltr' | 'rtl';
  wordCount: number;
  readingMinutes: number;
  /** True when `updated` is in a later minute than `published` as pages show them (`shownLater`): only then is "Updated" shown. */
  wasUpdated: boolean;
  /**
   * The newest of `published`, `updated` (when shown later) and the corrections' dates (shown later): the one "last
   * modified" everywhere (feeds, JSON-LD, `article:modified_time`, the sitemap). A correction changes the page,
   * so crawlers and feed readers are told (round 19: a story corrected a day later still said it had not changed).
   */
  modified: NewsDate;
  /**
   * Changes whenever anything a page shows about this article changes: its file, its lead image, its authors'
   * or its section's. Part of the incremental-build key of every page that shows the article.
   */
  key: string;
}

/**
 * What the Markdown pipeline recorded for an article while the content loader rendered it, read through typed
 * handles (src/build/article-facts.ts): the domain never reads the loader's metadata itself.
 */
export interface RenderedFacts {
  html(): string;
  headings: readonly Heading[];
  wordCount: number;
  lead: string;
  /** The related engine's bag of terms, read from the text readers see, and the slugs of the articles the body links to. */
  relatedBag: TermBag;
  linked: readonly string[];
  /** The body's local photos, in the order of `data.bodyImages`. */
  localImages: string[] | undefined;
}

/** Everything the newsroom is built from: the checked collections, the pipeline's facts and the image step. */
export interface NewsroomSource {
  articles: readonly ArticleEntry[];
  authors: readonly AuthorEntry[];
  sections: readonly SectionEntry[];
  tags: readonly CollectionEntry<'tags'>[];
  facts(entry: ArticleEntry): RenderedFacts;
  /** The body's local photos through Astro's image pipeline (src/domain/body-images-html.ts in a build). */
  prepareImages(paths: string[] | undefined, images: ArticleData['bodyImages']): Promise<Map<string, PreparedImage> | undefined>;
}

export interface TagPage extends Tag {
  description: string | undefined;
  articles: Article[];
}

export interface MonthArchive {
  year: number;
  month: number;
  articles: Article[];
}

export interface SectionBlock {
  section: SectionEntry;
  articles: Article[];
}

/** The newsroom of one build: every page, feed, sitemap, search record and related link reads its lists here. */
export interface Newsroom {
  /** The build context it was built for. */
  context: BuildContext;
  /**
   * The `cacheKey` of a page for Astro's incremental build: equal keys promise equal HTML, so the page is
   * copied from the previous build instead of rendered. `parts` must name everything the page shows beyond
   * the site-wide settings and navigation: the `key` of each article it shows and its own data.
   */
  pageKey(parts: unknown): string;
  /** Visible articles, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** Authors with a visible article, by name. */
  authors: AuthorEntry[];
  /** Sections with a visible article, in their order. */
  sections: SectionEntry[];
  articlesInSection(id: string): Article[];
  articlesByAuthor(id: string): Article[];
  tags: TagPage[];
  /** Months with articles, newest first. */
  months: MonthArchive[];
  relatedFor(slug: string): Article[];
  /** The front page; `year`: the build's year in the newsroom's zone (the Latest rail dates other years in full). */
  frontPage(): FrontPage<Article> & { blocks: SectionBlock[]; year: number };
}

/** Builds the newsroom from its source: the one visibility rule, applied once, and one sort. */
export async function buildNewsroom(source: NewsroomSource, context: BuildContext): Promise<Newsroom> {
  const { articles: articleEntries, authors: authorEntries, sections: sectionEntries, tags: tagEntries } = source;
  const tagFiles = new Map(tagEntries.map((t) => [t.id, t.data]));
  const visibility = pageVisibility(context);
  const authors = new Map(authorEntries.map((a) => [a.id, a]));
  const sectionMap = new Map(sectionEntries.map((s) => [s.id, s]));
  const sections = [...sectionEntries].sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, site.locale),
  );

  const articles: Article[] = [];
  // What the related engine reads of each body (computed only when a page asks for related links).
  const relatedOf = new Map<string, Pick<RenderedFacts, 'relatedBag' | 'linked'>>();
  for (const entry of articleEntries) {
    // A build's store holds the build's one visible list already (src/build/content-load.ts `visibleArticles`, the
    // list search and social cards read too); the dev server stores drafts and scheduled articles as well.
    if (!isVisible(entry.data, visibility)) continue;
    const section = sectionMap.get(entry.data.section);
    if (!section) throw new Error(`${entry.filePath}: unknown section ${entry.data.section}`); // the content check stops this earlier
    const facts = source.facts(entry);
    relatedOf.set(entry.id, facts);
    const { wordCount } = facts;
    const lang = entry.data.lang && entry.data.lang !== site.lang ? entry.data.lang : undefined;
    // Pages show times to the minute: an update within the published minute would read "Updated" at the same time.
    const wasUpdated = entry.data.updated !== undefined && shownLater(entry.data.updated, entry.data.published, site.timeZone);
    articles.push({
      slug: entry.id,
      data: correctionsInDateOrder(entry.data),
      html: facts.html,
      headings: facts.headings,
      lead: facts.lead,
      authors: entry.data.authors.flatMap((id) => authors.get(id) ?? []),
      section,
      // Shown typeset (girls’ education), the same whether the tag was typed with curly or straight quotes; the URL
      // comes from the name as written, so it never moves.
      tags: topicsOf(entry.data.tags).map((t) => ({ ...t, name: topicName(t.name) })),
      bodyImages: await source.prepareImages(facts.localImages, entry.data.bodyImages),
      lang,
      dir: textDirection(entry.data.lang ?? site.lang),
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      wasUpdated,
      modified: lastModified(entry.data.published, [...(wasUpdated && entry.data.updated ? [entry.data.updated] : []), ...entry.data.corrections.map((c) => c.date)]),
      // The lead and body images' metadata too: a replaced image file can change its size without changing the article's.
      key: hash([digestOf(entry), imageKey(entry.data.image), entry.data.bodyImages?.map(plainImage) ?? null, entry.data.authors.map((id) => digestOf(authors.get(id))), digestOf(section)]),
    });
  }
  articles.sort((a, b) => byNewest({ slug: a.slug, published: a.data.published }, { slug: b.slug, published: b.data.published }));

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const group = <K>(key: (a: Article) => K[]) => {
    const map = new Map<K, Article[]>();
    for (const a of articles) {
      for (const k of key(a)) {
        const list = map.get(k);
        if (list) list.push(a);
        else map.set(k, [a]);
      }
    }
    return map;
  };
  const bySection = group((a) => [a.section.id]);
  const byAuthor = group((a) => a.authors.map((x) => x.id));
  // The settings (some come from the environment, which Astro's code hash cannot see) and the navigation every
  // page carries (the sections that have a visible article): part of every page's key.
  const siteKey = hash([site, sectionEntries.map(digestOf).sort(), tagEntries.map(digestOf).sort(), [...bySection.keys()].sort()]);
  const tagGroups = group((a) => [...new Set(a.tags.map((t) => t.slug))]);
  const tags: TagPage[] = [...tagGroups].map(([slug, list]) => ({
    slug,
    // The topic's one spelling (the content check refuses variants), and its sentence from content/tags/<slug>.md.
    // A topic file's name is shown typeset as the articles' tags are (`Traders' week` is `Traders’ week` on both).
    name: (tagFiles.has(slug) ? topicName(tagFiles.get(slug)!.name) : undefined) ?? list[0]?.tags.find((t) => t.slug === slug)?.name ?? slug,
    description: tagFiles.get(slug)?.description,
    articles: list,
  }));
  tags.sort((a, b) => (a.slug < b.slug ? -1 : 1));

  const months = new Map<string, MonthArchive>();
  for (const a of articles) {
    const { year, month } = newsroomYearMonth(a.data.published.epoch, site.timeZone);
    const key = `${year}-${month}`;
    const m = months.get(key) ?? { year, month, articles: [] };
    m.articles.push(a);
    months.set(key, m);
  }

  let related: Map<string, RelatedLinks> | undefined;
  const relatedFor = (slug: string): Article[] => {
    // The one computation `npm run related` explains too (related/links.ts): engine, count and desk-copy rule.
    if (!related) {
      const inputs = (list: readonly Article[]) => list.map((a) => ({ slug: a.slug, bag: relatedOf.get(a.slug)!.relatedBag, linked: relatedOf.get(a.slug)!.linked, data: a.data }));
      // A published story's box is the site's, read from the published stories alone, also in the dev server, which
      // shows drafts and scheduled stories too (round 31b #6: they shifted the picks); theirs read everything shown.
      const published = articles.filter((a) => isVisible(a.data, checkVisibility(context)));
      related = relatedLinks(inputs(published));
      if (published.length < articles.length) for (const [slug, links] of relatedLinks(inputs(articles))) if (!related.has(slug)) related.set(slug, links);
      // Read once: the bags are not needed again by this newsroom.
      relatedOf.clear();
    }
    return (related.get(slug)?.picks ?? []).flatMap((p) => bySlug.get(p.slug) ?? []);
  };

  // The front page: the editors' picks (content/front.md) at this build's "now", then the newest stories. The dev
  // server previews every article (its visibility's "now" is the end of time), but a pick's `until` is read at the
  // clock's time, or every pick with one was dropped from the preview (round 29b #1).
  const frontPage = (): FrontPage<Article> & { blocks: SectionBlock[]; year: number } => {
    const now = checkVisibility(context).now;
    const front = composeFront(articles, readFrontPlan(contentDirFor(context.root)), now);
    const blocks = sections
      .map((section) => ({ section, articles: (bySection.get(section.id) ?? []).filter((a) => !front.onPage.has(a.slug)).slice(0, SECTION_BLOCK_COUNT) }))
      .filter((b) => b.articles.length > 0)
      // A block per section, as many as the navigation names: the front page stays one screenful of sections.
      .slice(0, NAV_SECTION_LIMIT);
    return { ...front, blocks, year: newsroomYearMonth(now, site.timeZone).year };
  };

  return {
    context,
    pageKey: (parts: unknown): string => hash([siteKey, parts]),
    articles,
    bySlug,
    // Only sections and authors with a visible article get pages, feeds, sitemap entries and nav links: one
    // prepared for an embargoed launch stays unpublished until its first article is.
    authors: authorEntries.filter((a) => byAuthor.has(a.id)).sort((a, b) => a.data.name.localeCompare(b.data.name, site.locale)),
    sections: sections.filter((s) => bySection.has(s.id)),
    articlesInSection: (id: string) => bySection.get(id) ?? [],
    articlesByAuthor: (id: string) => byAuthor.get(id) ?? [],
    tags,
    months: [...months.values()],
    relatedFor,
    frontPage,
  };
}

/**
 * The data with its corrections oldest first, as a dated record reads (page and feeds): editors add a new one at
 * the top or at the bottom, by habit (round 24a #12). The same object when they already are in order.
 */
export function correctionsInDateOrder(data: ArticleData): ArticleData {
  const list = data.corrections;
  if (list.every((c, i) => i === 0 || (list[i - 1]?.date.epoch ?? 0) <= c.date.epoch)) return data;
  return { ...data, corrections: [...list].sort((a, b) => a.date.epoch - b.date.epoch) };
}

/** The lead image in a page key, read without marking its original as published (see image-metadata.ts). */
const imageKey = (image: ArticleData['image']) => (image ? { ...image, src: plainImage(image.src) } : null);
const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
/** The loader's digest of an entry's source (file, pipeline and settings); it changes with any edit. */
const digestOf = (entry: { digest?: string | number } | undefined): string => String(entry?.digest ?? '');

/** The newest last-modified date among `articles`, for a list page's sitemap entry. */
export function newestModified(articles: readonly Article[]): string | undefined {
  let best: Article | undefined;
  for (const a of articles) if (!best || a.modified.epoch > best.modified.epoch) best = a;
  return best?.modified.iso;
}

/** The newest of `published` and the later dates that are shown later than it (to the minute, as pages show them). */
function lastModified(published: NewsDate, later: readonly NewsDate[]): NewsDate {
  let newest = published;
  for (const d of later) if (shownLater(d, published, site.timeZone) && d.epoch > newest.epoch) newest = d;
  return newest;
}
