/**
 * `/news-sitemap.xml` (see src/outputs/news-sitemap.ts). A dynamic route so that the file is not written at all
 * when no article is recent enough to list: an empty <urlset> is invalid under the sitemaps.org schema.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '#/newsroom.ts';
import { newsSitemapXml } from '#/outputs/news-sitemap.ts';

export const getStaticPaths = (async () => {
  const { articles, context } = await getNewsroom();
  const xml = newsSitemapXml(articles, context.now);
  return xml ? [{ params: { sitemap: 'news-sitemap' }, props: { xml } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
