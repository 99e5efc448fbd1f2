/**
 * The Pagefind search records, fed from the checked content rather than by re-reading the built HTML (the
 * build's one list of visible articles), and the indexing of one set of them. The archive is indexed in
 * shards, one per group of months, in a worker while Astro renders pages (src/build/search-shards.ts); each
 * shard is kept in a cache under the digest of its records, so a build re-indexes only the shards whose
 * articles changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { site } from '#/site.config.ts';
import { computeAlways, type BodyMemo } from '#/check/body-memo.ts';
import type { CheckedContent } from '#/check/content-check.ts';
import { newsroomYearMonth, type NewsDate } from '#/domain/dates.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { textDirection } from '#/domain/text-direction.ts';
import { onSiteOriginal } from '#/domain/site-links.ts';
import { articlePath } from '#/domain/urls.ts';
import { bylineSource } from '#/domain/byline.ts';
import { topicsOf } from '#/domain/tags.ts';
import { readSearchText, searchTextFile } from './search-text-store.ts';
import { markdownMode } from './optimise.ts';
import { renderBody } from './render-batch.ts';
import { capSearchText } from './search-text-cap.ts';
import { PART_MARK, searchForm } from '#/client/search-words.ts';
import { CREDITS_MARK } from '#/client/excerpt-credits.ts';

/** Bump when the records or their indexing change, so a cached index is redone. */
const RECORDS_VERSION = '9';

/** Pagefind's version as installed beside the cache (its package exports no package.json): a new one re-indexes. */
function pagefindVersion(cacheDir: string): string {
  // cacheDir is <root>/node_modules/.cache/dateline-pagefind.
  const file = join(cacheDir, '..', '..', 'pagefind', 'package.json');
  return existsSync(file) ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version) : '';
}

/** What the index needs of an article: picked on the build's thread, turned into a record in the worker. */
export interface SearchArticle {
  id: string;
  title: string;
  description: string;
  dateline: string | undefined;
  /**
   * The Markdown, to render the text readers see when it was not stored (tools and tests). The build leaves it
   * out: its content sync has stored the text of every visible article, and 100,000 bodies held from the check to
   * the search index were ~0.5 GB of Astro's heap through the sync.
   */
  body?: string;
  /** Where the pipeline stored the text readers see in the body (rendered again from `body` if missing). */
  textFile: string;
  section: string;
  published: NewsDate;
  /** The article's language when it is not the site's (results are shown with their lang and dir). */
  lang: string | undefined;
  /** The byline as the page prints it, "Nadia Rahyab for Koh-e-Baba Wire": readers search reporters' names (round 22). */
  byline?: string;
  /** The article's topics as its tags name them: readers search by topic too (round 29b #10). */
  topics?: string[];
}

/**
 * The visible articles (the build's one list: src/build/content-load.ts `visibleArticles`) as the index needs them,
 * picked on the build's thread and indexed in a worker.
 */
export function searchArticles(visible: CheckedContent['articles'], sections: CheckedContent['sections'], root: string, authors: CheckedContent['authors'] = []): SearchArticle[] {
  const sectionName = new Map(sections.map((s) => [s.id, s.data.name]));
  const authorName = new Map(authors.map((p) => [p.id, p.data.name]));
  // A desk's copy of a story of this site is the same text twice: its original is found (round 26a #12).
  return visible.filter((a) => onSiteOriginal(a.data.canonical, site.url) === undefined).map((a) => {
    const names = a.data.authors.map((id) => authorName.get(id) ?? id);
    // No "for X" after X's own name, as the page's byline (round 37b #3).
    const source = bylineSource(a.data.source, names);
    return {
      id: a.id,
      title: a.data.title,
      description: a.data.description,
      dateline: a.data.dateline,
      body: a.body,
      textFile: searchTextFile(root, markdownMode, a.body),
      section: sectionName.get(a.data.section) ?? a.data.section,
      published: a.data.published,
      lang: a.data.lang && a.data.lang !== site.lang ? a.data.lang : undefined,
      byline: [names.join(', '), source ? `for ${source}` : ''].filter(Boolean).join(' '),
      topics: topicsOf(a.data.tags).map((t) => t.name),
    };
  });
}

