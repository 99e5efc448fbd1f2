/**
 * The one visibility rule: an article is shown when it is not a draft (drafts only in `astro dev`) and its
 * publication time has come. Every page, list, feed, sitemap and related link goes through `isVisible`.
 */
import type { NewsDate } from './dates.ts';

export interface VisibilityContext {
  /** The build's "now" in epoch milliseconds. */
  now: number;
  /** Drafts are shown in development only. */
  includeDrafts: boolean;
}

export interface Publishable {
  draft: boolean;
  published: NewsDate;
}

export function isVisible(article: Publishable, ctx: VisibilityContext): boolean {
  return (ctx.includeDrafts || !article.draft) && article.published.epoch <= ctx.now;
}

export function isScheduled(article: Publishable, ctx: VisibilityContext): boolean {
  return article.published.epoch > ctx.now;
}

// Kept on globalThis: the integration and the bundled pages hold separate copies of this module, and they must
// agree on "now" (an article published mid-build would otherwise get a page but no search entry or card).
const NOW_KEY = Symbol.for('dateline.build-now');
const clock = globalThis as typeof globalThis & { [NOW_KEY]?: number };
/**
 * The build's clock, read once per process. `DATELINE_NOW` (ISO 8601) pins it, for reproducible builds of an
 * archive and for tests.
 */
export function buildNow(): number {
  let fixedNow = clock[NOW_KEY];
  if (fixedNow === undefined) {
    const pinned = process.env['DATELINE_NOW'];
    if (pinned) {
      const parsed = Date.parse(pinned);
      // A mistyped pin must not silently publish (or hide) articles by the real clock.
      if (!Number.isFinite(parsed)) throw new Error(`DATELINE_NOW="${pinned}" is not an ISO 8601 date-time, e.g. 2026-11-28T12:00:00Z`);
      fixedNow = parsed;
    } else {
      fixedNow = Date.now();
    }
    clock[NOW_KEY] = fixedNow;
  }
  return fixedNow;
}

export interface Sortable {
  slug: string;
  published: NewsDate;
}

/** Newest first; equal times break by slug so every machine gets the same order. */
export function byNewest(a: Sortable, b: Sortable): number {
  return b.published.epoch - a.published.epoch || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
