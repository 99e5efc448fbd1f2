/**
 * Feed items are built once from the newsroom index (visible articles only) and written as RSS 2.0 (with
 * @astrojs/rss), Atom 1.0 and JSON Feed 1.1. Dates come from the same parsed values the pages show.
 */
import rss from '@astrojs/rss';
import { site } from '#/site.config.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { applyBodyImages } from '#/domain/body-images-html.ts';
import { leadParagraphAt } from '#/domain/dateline-place.ts';
import type { Article } from '#/domain/newsroom.ts';
import { textDirection } from '#/domain/text-direction.ts';
import { articleLocale } from '#/i18n/locale.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { absoluteUrl, articlePath, authorPath } from '#/domain/urls.ts';
import { onSiteOriginal } from '#/domain/site-links.ts';
import { bylineSource } from '#/domain/byline.ts';

export interface FeedItem {
  title: string;
  url: string;
  /**
   * The item's identity for feed readers: its first address. A renamed article (`formerly`) keeps the id it was
   * first announced under, or every reader would show it again as a new story (round 26a #3).
   */
  id: string;
  summary: string;
  /** Full sanitised article HTML with absolute links and images; undefined in a summary feed. */
  html: string | undefined;
  authors: { name: string; url: string }[];
  /** Section name first, then tags. */
  categories: string[];
  published: NewsDate;
  /** Only when the article was updated after publication. */
  updated: NewsDate | undefined;
  lang: string;
  /** The lead photo's absolute address (JSON Feed's `image`), when the site feed has it (feed-lead-images.ts). */
  image?: string;
}

/** A lead photo as the image pipeline made it for the page: its address on the site and its size. */
export interface FeedImage {
  src: string;
  width: number;
  height: number;
}

export interface Feed {
  title: string;
  description: string;
  /** Path of the HTML page the feed mirrors. */
  pagePath: string;
  /** Path of this feed. */
  selfPath: string;
  items: FeedItem[];
  /** The build's "now" (`DATELINE_NOW` when pinned): the Atom feed's `<updated>` while it has no items. */
  builtAt?: number | undefined;
}

/**
 * What a feed's items carry: `full`, the whole article (the site feeds); `summary`, the headline, standfirst and
 * link (section and author feeds). An article appears in the site feeds once, but in the feed of each of its
 * authors: with the full text there, a feed's size would multiply with co-authors (20 authors of 20 articles of
 * 1 MB made 395 MB of author feeds), so those feeds link to the page instead.
 */
export type FeedContent = 'full' | 'summary';

/** The site feeds' articles: a desk's copy of a story of this site is left out, its original is there (round 26a #12). */
export function siteFeedArticles(articles: readonly Article[]): Article[] {
  return articles.filter((a) => onSiteOriginal(a.data.canonical, site.url) === undefined);
}

/**
 * The full text a site feed carries at most, in UTF-8 bytes (round 28c #1: fifty long articles made a 40 MB feed,
 * which feed readers refuse or cut; Feedly and Inoreader fetch a few MB at most). Newest first, an item keeps its
 * text while the feed stays within this; an item whose text would take it past is listed with its summary and link.
 */
export const FEED_TEXT_BUDGET = 1024 * 1024;

export function feedItems(articles: readonly Article[], content: FeedContent = 'full', leadImages?: ReadonlyMap<string, FeedImage>): FeedItem[] {
  let budget = FEED_TEXT_BUDGET;
  return articles.slice(0, site.feedSize).map((a) => {
    const url = absoluteUrl(articlePath(a.slug));
    const first = a.data.formerly?.[0];
    const id = first === undefined ? url : absoluteUrl(articlePath(first));
    const place = a.data.dateline ? `<strong>${escapeXml(a.data.dateline)} —</strong>` : '';
    const lang = a.data.lang ?? site.lang;
    const lead = leadImages?.get(a.slug);
    const withinBudget = (html: string): string | undefined => {
      const bytes = Buffer.byteLength(html);
      if (bytes > budget) return undefined;
      budget -= bytes;
      return html;
    };
    const text = () => {
      const body = alignInline(absolutizeHtml(applyBodyImages(a.html(), a.bodyImages, { srcset: false }), url));
      // Before the lead paragraph, past a photo the body opens with, as on the page (dateline-place.ts), and inside
      // it: a feed reader has no stylesheet to run it in, so a paragraph of its own stood alone (round 29c #3).
      const at = place ? leadParagraphAt(body) : 0;
      const opening = place ? /^<p(?:\s[^>]*)?>/.exec(body.slice(at))?.[0] : undefined;
      const dateline = !place ? '' : opening ? `${opening}${place} ` : `<p>${place}</p>\n`;
      const rest = body.slice(at + (opening?.length ?? 0));
      return inLanguage(leadFigure(a, lead) + body.slice(0, at) + dateline + rest + correctionsHtml(a, lang), lang);
    };
    return {
      ...(lead ? { image: absoluteUrl(lead.src) } : {}),
      title: a.data.title,
      url,
      id,
      summary: a.data.description,
      html: content === 'full' ? withinBudget(text()) : undefined,
      authors: creditedAuthors(a.authors.map((x) => ({ name: x.data.name, url: absoluteUrl(authorPath(x.id)) })), a.data.source, lang),
      categories: [a.section.data.name, ...a.tags.map((t) => t.name)],
      published: a.data.published,
      // Updated or corrected after publication (newsroom.ts `modified`).
      updated: a.modified.epoch > a.data.published.epoch ? a.modified : undefined,
      lang,
    };
  });
}

