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
import { articleSocialImage } from '#/outputs/article-social-image.ts';
import { context } from 'virtual:dateline/context';

export const getStaticPaths = (async () => aliasRoutes(await getNewsroom(), { devServer: context.mode === 'dev' })) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) =>
  new Response(aliasPageHtml(article, await articleSocialImage(article)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
