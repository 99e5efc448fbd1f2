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
  /** `DATELINE_NOW` as written, when it pinned `now`: the lines a pinned clock explains name it (32a F3). */
  pinnedAs?: string;
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

export interface Sortable {
  slug: string;
  published: NewsDate;
}

/** Newest first; equal times break by slug so every machine gets the same order. */
export function byNewest(a: Sortable, b: Sortable): number {
  return b.published.epoch - a.published.epoch || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