/** The lead photo with its caption and credit, as the page shows them above the story. */
function leadFigure(a: Article, lead: FeedImage | undefined): string {
  const image = a.data.image;
  if (!image || !lead) return '';
  const credit = image.credit ? `<small> ${escapeXml(image.credit)}</small>` : '';
  const caption = image.caption || image.credit ? `<figcaption>${escapeXml(image.caption ?? '')}${credit}</figcaption>` : '';
  return `<figure><img src="${escapeXml(absoluteUrl(lead.src))}" alt="${escapeXml(image.alt)}" width="${lead.width}" height="${lead.height}">${caption}</figure>\n`;
}

/**
 * The corrections at the foot of the story, as its page ends (round 19: feed readers got the corrected text with no
 * notice that it was corrected): dated in the newsroom's zone, in the article's language.
 */
function correctionsHtml(a: Article, lang: string): string {
  if (a.data.corrections.length === 0) return '';
  const { messages, locale, timeZoneLabel } = articleLocale(lang);
  const items = a.data.corrections.map((c) => `<li><time datetime="${escapeXml(c.date.iso)}">${escapeXml(formatSiteDate(c.date, { locale, timeZoneLabel }))}</time>: ${escapeXml(c.text)}</li>`);
  return `\n<h2>${escapeXml(messages.corrections)}</h2>\n<ul>${items.join('')}</ul>`;
}

/**
 * The authors as a feed names them, the wire or partner the byline reports for after the last name, as the page's
 * byline reads ("Daud Sherzad for Koh-e-Baba Wire"): feeds have no field of their own for it, and a story from
 * Reuters must not reach readers credited to the staff reporter alone (round 19).
 */
function creditedAuthors(authors: FeedItem['authors'], written: string | undefined, lang: string): FeedItem['authors'] {
  const source = bylineSource(written, authors.map((a) => a.name));
  if (!source || authors.length === 0) return authors;
  const { messages } = articleLocale(lang);
  const last = authors.at(-1)!;
  return [...authors.slice(0, -1), { ...last, name: `${last.name}${messages.sourceBefore}${source}${messages.sourceAfter}` }];
}

/**
 * An article in another language than the site's, as a feed reader gets it: wrapped in its language and direction,
 * as the page's `<article lang dir>` is (round 19: a Dari story's paragraphs were laid out left to right, its full
 * stops and the dateline's dash at the wrong end). Feeds carry no per-item direction of their own.
 */
function inLanguage(html: string, lang: string): string {
  return lang === site.lang ? html : `<div lang="${escapeXml(lang)}" dir="${textDirection(lang)}">${html}</div>`;
}

/**
 * A table column's alignment as an inline style: feed readers have no stylesheet for the page's `align-*` classes
 * (round 25c #2: figures stood at the start of their column there), and a feed has no Content-Security-Policy.
 */
function alignInline(html: string): string {
  return html.replace(/ class="align-(left|right|center)"/g, ' style="text-align:$1"');
}

