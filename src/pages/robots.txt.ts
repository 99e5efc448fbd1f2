import type { APIRoute } from 'astro';
import { getNewsroom } from '#/newsroom.ts';
import { checkVisibility } from '#/domain/context.ts';
import { hasNewsSitemap } from '#/outputs/news-sitemap.ts';
import { absoluteUrl } from '#/domain/urls.ts';

export const GET: APIRoute = async () => {
  const { articles, context } = await getNewsroom();
  const sitemaps = [absoluteUrl('/sitemap-index.xml'), ...(hasNewsSitemap(articles, checkVisibility(context).now) ? [absoluteUrl('/news-sitemap.xml')] : [])];
  return new Response(['User-agent: *', 'Allow: /', '', ...sitemaps.map((s) => `Sitemap: ${s}`), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
