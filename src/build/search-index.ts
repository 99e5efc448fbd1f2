/**
 * The Pagefind search index, fed from the checked content rather than by re-reading the built HTML: it starts
 * when the build starts (after the content sync) and runs in a worker and Pagefind's own process while Astro
 * renders pages, and the files are moved into the site when the build is done. Only visible articles are
 * indexed (the one visibility rule).
 *
 * The index is kept in a cache under the digest of its records, so a build whose searchable content did not
 * change (a template change, an hourly rebuild) copies it instead of indexing again. It stays one index: Pagefind
 * could build an archive in shards and merge them in the browser, which would bound its memory (it holds a whole
 * index, ~250 KB an article, while building it) and re-index one shard after an edit, but a shard without a
 * query's word answers with pages matching a truncated form of it (Pagefind issues #793, #1246), so a merged
 * search finds articles that do not contain the word.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { site } from '#/site.config.ts';
import type { CheckedContent } from '#/check/content-check.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { textDirection } from '#/domain/text-direction.ts';
import { articlePath } from '#/domain/urls.ts';
import { readSearchText, searchTextFile } from './search-text-store.ts';
import { markdownMode } from './optimise.ts';
import { renderBody } from './render-batch.ts';
import { capSearchText } from './search-text-cap.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';

/** Bump when the records or their indexing change, so a cached index is redone. */
const RECORDS_VERSION = '3';

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
  body: string;
  /** Where the pipeline stored the text readers see in the body (rendered again if missing). */
  textFile: string;
  section: string;
  published: NewsDate;
  /** The article's language when it is not the site's (results are shown with their lang and dir). */
  lang: string | undefined;
}

export interface SearchIndexResult {
  records: number;
  /** The cached index folder. */
  dir: string;
  reused: boolean;
}

export interface SearchIndexRun {
  /** Resolves when the index is in the cache. */
  ready: Promise<SearchIndexResult>;
  cacheDir: string;
}

/**
 * Starts indexing now, in a worker thread (making records, hashing them and feeding Pagefind would otherwise hold
 * up the build's own thread for seconds); `publishSearchIndex` puts the index into the site when the build is done.
 */
export function startSearchIndex(content: CheckedContent, visibility: VisibilityContext, cacheDir: string, root: string): SearchIndexRun {
  const sections = new Map(content.sections.map((s) => [s.id, s.data.name]));
  const articles: SearchArticle[] = content.articles
    .filter((a) => isVisible(a.data, visibility))
    .map((a) => ({
      id: a.id,
      title: a.data.title,
      description: a.data.description,
      dateline: a.data.dateline,
      body: a.body,
      textFile: searchTextFile(root, markdownMode, a.body),
      section: sections.get(a.data.section) ?? a.data.section,
      published: a.data.published,
      lang: a.data.lang && a.data.lang !== site.lang ? a.data.lang : undefined,
    }));
  const ready = new Promise<SearchIndexResult>((resolve, reject) => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: { articles, cacheDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index worker stopped (exit code ${code})`)));
  });
  // Avoid an unhandled rejection before the build awaits it; the error is rethrown there.
  ready.catch(() => undefined);
  return { ready, cacheDir };
}

/** Builds the index for `articles` into the cache (or finds it there); runs in the search worker. */
export async function buildSearchIndex(articles: readonly SearchArticle[], cacheDir: string): Promise<SearchIndexResult> {
  const records = articles.map((a) => ({
    url: articlePath(a.id),
    // One index for the site's language, so the search page finds articles in every language.
    language: site.lang,
    // The body as the page shows it: the sanitised HTML's text, never the Markdown (hidden or removed markup
    // such as <template> or <noscript> must not be findable).
    // Bounded by its distinct words (search-text-cap.ts): a flood of unique tokens cannot stall the index.
    content: [a.title, a.description, a.dateline ?? '', capSearchText(readSearchText(a.textFile, a.body, (body) => renderBody(body).text))].join('\n'),
    meta: {
      title: a.title,
      date: `Published ${formatSiteDate(a.published)}`,
      ...(a.lang ? { lang: a.lang, dir: textDirection(a.lang) } : {}),
    },
    filters: { section: [a.section] },
  }));
  const digest = createHash('sha256').update(JSON.stringify([RECORDS_VERSION, pagefindVersion(cacheDir), records])).digest('hex').slice(0, 32);
  const dir = join(cacheDir, digest);
  if (existsSync(dir)) return { records: records.length, dir, reused: true };
  mkdirSync(cacheDir, { recursive: true });
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
  return { records: records.length, dir, reused: false };
}

/** Waits for the index, copies it to `outputPath` (the site's `/pagefind/`) and drops older cached indexes. */
export async function publishSearchIndex(run: SearchIndexRun, outputPath: string): Promise<{ records: number; reused: boolean }> {
  const { records, dir, reused } = await run.ready;
  rmSync(outputPath, { recursive: true, force: true });
  cpSync(dir, outputPath, { recursive: true });
  for (const name of readdirSync(run.cacheDir)) {
    // Another build's half-written index (`.tmp`) is left to it.
    if (join(run.cacheDir, name) !== dir && !name.endsWith('.tmp')) rmSync(join(run.cacheDir, name), { recursive: true, force: true });
  }
  return { records, reused };
}
