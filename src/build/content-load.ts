/**
 * Runs the content check once per process and shares the result between the Dateline integration (which
 * stops `astro build` on errors before anything renders) and the three collection loaders.
 */
import { checkContent, contentDirFor, type CheckedContent } from '#/check/content-check.ts';
import { buildNow } from '#/domain/visibility.ts';

const CACHE = Symbol.for('dateline.checked-content');
type Cache = { key: string; result: CheckedContent };
const store = globalThis as typeof globalThis & { [CACHE]?: Cache };

export interface LoadOptions {
  root: string;
  includeDrafts: boolean;
  /** Re-read the files even when a result is cached (dev server after a change). */
  fresh?: boolean;
}

export function loadCheckedContent(opts: LoadOptions): CheckedContent {
  const key = `${opts.root}|${contentDirFor(opts.root)}|${opts.includeDrafts}`;
  const cached = store[CACHE];
  if (!opts.fresh && cached?.key === key) return cached.result;
  // The dev server (which shows drafts) runs for hours: it judges scheduling by the wall clock, not its start time.
  const now = opts.includeDrafts ? Date.now() : buildNow();
  const result = checkContent({ root: opts.root, visibility: { now, includeDrafts: opts.includeDrafts } });
  store[CACHE] = { key, result };
  return result;
}
