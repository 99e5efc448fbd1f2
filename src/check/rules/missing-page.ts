/**
 * Why a path on this site is not a page the build writes, said as the address to write where there is one: a file
 * with a slash after its name (`/sections/economy/rss.xml/`), page 1 or a page past the last of a list, a month
 * with one digit, `index.html`, a path in the wrong case (`/Sections/economy/`), a section, author or topic that does not exist or has nothing published yet,
 * a social card (`/og/<slug>.png`) the build does not draw: cards off, a lead image, a headline the card fonts lack.
 */
import { posix } from 'node:path';
import { paged, tagSlug } from '#/domain/urls.ts';
import { closest, didYouMean } from './suggest.ts';
import type { SitePages } from './site-pages.ts';

const FEEDS = new Set(['rss.xml', 'atom.xml', 'feed.json']);
/** The answers that name no page to link instead: where another site's form may (old-addresses.ts). */
export const NO_PAGE = 'no page of the site has this address';
export const ARTICLE_URLS = 'article URLs are /articles/<slug>/';
/** Numbered pages are probed one by one up to the last; a list this long is not a newsroom's. */
const MAX_PROBED_PAGES = 100_000;

export function missingPage(path: string, pages: SitePages): string {
  // Looks like an address the build writes, but spelt with letters and accents as separate characters (NFD).
  const composed = path.normalize('NFC');
  if (composed !== path && pages.has(composed)) return `the address holds a decomposed accent (NFD: a letter followed by a separate combining accent, as some editors and file systems store text), so it is not ${composed} though it reads the same; retype the accented letter`;
  // Addresses are case-sensitive and every page's is lower case: `/Sections/economy/` is a 404, say the real one.
  const lower = path.toLowerCase();
  if (lower !== path && pages.has(lower)) return `addresses are case-sensitive and the page is ${lower}; link that`;
  if (/^\/(?:articles|sections|authors|tags|archive)\//i.test(path) && !/^\/(?:articles|sections|authors|tags|archive)\//.test(path)) {
    return `addresses are case-sensitive and the site's are lower case (${lower}), which is not a page either: ${missingPage(lower, pages)}`;
  }
  // A file written as a folder: `/sections/economy/rss.xml/` (a page address gets its slash; a file does not).
  const file = path.endsWith('/') ? path.slice(0, -1) : undefined;
  if (file && posix.basename(file).includes('.') && pages.has(file)) {
    return `${FEEDS.has(posix.basename(file)) ? 'the feed' : 'the file'} is ${file}, with no slash after the file name; link that`;
  }
  // Spellings of a page that exists under another address: say which (page 1, a one-digit month, index.html).
  const page1 = /^(.*\/)1\/$/.exec(path)?.[1];
  if (page1 && pages.has(page1)) return `page 1 of the list is ${page1}; link that`;
  const indexOf = /^(.*\/)index\.html$/.exec(path)?.[1];
  if (indexOf && pages.has(indexOf)) return `the page is ${indexOf}; link that`;
  const month = /^\/archive\/(\d{4})\/(\d)\/(.*)$/.exec(path);
  if (month && pages.has(`/archive/${month[1]}/0${month[2]}/${month[3]}`)) return `months have two digits: link /archive/${month[1]}/0${month[2]}/${month[3]}`;
  const card = /^\/og\/([^/]+)\.png$/.exec(path)?.[1];
  if (card !== undefined) return cardMissing(card, pages);
  const [, kind, id] = /^\/(sections|authors|tags|archive)\/([^/]+)\//.exec(path) ?? [];
  if (kind === 'sections' && id && !pages.sections.has(id)) return `no section "${id}"; ${closest(id, pages.sections, 'sections')}`;
  if (kind === 'authors' && id && !pages.authors.has(id)) return `no author "${id}"; ${closest(id, pages.authors, 'authors')}`;
  if ((kind === 'sections' || kind === 'authors') && id && !pages.has(`/${kind}/${id}/`)) {
    return `the ${kind === 'sections' ? 'section' : 'author'} "${id}" has no published article yet: its page and feed stay unpublished until its first article is out`;
  }
  if (kind === 'tags' && id && !pages.tags.has(id)) {
    // The topic's own words (`/tags/food%20prices/`): it exists at its URL form (round 25a #17).
    const form = tagSlug(id);
    if (form && form !== id && pages.tags.has(form)) return `the topic "${id}" is at /tags/${form}/ (a topic's address is its name in URL form: lower case, hyphens for spaces); link that`;
    const near = didYouMean(id, pages.tags);
    return `no published article has the topic "${id}"${near ? `; did you mean /tags/${near}/?` : ''}`;
  }
  // A year alone (`/archive/2026/`) is not page 2026 of the archive: the archive has months.
  if (kind === 'archive' && /^\/archive\/\d{4}\/$/.test(path)) return `the archive has a page for each month (/archive/${id}/MM/) and /archive/; link one of those`;
  const pastLast = pastLastPage(path, pages);
  if (pastLast) return pastLast;
  if (kind === 'archive' && /^\/archive\/\d{4}\/\d{2}\/(?:\d+\/)?$/.test(path)) return 'no published article in that month';
  if (path === '/news-sitemap.xml') return 'it is written only while an article is under two days old, so the link would break after two quiet days; link /sitemap-index.xml instead';
  const name = file ?? path;
  if (kind && name.endsWith('.xml')) {
    if (kind === 'tags') return 'topic pages have no feed of their own; link the topic page, or a section or author feed';
    const feed = kind === 'sections' || kind === 'authors' ? `/${kind}/${id}/rss.xml` : undefined;
    return feed && pages.has(feed) ? `no such feed; the ${kind === 'sections' ? 'section' : 'author'}'s feed is ${feed}` : 'no such feed';
  }
  if (kind && id) {
    const list = kind === 'archive' ? '/archive/' : `/${kind}/${id}/`;
    if (pages.has(list)) return `${list} has no page under it by that name; link ${list}`;
  }
  if (path.startsWith('/articles/')) return ARTICLE_URLS;
  return NO_PAGE;
}

/** `/sections/economy/7/` past a list's last page: how many pages it has and the last one's address. */
function pastLastPage(path: string, pages: SitePages): string | undefined {
  const m = /^(\/(?:sections|authors|tags)\/[^/]+\/|\/archive\/(?:\d{4}\/\d{2}\/)?)(\d+)\/$/.exec(path);
  const base = m?.[1];
  if (!base || !pages.has(base)) return undefined;
  let last = 1;
  while (last < MAX_PROBED_PAGES && pages.has(paged(base, last + 1))) last++;
  return last === 1 ? `the list has one page, ${base}; link that` : `the list has ${last} pages, the last is ${paged(base, last)}`;
}

/** Why `/og/<slug>.png` is not written: cards are off, the article has a lead image or a headline the fonts lack, or no such article. */
function cardMissing(slug: string, pages: SitePages): string {
  const page = `/articles/${slug}/`;
  const known = pages.has(page);
  if (pages.socialCards === 'site') return `social cards are off (socialCards is "site" in src/site.config.ts), so the build draws no card; ${known ? `link the article's page ${page} instead, or ` : ''}set socialCards: "generated"`;
  const why = pages.cardless.get(slug);
  if (why === 'lead image') return `the article "${slug}" has a lead image, which is its social card, so no card is drawn for it; link the article's page ${page} instead`;
  if (why === 'fonts') return `the card fonts cannot draw the headline or section of "${slug}", so its page uses the site card /og-card.png; link that or the article's page ${page}`;
  return `no published article has the slug "${slug}", so no card is drawn for it`;
}
