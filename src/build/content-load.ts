/**
 * Runs the content check once per module instance and shares the result between the callers in it: the
 * integration (which stops `astro build` on errors before anything renders, then feeds the search index and the
 * social cards) and, in the content layer's own instance, the four collection loaders. Both judge visibility
 * by the same build context (src/domain/context.ts), so they see the same articles.
 */
import { resolve } from 'node:path';
import { checkContent, contentDirFor, type CheckedContent } from '#/check/content-check.ts';
import { checkVisibility, pageVisibility, type BuildContext } from '#/domain/context.ts';
import { isVisible } from '#/domain/visibility.ts';
import { sharedCheck, shareCheck } from './check-snapshot.ts';
import { openTextMemo } from './text-memo.ts';

/** The check, with the pure body rules' answers kept between checks (text-memo.ts). */
function checkWithCache(ctx: BuildContext): CheckedContent {
  const cache = openTextMemo(ctx.root);
  const result = checkContent({ root: ctx.root, visibility: checkVisibility(ctx), memo: cache.memo, ahead: cache.ahead });
  cache.save();
  return result;
}

/** A check as the loaders read it: the articles possibly streamed from the build's snapshot (check-snapshot.ts). */
export interface LoadedCheck {
  /** The check; its `articles` are empty when `articleBatches` is given. */
  content: CheckedContent;
  articleBatches?: () => Iterable<CheckedContent['articles']>;
}

/** The last check, and when it started (`performance.now()`). */
let cached: { key: string; loaded: LoadedCheck; at: number } | undefined;
/** When the dev server's watcher last saw a change under content/ (-1: no watcher here, `fresh` always re-reads). */
let changedAt = -1;

/**
 * The dev server saw a file change under content/. A `fresh` check started after the last change is fresh enough
 * for every caller (round 28c #2: the four loaders and the error page each checked the whole archive again for
 * every change, so a bulk copy of hundreds of files stalled the server for minutes).
 */
export function noteContentChange(): void {
  changedAt = performance.now();
}

const reusable = (key: string, fresh: boolean | undefined) => cached?.key === key && (!fresh || (changedAt >= 0 && cached.at > changedAt));

/**
 * The check as the content layer's loaders take it: in a build, from the integration's snapshot with the articles
 * read a batch at a time (at 100,000 articles their text is ~2 GB); otherwise checked here and kept whole.
 * `fresh`: re-read the files even when a result is cached (the dev server after a change).
 */
export function loadCheckForLoaders(ctx: BuildContext, opts: { fresh?: boolean } = {}): LoadedCheck {
  const key = checkKey(ctx);
  if (reusable(key, opts.fresh)) return cached!.loaded;
  const at = performance.now();
  const shared = !opts.fresh ? sharedCheck(ctx, key) : undefined;
  const loaded: LoadedCheck = shared
    ? { content: shared.content, articleBatches: () => shared.articleBatches() }
    : { content: checkWithCache(ctx) };
  cached = { key, loaded, at };
  return loaded;
}

/**
 * The whole check. `fresh`: re-read the files even when a result is cached. `share`: keep the result for the
 * content layer's loaders of this build (see check-snapshot.ts), which then take it instead of checking every file
 * again.
 */
export function loadCheckedContent(ctx: BuildContext, opts: { fresh?: boolean; share?: boolean } = {}): CheckedContent {
  const key = checkKey(ctx);
  const known = reusable(key, opts.fresh) ? cached!.loaded : undefined;
  const at = performance.now();
  const result = known ? wholeCheck(known) : checkWithCache(ctx);
  if (opts.share) shareCheck(ctx, key, result);
  cached = { key, loaded: { content: result }, at: known ? cached!.at : at };
  return result;
}

// The integration's root ends in a slash, the loaders' does not: one key for both.
const checkKey = (ctx: BuildContext) => `${resolve(ctx.root)}|${contentDirFor(ctx.root)}|${ctx.mode}|${ctx.now}`;

function wholeCheck(loaded: LoadedCheck): CheckedContent {
  if (!loaded.articleBatches) return loaded.content;
  return { ...loaded.content, articles: [...loaded.articleBatches()].flat() };
}

const visibleLists = new WeakMap<CheckedContent, { key: string; articles: CheckedContent['articles'] }>();
const visibleIn = (articles: CheckedContent['articles'], ctx: BuildContext) => {
  const visibility = pageVisibility(ctx);
  return articles.filter((a) => isVisible(a.data, visibility));
};

/**
 * The articles readers get from this build: the one visibility rule (src/domain/visibility.ts) applied once to the
 * checked content, by the build context's clock. The one list the build's outputs read: the loader stores these
 * entries (so the newsroom's pages, feeds and sitemaps list them), the search index holds them and social cards
 * are drawn for them.
 */
export function visibleArticles(content: CheckedContent, ctx: BuildContext): CheckedContent['articles'] {
  const key = `${ctx.mode}|${ctx.now}`;
  const known = visibleLists.get(content);
  if (known?.key === key) return known.articles;
  const articles = visibleIn(content.articles, ctx);
  visibleLists.set(content, { key, articles });
  return articles;
}

/** The same list, a batch at a time when the loaders read the check in batches. */
export function* visibleArticleBatches(loaded: LoadedCheck, ctx: BuildContext): Generator<CheckedContent['articles']> {
  if (!loaded.articleBatches) {
    yield visibleArticles(loaded.content, ctx);
    return;
  }
  for (const batch of loaded.articleBatches()) yield visibleIn(batch, ctx);
}

/** The collections whose loaders take their entries from the check (src/content.config.ts). */
const LOADER_KINDS = ['articles', 'authors', 'sections', 'tags'] as const;
const done = new Set<string>();

/**
 * A build's loader has stored its collection: once every collection's loader has, the cached check (the text of
 * every file, as read and as a body: ~11 KB an article) is let go, since nothing in this module instance reads it
 * again during the build. The dev server keeps it.
 */
export function doneWithCheck(ctx: BuildContext, kind: (typeof LOADER_KINDS)[number]): void {
  if (ctx.mode !== 'build') return;
  done.add(kind);
  if (LOADER_KINDS.every((k) => done.has(k))) {
    cached = undefined;
    done.clear();
  }
}

/** Lets the cached check go (the integration, once the build has taken what it needs of it). */
export function forgetCheckedContent(): void {
  cached = undefined;
}

/**
 * A copy of `text` that shares no memory with the file it was read from: V8 keeps a whole file's text alive
 * behind any slice of it (a title, an id), so what the build keeps past the check (the social cards' list)
 * takes copies. Exact for any string (lone surrogates included).
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
