/**
 * Which built pages the sitemap lists: content pages only (not search or the 404 page), and never an article
 * whose canonical URL is elsewhere (a syndicated copy): Google asks for canonical URLs only.
 */
import { loadCheckedContent } from './content-load.ts';
import { articlePath } from '#/domain/urls.ts';
import type { BuildContext } from '#/domain/context.ts';

let syndicated: Set<string> | undefined;

export function inSitemap(pageUrl: string, context: BuildContext): boolean {
  const path = new URL(pageUrl).pathname;
  if (/\/(search|404)\/?$/.test(path)) return false;
  // The content check already ran in this process (the build's first step); this reads its cached result.
  syndicated ??= new Set(
    loadCheckedContent(context)
      .articles.filter((a) => a.data.canonical)
      .map((a) => articlePath(a.id)),
  );
  return !syndicated.has(decodeURI(path));
}
