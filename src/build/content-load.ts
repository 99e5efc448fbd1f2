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

let cached: { key: string; result: CheckedContent } | undefined;

/**
 * `fresh`: re-read the files even when a result is cached (the dev server after a change). `share`: keep the
 * result for the content layer's loaders of this build (see check-snapshot.ts), which then take it instead of
 * checking every file again.
 */
export function loadCheckedContent(ctx: BuildContext, opts: { fresh?: boolean; share?: boolean } = {}): CheckedContent {
  // The integration's root ends in a slash, the loaders' does not: one key for both.
  const key = `${resolve(ctx.root)}|${contentDirFor(ctx.root)}|${ctx.mode}|${ctx.now}`;
  if (!opts.fresh && cached?.key === key) return cached.result;
  const result = (!opts.fresh && sharedCheck(ctx, key)) || checkContent({ root: ctx.root, visibility: checkVisibility(ctx) });
  if (opts.share) shareCheck(ctx, key, result);
  cached = { key, result };
  return result;
}

const visibleLists = new WeakMap<CheckedContent, { key: string; articles: CheckedContent['articles'] }>();

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
  const visibility = pageVisibility(ctx);
  const articles = content.articles.filter((a) => isVisible(a.data, visibility));
  visibleLists.set(content, { key, articles });
  return articles;
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