/** The year an article is filed under (the newsroom's calendar, as in /archive/<yyyy>/): the search page's period. */
export const searchYear = (a: Pick<SearchArticle, 'published'>): string => String(newsroomYearMonth(a.published.epoch, site.timeZone).year);

/**
 * The Pagefind record of each article (the text readers see, never the Markdown). `memo` may answer the word cap
 * from an earlier build (search-shards.ts keeps it): the cut depends on the text alone.
 */
export function searchRecords(articles: readonly SearchArticle[], memo: BodyMemo = computeAlways) {
  const capped = (text: string) => text.slice(0, memo('search-cap', text, 0, () => capSearchText(text).length));
  return articles.map((a) => ({
    url: articlePath(a.id),
    // One index for the site's language, so the search page finds articles in every language.
    language: site.lang,
    // The body as the page shows it: the sanitised HTML's text, never the Markdown (hidden or removed markup
    // such as <template> or <noscript> must not be findable).
    // Bounded by its distinct words (search-text-cap.ts): a flood of unique tokens cannot stall the index.
    // Spelt and split as the search page reads the reader's query (search-words.ts: words of Chinese, Japanese,
    // Thai … split, ligatures and decomposed accents composed, vowel points left out).
    // The byline and topics close the text, set off by a mark of their own: the search page shows an excerpt's
    // credits only when the reader's words are there alone, as credits (excerpt-credits.ts; round 29b #10, 29c #5).
    // A story's own asterism (a section break in some prose) is written "*": the mark opens the credits only.
    // Headline, standfirst, dateline and body are set off by the part mark (search-words.ts), shown as a space.
    content: searchForm([storyText(a, capped), ...credits(a)].join('\n')),
    meta: {
      title: a.title,
      date: `Published ${formatSiteDate(a.published)}`,
      ...(a.lang ? { lang: a.lang, dir: textDirection(a.lang) } : {}),
    },
    filters: { section: [a.section], year: [searchYear(a)] },
  }));
}

/** Headline, standfirst, dateline and body, each set off by the part mark (a story's own "⁂" written "*"). */
function storyText(a: SearchArticle, capped: (text: string) => string): string {
  const parts = [a.title, a.description, a.dateline ?? '', capped(readSearchText(a.textFile, a.body, (body) => renderBody(body).text, a.id))];
  return parts
    .filter((part) => part !== '')
    .map((t) => t.replaceAll(CREDITS_MARK, '*').replaceAll(PART_MARK, ''))
    .join(`\n${PART_MARK}\n`);
}

export type SearchRecord = ReturnType<typeof searchRecords>[number];

/** The byline and topics as the record's last lines, each opened by the credits mark: `⁂ Nadia Rahyab`, `⁂ Trade, Transit`. */
function credits(a: SearchArticle): string[] {
  return [a.byline ? `${CREDITS_MARK} ${a.byline}` : '', a.topics?.length ? `${CREDITS_MARK} ${a.topics.join(', ')}` : ''].filter(Boolean);
}

/** The cache folder name of an index of `records` (a new Pagefind or record format re-indexes). */
export function searchIndexDigest(records: readonly SearchRecord[], cacheDir: string): string {
  return createHash('sha256').update(JSON.stringify([RECORDS_VERSION, pagefindVersion(cacheDir), records])).digest('hex').slice(0, 32);
}

/** Indexes `records` with Pagefind into `dir`, in a Pagefind process of its own that is closed afterwards. */
export async function writePagefindIndex(records: readonly SearchRecord[], dir: string): Promise<void> {
  mkdirSync(dirname(dir), { recursive: true });
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  await Promise.all(
    records.map(async (record) => {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }),
  );
  // Written beside the cache entry and renamed: a killed build never leaves half an index under its digest.
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: tmp });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await close();
  try {
    renameSync(tmp, dir);
  } catch (err) {
    // A concurrent build of the same content got there first: its index is the same.
    if (!existsSync(dir)) throw err;
    rmSync(tmp, { recursive: true, force: true });
  }
}
