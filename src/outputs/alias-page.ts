/**
 * The page written at an old address of a story (`aliases`, src/domain/aliases.ts): as a renamed article's old
 * address does (src/pages/articles/[...formerly].astro), it sends browsers on at once and names the article's
 * canonical address, so search engines move the old address's standing to it; it is in no sitemap, feed or search.
 * Written whole here, not through the layout: it is an endpoint (src/pages/[...alias].ts), so that Astro writes
 * the exact file a static host serves for the old address (`old/story.html`, not `old/story.html/index.html`).
 */
import type { Article } from '#/domain/newsroom.ts';
import { absoluteUrl, articlePath } from '#/domain/urls.ts';
import { site } from '#/site.config.ts';
import { escapeXml as escape } from './feeds.ts';

export function aliasPageHtml(article: Pick<Article, 'slug' | 'lang' | 'dir'> & { data: { title: string; canonical?: string | undefined } }): string {
  const target = articlePath(article.slug);
  // A syndicated copy's canonical is the original's, as on its own page (no chain old address → copy → original).
  const canonical = article.data.canonical ?? absoluteUrl(target);
  const title = escape(article.data.title);
  // The words around the headline are the site's; the headline is in the story's language (as on the formerly page).
  const own = article.lang ? ` lang="${escape(article.lang)}" dir="${article.dir}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(site.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} – ${escape(site.name)}</title>`,
    `<meta http-equiv="refresh" content="0; url=${escape(target)}">`,
    `<link rel="canonical" href="${escape(canonical)}">`,
    '</head>',
    '<body>',
    '<h1>This story has moved</h1>',
    `<p>Its new address: <a href="${escape(target)}"${own}>${title}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
