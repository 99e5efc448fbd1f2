/**
 * The Google News sitemap: articles published in the two days before the build, at most 1,000, canonical URLs
 * only (syndicated copies whose canonical is elsewhere are left out, as Google asks).
 *
 * The sitemaps.org schema requires at least one <url>, and Google wants only the last two days' articles, so
 * when nothing is that recent there is no news sitemap at all: `newsSitemapXml` returns undefined, the file is
 * not written and robots.txt does not point at it (see `hasNewsSitemap`).
 */
import { site } from '#/site.config.ts';
import { escapeXml } from './feeds.ts';
import type { Article } from '#/domain/newsroom.ts';
import { absoluteUrl, articlePath } from '#/domain/urls.ts';
import { inNewsWindow } from '#/domain/news-window.ts';

const MAX_URLS = 1000;

/** The articles the news sitemap lists at `now`: newest first, as `articles` is sorted. */
export function newsSitemapArticles(articles: readonly Article[], now: number): Article[] {
  return articles.filter((a) => inNewsWindow(a.data, now)).slice(0, MAX_URLS);
}

/** The news sitemap's XML, or undefined when no article is recent enough to list. */
export function newsSitemapXml(articles: readonly Article[], now: number): string | undefined {
  const recent = newsSitemapArticles(articles, now);
  if (recent.length === 0) return undefined;
  const urls = recent.map(
    (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(articlePath(a.slug)))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.name)}</news:name>
        <news:language>${escapeXml(newsLanguage(a.data.lang ?? site.lang))}</news:language>
      </news:publication>
      <news:publication_date>${a.data.published.iso}</news:publication_date>
      <news:title>${escapeXml(a.data.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
}

/**
 * Google News takes ISO 639 codes, plus zh-cn and zh-tw; Dari (`prs`, `fa-AF`) is listed as Persian (`fa`),
 * the closest code it accepts.
 */
export function newsLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  // Chinese by its script: Traditional (zh-Hant, and the regions that write it: Taiwan, Hong Kong, Macau) is zh-tw.
  if (lower === 'zh' || lower.startsWith('zh-')) {
    let script = '';
    try {
      script = new Intl.Locale(lang).maximize().script ?? '';
    } catch {
      script = '';
    }
    return script === 'Hant' ? 'zh-tw' : 'zh-cn';
  }
  if (lower === 'prs' || lower.startsWith('prs-')) return 'fa';
  return lower.split('-')[0] ?? lower;
}

export function hasNewsSitemap(articles: readonly Article[], now: number): boolean {
  return newsSitemapArticles(articles, now).length > 0;
}
