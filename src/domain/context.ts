/**
 * The one build context: decided once, by the integration when Astro starts (src/integration.ts), and read by
 * the content loader and the pages through the virtual module `virtual:dateline/context`
 * (src/build/context-plugin.ts); scripts decide it the same way with `decideContext`. Domain functions take it
 * (or the visibility it implies) as a parameter, so unit tests need no virtual module.
 */
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
}

/**
 * The build's "now": `DATELINE_NOW` (ISO 8601) pins it, for reproducible builds of an archive and for tests;
 * else the clock. A mistyped pin must not silently publish (or hide) articles by the real clock.
 */
export function decideNow(pinned: string | undefined, clock: () => number = Date.now): number {
  if (!pinned) return clock();
  const parsed = Date.parse(pinned);
  if (!Number.isFinite(parsed)) throw new Error(`DATELINE_NOW="${pinned}" is not an ISO 8601 date-time, e.g. 2026-11-28T12:00:00Z`);
  return parsed;
}

/** The context for an Astro command (`dev`, `build`, `sync`, …) or a script, from the environment. */
export function decideContext(command: string, root: string, env: Record<string, string | undefined> = process.env, buildId = 'script'): BuildContext {
  const base = root.replace(/\/$/, '');
  return { mode: command === 'dev' ? 'dev' : 'build', now: decideNow(env['DATELINE_NOW']), root: base, cacheDir: `${base}/node_modules/.cache`, buildId };
}

/**
 * Which articles the content check treats as published: in a build, those published by the build's "now" and
 * not drafts; the development server (which runs for hours) judges by the wall clock and shows drafts.
 */
export function checkVisibility(ctx: BuildContext, clock: () => number = Date.now): VisibilityContext {
  return ctx.mode === 'dev' ? { now: clock(), includeDrafts: true } : { now: ctx.now, includeDrafts: false };
}

/**
 * Which articles get pages: in a build, the published ones; the development server previews everything, drafts
 * and scheduled articles too, each marked as such (components/DevMarker.astro), so an editor can read a story
 * before it goes out.
 */
export function pageVisibility(ctx: BuildContext): VisibilityContext {
  return ctx.mode === 'dev' ? { now: Number.POSITIVE_INFINITY, includeDrafts: true } : { now: ctx.now, includeDrafts: false };
}
