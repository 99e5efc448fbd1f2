import type { APIRoute } from 'astro';
import { getNewsroom } from '#/domain/newsroom.ts';
import { hasNewsSitemap } from '#/outputs/news-sitemap.ts';
import { absoluteUrl } from '#/domain/urls.ts';
import { buildNow } from '#/domain/visibility.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const sitemaps = [absoluteUrl('/sitemap-index.xml'), ...(hasNewsSitemap(articles, buildNow()) ? [absoluteUrl('/news-sitemap.xml')] : [])];
  return new Response(['User-agent: *', 'Allow: /', '', ...sitemaps.map((s) => `Sitemap: ${s}`), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
