/**
 * Which built pages the sitemap lists: content pages only (not search or the 404 page), and never an article
 * whose canonical URL is elsewhere (a syndicated copy): Google asks for canonical URLs only.
 */
import { loadCheckedContent } from './content-load.ts';
import { articlePath } from '#/domain/urls.ts';
import type { BuildContext } from '#/domain/context.ts';
import type { CheckedContent } from '#/check/content-check.ts';

let syndicated: Set<string> | undefined;

/** Remembers which articles are syndicated copies, from the build's check, so the check need not be kept. */
export function rememberSyndicated(content: Pick<CheckedContent, 'articles'>): void {
  syndicated = new Set(content.articles.filter((a) => a.data.canonical).map((a) => articlePath(a.id)));
}

export function inSitemap(pageUrl: string, context: BuildContext): boolean {
  const path = new URL(pageUrl).pathname;
  if (/\/(search|404)\/?$/.test(path)) return false;
  // The integration remembered the list at the start of the build; otherwise the check's cached result is read.
  if (!syndicated) rememberSyndicated(loadCheckedContent(context));
  return !syndicated!.has(decodeURI(path));
}
