/**
 * `/news-sitemap.xml` (see src/outputs/news-sitemap.ts). A dynamic route so that the file is not written at all
 * when no article is recent enough to list: an empty <urlset> is invalid under the sitemaps.org schema.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '#/newsroom.ts';
import { checkVisibility } from '#/domain/context.ts';
import { newsSitemapXml } from '#/outputs/news-sitemap.ts';

export const getStaticPaths = (async () => {
  const { articles, context } = await getNewsroom();
  // The clock's time in the dev server (its context's "now" is when it started): a story that goes live while it
  // runs is in the news sitemap at once (round 29b #8).
  const xml = newsSitemapXml(articles, checkVisibility(context).now);
  return xml ? [{ params: { sitemap: 'news-sitemap' }, props: { xml } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