/** Makes root-relative and fragment links in rendered HTML absolute, for readers outside the site. */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (m, attr: string, value: string) => {
    if (value.startsWith('#')) return `${attr}="${pageUrl}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return `${attr}="${absoluteUrl(value)}"`;
    return m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * Plain text as RSS needs it in `<title>` and `<description>`: feed readers render both as HTML, so the text is
 * HTML-escaped before the XML layer escapes it again (a standfirst `<img src=x onerror=…>` reads as text, never
 * becomes an element). Atom (`type="text"`) and JSON Feed say what their text is and carry it plain.
 */
export function rssText(s: string): string {
  return s.replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);
}

/** RSS 2.0. Update times go in `atom:updated` (RSS has no element for them). */
export function rssFeed(feed: Feed): Promise<Response> {
  return rss({
    title: rssText(feed.title),
    description: rssText(feed.description),
    // The channel's <link> is the page the feed mirrors (a section's or an author's), not the home page.
    site: absoluteUrl(feed.pagePath),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${escapeXml(feedLanguage(feed.items))}</language>` +
      `<atom:link href="${escapeXml(absoluteUrl(feed.selfPath))}" rel="self" type="application/rss+xml"/>` +
      (feed.items[0] ? `<lastBuildDate>${new Date(newest(feed.items)).toUTCString()}</lastBuildDate>` : ''),
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: rssText(item.title),
      link: item.url,
      pubDate: new Date(item.published.epoch),
      description: rssText(item.summary),
      content: item.html,
      categories: item.categories,
      customData:
        // A renamed article's guid is its first address (kept, not its link): @astrojs/rss lets customData replace it.
        (item.id === item.url ? '' : `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`) +
        item.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`).join('') +
        (item.updated ? `<atom:updated>${item.updated.iso}</atom:updated>` : ''),
    })),
  });
}

/** The feed's language: its items' when they all share one (a Pashto reporter's feed), else the site's. */
export function feedLanguage(items: readonly FeedItem[]): string {
  const first = items[0]?.lang;
  return first && items.every((i) => i.lang === first) ? first : site.lang;
}

function newest(items: FeedItem[]): number {
  return Math.max(...items.map((i) => (i.updated ?? i.published).epoch));
}

/** Atom 1.0 (RFC 4287), dates in RFC 3339 with the offset the editor wrote. */
export function atomFeed(feed: Feed): Response {
  // Atom requires <updated>: with nothing published yet (before launch), the build's time (round 19: it said 1970).
  const updated = feed.items.length ? isoOf(feed.items, newest(feed.items)) : new Date(feed.builtAt ?? 0).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = feedLanguage(feed.items);
  const entries = feed.items
    .map(
      // An entry in another language than the feed says so itself, so its title and summary do not inherit the feed's.
      (i) => `  <entry${i.lang === lang ? '' : ` xml:lang="${escapeXml(i.lang)}"`}>
    <title>${escapeXml(i.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(i.url)}"/>
    <id>${escapeXml(i.id)}</id>
    <published>${i.published.iso}</published>
    <updated>${(i.updated ?? i.published).iso}</updated>
${i.authors.map((a) => `    <author><name>${escapeXml(a.name)}</name><uri>${escapeXml(a.url)}</uri></author>`).join('\n')}
${i.categories.map((c) => `    <category term="${escapeXml(c)}"/>`).join('\n')}
    <summary type="text">${escapeXml(i.summary)}</summary>${i.html === undefined ? '' : `
    <content type="html">${escapeXml(i.html)}</content>`}
  </entry>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(feed.pagePath))}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feed.selfPath))}"/>
  <id>${escapeXml(absoluteUrl(feed.pagePath))}</id>
  <updated>${updated}</updated>
  <icon>${escapeXml(absoluteUrl('/favicon.svg'))}</icon>
${entries}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

function isoOf(items: FeedItem[], epoch: number): string {
  for (const i of items) {
    const d = i.updated ?? i.published;
    if (d.epoch === epoch) return d.iso;
  }
  return new Date(epoch).toISOString();
}

/** JSON Feed 1.1. */
export function jsonFeed(feed: Feed): Response {
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: absoluteUrl(feed.pagePath),
    feed_url: absoluteUrl(feed.selfPath),
    language: feedLanguage(feed.items),
    icon: absoluteUrl('/og-card.png'),
    favicon: absoluteUrl('/favicon.svg'),
    items: feed.items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      summary: i.summary,
      ...(i.image ? { image: i.image } : {}),
      // JSON Feed needs one of the two: the standfirst stands in for a summary feed's missing text.
      ...(i.html === undefined ? { content_text: i.summary } : { content_html: i.html }),
      date_published: i.published.iso,
      ...(i.updated ? { date_modified: i.updated.iso } : {}),
      authors: i.authors,
      tags: i.categories,
      language: i.lang,
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
