/**
 * Which built pages the sitemap lists: content pages only (not search or the 404 page), and never an article
 * whose canonical URL is elsewhere (a syndicated copy), nor a renamed article's old address (`formerly`), nor an
 * old address from the site a story came from (`aliases`): Google asks for canonical URLs only.
 */
import { loadCheckedContent } from './content-load.ts';
import { articlePath } from '#/domain/urls.ts';
import { aliasFile } from '#/domain/aliases.ts';
import type { BuildContext } from '#/domain/context.ts';
import type { CheckedContent } from '#/check/content-check.ts';

let notCanonical: Set<string> | undefined;

/** Remembers which pages are not canonical (syndicated copies, old addresses), from the build's check, so the check need not be kept. */
export function rememberSyndicated(content: Pick<CheckedContent, 'articles'>): void {
  notCanonical = new Set([
    ...content.articles.filter((a) => a.data.canonical).map((a) => articlePath(a.id)),
    ...content.articles.flatMap((a) => (a.data.formerly ?? []).map(articlePath)),
    // Listed by the file an endpoint writes (`/old/x/index.html`) or by the address it is served at (`/old/x/`).
    ...content.articles.flatMap((a) => (a.data.aliases ?? []).flatMap((alias) => [`/${aliasFile(alias)}`, `/${aliasFile(alias)}`.replace(/index\.html$/, '')])),
  ]);
}

export function inSitemap(pageUrl: string, context: BuildContext): boolean {
  const path = new URL(pageUrl).pathname;
  if (/\/(search|404)\/?$/.test(path)) return false;
  // The integration remembered the list at the start of the build; otherwise the check's cached result is read.
  if (!notCanonical) rememberSyndicated(loadCheckedContent(context));
  return !notCanonical!.has(decodeURI(path));
}
