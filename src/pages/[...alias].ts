/**
 * The old addresses of stories migrated from another site (`aliases`, src/domain/aliases.ts), each a page that
 * sends readers on (src/outputs/alias-page.ts). An endpoint, not a page: Astro writes an endpoint's path as the
 * exact file (`old/story.html`), where a page would become `old/story.html/index.html`, which no host serves there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '#/newsroom.ts';
import { aliasRoutes } from '#/domain/routing.ts';
import type { Article } from '#/domain/newsroom.ts';
import { aliasPageHtml } from '#/outputs/alias-page.ts';
import { aliasFolder } from '#/domain/aliases.ts';
import { articleSocialImage } from '#/outputs/article-social-image.ts';
import { context } from 'virtual:dateline/context';

export const getStaticPaths = (async () => {
  const routes = aliasRoutes(await getNewsroom());
  return context.mode === 'dev' ? devRoutes(routes) : routes;
}) satisfies GetStaticPaths;

/**
 * The development server asks for every page as a folder (`/old/x/`; `/old/x.html` is rewritten to it by
 * src/build/dev-errors.ts), so there each alias's param is in that form (round 31b #5: every alias answered 404).
 */
function devRoutes<R extends { params: { alias: string } }>(routes: readonly R[]): R[] {
  const byParam = new Map<string, R>();
  for (const r of routes) {
    const alias = `${aliasFolder(r.params.alias)}/`;
    if (!byParam.has(alias)) byParam.set(alias, { ...r, params: { alias } });
  }
  return [...byParam.values()];
}

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) =>
  new Response(aliasPageHtml(article, await articleSocialImage(article)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
