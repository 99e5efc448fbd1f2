/**
 * The page written at an old address of a story (`aliases`, src/domain/aliases.ts): as a renamed article's old
 * address does (src/pages/articles/[...formerly].astro), it sends browsers on at once and names the article's
 * canonical address, so search engines move the old address's standing to it; it is in no sitemap, feed or search.
 * Written whole here, not through the layout: it is an endpoint (src/pages/[...alias].ts), so that Astro writes
 * the exact file a static host serves for the old address (`old/story.html`, not `old/story.html/index.html`).
 */
import type { Article } from '#/domain/newsroom.ts';
import { openGraphLocale } from '#/domain/language-tags.ts';
import { absoluteUrl, articlePath } from '#/domain/urls.ts';
import { site } from '#/site.config.ts';
import { escapeXml as escape } from './feeds.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './lead-image-card.ts';
import type { SocialImage } from './article-social-image.ts';

type AliasedStory = Pick<Article, 'slug' | 'lang' | 'dir'> & { data: { title: string; description: string; canonical?: string | undefined } };

/**
 * `social`: the story's link preview (article-social-image.ts), as its page and its `formerly` page show it: an old
 * address re-shared is read by crawlers that never follow the refresh (round 25c #12). No script, style or frame
 * may run here (the policy allows images only), as on every page of the site.
 */
export function aliasPageHtml(article: AliasedStory, social: SocialImage): string {
  const target = articlePath(article.slug);
  // A syndicated copy's canonical is the original's, as on its own page (no chain old address → copy → original).
  const canonical = article.data.canonical ?? absoluteUrl(target);
  const title = escape(article.data.title);
  const description = escape(article.data.description);
  const image = escape(social.image ?? absoluteUrl('/og-card.png'));
  const imageAlt = escape(social.image ? (social.imageAlt ?? '') : `${site.name}: ${site.tagline}`);
  const size = social.image && social.imageWidth && social.imageHeight ? [social.imageWidth, social.imageHeight] : [CARD_WIDTH, CARD_HEIGHT];
  // The words around the headline are the site's; the headline is in the story's language (as on the formerly page).
  const own = article.lang ? ` lang="${escape(article.lang)}" dir="${article.dir}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(site.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} – ${escape(site.name)}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta http-equiv="refresh" content="0; url=${escape(target)}">`,
    `<link rel="canonical" href="${escape(canonical)}">`,
    '<meta name="color-scheme" content="light dark">',
    `<meta property="og:site_name" content="${escape(site.name)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${escape(canonical)}">`,
    `<meta property="og:image" content="${image}">`,
    `<meta property="og:image:width" content="${size[0]}">`,
    `<meta property="og:image:height" content="${size[1]}">`,
    `<meta property="og:image:alt" content="${imageAlt}">`,
    `<meta property="og:locale" content="${escape(openGraphLocale(article.lang ?? site.locale))}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:image" content="${image}">`,
    '</head>',
    '<body>',
    '<h1>This story has moved</h1>',
    `<p>Its new address: <a href="${escape(target)}"${own}>${title}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
