/**
 * Each page records the date it shows as its last modification while it is rendered; the sitemap reads the
 * same values at the end of the build, so sitemap `lastmod` can never disagree with the page.
 * (Pages are prerendered in the build process, so a process-wide registry is shared with the integration.)
 */
const KEY = Symbol.for('dateline.lastmod');
type Registry = Map<string, string>;
const g = globalThis as typeof globalThis & { [KEY]?: Registry };

function registry(): Registry {
  g[KEY] ??= new Map();
  return g[KEY];
}

/** Called by the layout with the page's path and the ISO date of its newest content. */
export function recordLastmod(path: string, iso: string): void {
  registry().set(path, iso);
}

/** The recorded lastmod for a page path, if any. */
export function lastmodFor(path: string): string | undefined {
  return registry().get(path);
}
