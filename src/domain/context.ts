/**
 * The one build context: decided once, by the integration when Astro starts (src/integration.ts), and read by
 * the content loader and the pages through the virtual module `virtual:dateline/context`
 * (src/build/context-plugin.ts); scripts decide it the same way with `decideContext`. Domain functions take it
 * (or the visibility it implies) as a parameter, so unit tests need no virtual module.
 */
import { site } from '#/site.config.ts';
import { parseNewsDate } from './dates.ts';
import type { VisibilityContext } from './visibility.ts';

export interface BuildContext {
  /** `astro dev` (drafts and scheduled articles previewed, marked as such) or anything else (a build). */
  mode: 'dev' | 'build';
  /** The build's clock in epoch milliseconds: `DATELINE_NOW` when pinned, else the moment the build started. */
  now: number;
  /** The project root (absolute path). */
  root: string;
  /** Where Dateline keeps its caches (rendered HTML, search index, social cards, sitemap dates). */
  cacheDir: string;
  /**
   * Names this build's own files among the caches, so concurrent builds of one project (into different output
   * folders) keep apart; stable from build to build, so it never changes the pages' code.
   */
  buildId: string;
  /** `DATELINE_NOW` as written, when it pinned `now`. */
  pinnedAs?: string;
}

/**
 * The build's "now": `DATELINE_NOW` pins it, for reproducible builds of an archive and for tests; else the clock.
 * The pin is read by the content's own date rule (dates.ts), so it means the same on every machine: a date-time
 * needs its offset (the machine's zone would otherwise decide, round 19), a date alone is the start of that day in
 * the newsroom's zone, and an impossible date is refused, never rolled over. A mistyped pin must not silently
 * publish (or hide) articles by the real clock: it throws, and the build and the scripts print that as one line.
 */
export function decideNow(pinned: string | undefined, clock: () => number = Date.now, timeZone: string = site.timeZone): number {
  if (!pinned) return clock();
  const parsed = parseNewsDate(pinned, timeZone);
  if (!parsed.ok) {
    // A word (`now`) is told about `npm run release`, a fix for an article's field, not for the clock (round 29d #13).
    const word = /^\s*(?:now|today|tomorrow|yesterday)\s*$/i.test(pinned);
    throw new Error(`DATELINE_NOW: ${word ? `"${pinned.trim()}" is a word, not a time; unset DATELINE_NOW to build by the clock, or pin an instant such as 2026-12-01T10:00:00Z` : parsed.problem}`);
  }
  return parsed.date.epoch;
}

/** The context for an Astro command (`dev`, `build`, `sync`, …) or a script, from the environment. */
export function decideContext(command: string, root: string, env: Record<string, string | undefined> = process.env, buildId = 'script'): BuildContext {
  const base = root.replace(/\/$/, '');
  const pinned = env['DATELINE_NOW']?.trim();
  return { mode: command === 'dev' ? 'dev' : 'build', now: decideNow(pinned), root: base, cacheDir: `${base}/node_modules/.cache`, buildId, ...(pinned ? { pinnedAs: pinned } : {}) };
}

/**
 * Which articles the content check treats as published: those published by the build's "now" and not drafts. The
 * development server (which runs for hours) judges by the wall clock; it shows drafts on its pages
 * (pageVisibility), but checks as the build does, so a link or related pin to a draft is an error there too (round
 * 28b #14: it was silent while check:content and the build refused them).
 */
export function checkVisibility(ctx: BuildContext, clock: () => number = Date.now): VisibilityContext {
  return ctx.mode === 'dev' ? { now: clock(), includeDrafts: false } : { now: ctx.now, includeDrafts: false, ...(ctx.pinnedAs ? { pinnedAs: ctx.pinnedAs } : {}) };
}

/**
 * Which articles get pages: in a build, the published ones; the development server previews everything, drafts
 * and scheduled articles too, each marked as such (components/DevMarker.astro), so an editor can read a story
 * before it goes out.
 */
export function pageVisibility(ctx: BuildContext): VisibilityContext {
  return ctx.mode === 'dev' ? { now: Number.POSITIVE_INFINITY, includeDrafts: true } : { now: ctx.now, includeDrafts: false, ...(ctx.pinnedAs ? { pinnedAs: ctx.pinnedAs } : {}) };
}
