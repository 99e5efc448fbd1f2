/**
 * Each page records the date it shows as its last modification while it is rendered; the sitemap reads the
 * same values at the end of the build, so sitemap `lastmod` can never disagree with the page.
 *
 * Pages write their dates to a log file named in the build context (one line per page, appended), and the
 * integration reads it back when the pages are done: no registry shared through the process, and pages rendered
 * in worker threads or processes record theirs the same way.
 *
 * An incremental build copies unchanged pages from the previous build instead of rendering them, so those
 * pages record nothing: their values are kept in a file beside Astro's build cache and read back at the end
 * of the next build. A page rendered in this build always wins, also when it now has no date.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildContext } from '#/domain/context.ts';
import { safeDecode } from '#/domain/urls.ts';

/** Pages rendered in this build: their date, or null when they show none. */
let current = new Map<string, string | null>();
/** Dates recorded by earlier builds, for pages this build restored from its cache. */
let previous = new Map<string, string>();

/** The log this build's pages append their dates to (one per build process). */
export function lastmodLog(ctx: BuildContext): string {
  return join(ctx.cacheDir, 'dateline-lastmod', `${ctx.buildId}.log`);
}

/** Called by the layout of every page with its path and the ISO date of its newest content (if it has one). */
export function recordLastmod(ctx: BuildContext, path: string, iso: string | undefined): void {
  if (ctx.mode !== 'build') return;
  const log = lastmodLog(ctx);
  mkdirSync(dirname(log), { recursive: true });
  appendFileSync(log, `${JSON.stringify([path, iso ?? null])}\n`);
}

/**
 * Records the dates of many pages at once, when their paths are listed (`getStaticPaths`) rather than rendered:
 * a build part (src/build/build-part.ts) lists every page but renders only its own, and the part that writes the
 * sitemap needs the dates of the others. The page records the same value again when it renders.
 */
export function recordLastmods(ctx: BuildContext, pages: readonly (readonly [path: string, iso: string | undefined])[]): void {
  if (ctx.mode !== 'build' || pages.length === 0) return;
  const log = lastmodLog(ctx);
  mkdirSync(dirname(log), { recursive: true });
  // Encoded as Astro.url.pathname is (and as the sitemap looks it up).
  appendFileSync(log, pages.map(([path, iso]) => `${JSON.stringify([new URL(path, 'http://x').pathname, iso ?? null])}\n`).join(''));
}

/** Removes a log left by an earlier run of this build id (the pages of this build write a new one). */
export function startLastmodLog(ctx: BuildContext): void {
  rmSync(lastmodLog(ctx), { force: true });
}

/** Reads what this build's pages recorded (`log`, then removed) and the dates an earlier build kept (`saved`). */
export function collectLastmods(log: string, saved: string): void {
  current = new Map();
  try {
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      if (!line) continue;
      const [path, iso] = JSON.parse(line) as [string, string | null];
      current.set(path, iso);
    }
  } catch {
    // No page recorded a date (or nothing was rendered): every date comes from the earlier build.
  }
  rmSync(log, { force: true });
  try {
    const kept = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, string>;
    previous = new Map(Object.entries(kept).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    previous = new Map();
  }
}

/** The lastmod for a page path, if it has one. */
export function lastmodFor(path: string): string | undefined {
  const value = current.has(path) ? current.get(path) : previous.get(path);
  return value ?? undefined;
}

/** Keeps the dates of this build's pages (rendered and restored alike) for the next build. */
export function saveLastmods(file: string, pages: ReadonlySet<string>): void {
  const merged = new Map<string, string>();
  // Recorded paths are URL-encoded (as the sitemap sees them); Astro's list of built pages is decoded.
  for (const path of new Set([...current.keys(), ...previous.keys()])) {
    const iso = lastmodFor(path);
    if (iso && (pages.has(path) || pages.has(safeDecode(path, decodeURI)))) merged.set(path, iso);
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : 1)))));
  renameSync(tmp, file);
}
