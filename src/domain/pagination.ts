/** Splits a list into pages for `getStaticPaths`: page 1 at the list's URL, then `…/2/`, `…/3/`. */
import { paged } from './urls.ts';

/**
 * Topics and reporters per page of `/tags/` and `/authors/` (round 28c #4: one page listed them all, 3 MB at 20,000
 * topics). An index page's entry is one short line, so a page holds many more than a list of articles.
 */
export const INDEX_PAGE_SIZE = 500;

export interface Page<T> {
  items: T[];
  current: number;
  last: number;
  /** This page's path. */
  url: string;
  prev: string | undefined;
  next: string | undefined;
}

export function paginate<T>(items: readonly T[], base: string, pageSize: number): Page<T>[] {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    return {
      items: items.slice(i * pageSize, current * pageSize),
      current,
      last,
      url: paged(base, current),
      prev: current > 1 ? paged(base, current - 1) : undefined,
      next: current < last ? paged(base, current + 1) : undefined,
    };
  });
}

/** The `[...page]` route parameter for a page number: undefined for page 1. */
export function pageParam(current: number): string | undefined {
  return current === 1 ? undefined : String(current);
}
