/**
 * Each page records the date it shows as its last modification while it is rendered; the sitemap reads the
 * same values at the end of the build, so sitemap `lastmod` can never disagree with the page.
 * (Pages are prerendered in the build process, so a process-wide registry is shared with the integration.)
 *
 * An incremental build copies unchanged pages from the previous build instead of rendering them, so those
 * pages record nothing: their values are kept in a file beside Astro's build cache and read back at the start
 * of the next build. A page rendered in this build always wins, also when it now has no date.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const KEY = Symbol.for('dateline.lastmod');
interface Registry {
  /** Pages rendered in this build: their date, or null when they show none. */
  current: Map<string, string | null>;
  /** Dates recorded by earlier builds, for pages this build restored from its cache. */
  previous: Map<string, string>;
}
const g = globalThis as typeof globalThis & { [KEY]?: Registry };

function registry(): Registry {
  g[KEY] ??= { current: new Map(), previous: new Map() };
  return g[KEY];
}

/** Called by the layout of every page with its path and the ISO date of its newest content (if it has one). */
export function recordLastmod(path: string, iso: string | undefined): void {
  registry().current.set(path, iso ?? null);
}

/** The dates recorded since the last call, forgotten here (a page-rendering worker sends them to the build). */
export function takeRecordedLastmods(): [string, string | null][] {
  const { current } = registry();
  const taken = [...current];
  current.clear();
  return taken;
}

/** The lastmod for a page path, if it has one. */
export function lastmodFor(path: string): string | undefined {
  const { current, previous } = registry();
  const value = current.has(path) ? current.get(path) : previous.get(path);
  return value ?? undefined;
}

/** Reads the dates an earlier build kept (a missing or unreadable file means there are none). */
export function loadLastmods(file: string): void {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    registry().previous = new Map(Object.entries(saved).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    registry().previous = new Map();
  }
}

/** Keeps the dates of this build's pages (rendered and restored alike) for the next build. */
export function saveLastmods(file: string, pages: ReadonlySet<string>): void {
  const { current, previous } = registry();
  const merged = new Map<string, string>();
  // Recorded paths are URL-encoded (as the sitemap sees them); Astro's list of built pages is decoded.
  for (const path of new Set([...current.keys(), ...previous.keys()])) {
    const iso = lastmodFor(path);
    if (iso && (pages.has(path) || pages.has(safeDecode(path)))) merged.set(path, iso);
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : 1)))));
  renameSync(tmp, file);
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
