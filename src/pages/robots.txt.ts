import type { APIRoute } from 'astro';
import { getNewsroom } from '../lib/newsroom.ts';
import { hasNewsSitemap } from '../lib/news-sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { buildNow } from '../lib/visibility.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const sitemaps = [absoluteUrl('/sitemap-index.xml'), ...(hasNewsSitemap(articles, buildNow()) ? [absoluteUrl('/news-sitemap.xml')] : [])];
  return new Response(['User-agent: *', 'Allow: /', '', ...sitemaps.map((s) => `Sitemap: ${s}`), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
