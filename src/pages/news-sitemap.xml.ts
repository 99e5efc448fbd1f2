/** Google News sitemap: articles published in the two days before the build, at most 1,000. */
import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/feeds.ts';
import { getNewsroom } from '../lib/newsroom.ts';
import { absoluteUrl, articlePath } from '../lib/urls.ts';
import { buildNow } from '../lib/visibility.ts';
import { site } from '../site.config.ts';

const TWO_DAYS = 2 * 86_400_000;

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const since = buildNow() - TWO_DAYS;
  const recent = articles.filter((a) => a.data.published.epoch >= since).slice(0, 1000);
  const urls = recent
    .map(
      (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(articlePath(a.slug)))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.name)}</news:name>
        <news:language>${escapeXml((a.data.lang ?? site.lang).split('-')[0] ?? site.lang)}</news:language>
      </news:publication>
      <news:publication_date>${a.data.published.iso}</news:publication_date>
      <news:title>${escapeXml(a.data.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
