/** Every URL the site makes, built in one place. Paths end with `/` (the pages are directories). */
import GithubSlugger from 'github-slugger';
import { domainToUnicode } from 'node:url';
import { site } from '#/site.config.ts';

export const articlePath = (slug: string) => `/articles/${slug}/`;
export const sectionPath = (id: string, page = 1) => paged(`/sections/${id}/`, page);
/** The index of every topic and of every reporter (paginated: src/domain/routing.ts). */
export const TOPICS_INDEX_PATH = '/tags/';
export const AUTHORS_INDEX_PATH = '/authors/';
export const authorPath = (id: string, page = 1) => paged(`/authors/${id}/`, page);
export const tagPath = (tagSlug: string, page = 1) => paged(`/tags/${tagSlug}/`, page);
/** `/archive/` for everything, `/archive/<yyyy>/<mm>/` for one month. */
export function archivePath(): string;
export function archivePath(year: number, month: number, page?: number): string;
export function archivePath(year?: number, month?: number, page = 1): string {
  return paged(year === undefined || month === undefined ? '/archive/' : `/archive/${String(year).padStart(4, '0')}/${String(month).padStart(2, '0')}/`, page);
}

/**
 * The site's own address space, one table for every rule that reads it (aliases, body links, the page list the
 * check builds): the first path segments of what the site writes itself (src/pages, Astro's assets, the search
 * index, the social cards) and the files the build writes at its root (public/'s files are on disk).
 */
export const SITE_FOLDERS: ReadonlySet<string> = new Set(['articles', 'tags', 'authors', 'sections', 'archive', 'search', '_astro', 'pagefind', 'og']);
export const SITE_ROOT_FILES = ['rss.xml', 'atom.xml', 'feed.json', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt', '404.html'] as const;
/** A name the build writes (or may write, as the sitemap grows: `sitemap-1.xml`) at the site's root. */
export const isSiteRootFile = (name: string): boolean =>
  name === 'index.html' || (SITE_ROOT_FILES as readonly string[]).includes(name) || /^(?:news-)?sitemap[\w-]*\.xml$/.test(name);

/** Page 1 is the list's own URL; later pages are `…/2/`, `…/3/`. */
export function paged(base: string, page: number): string {
  return page <= 1 ? base : `${base}${page}/`;
}

/** URL form of a tag: lower-case, hyphenated, Unicode letters kept (Pashto tags stay readable). */
export function tagSlug(tag: string): string {
  return bareTagSlug(tag) || 'tag';
}

/** The tag's URL form, empty when it has no letters or digits (`!!!`, `😀`); the content check refuses those. */
export function bareTagSlug(tag: string): string {
  const slug = new GithubSlugger().slug(foldTag(tag).trim().replace(/\s+/g, ' '));
  return slug.replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/**
 * Dashes that read as a hyphen inside a word: hyphen, non-breaking hyphen (Word's Ctrl+Shift+-), figure dash, en
 * and em dash, minus. Folded to `-` so `COVID‑19` and `Kabul–Tashkent` are the topics `covid-19` and
 * `kabul-tashkent`, not `covid19` and `kabultashkent` beside them (round 24a #4).
 */
export const TAG_DASHES = /[\u2010-\u2014\u2212]/g;

/**
 * Tag identity folds what readers see as the same word: compatibility forms (NFKC: fullwidth `ｒａｉｌ` is `rail`,
 * ligatures), the dashes that read as a hyphen ({@link TAG_DASHES}), and case as Unicode's full case folding does
 * it (`Straße` is `strasse`, `İ` is `i` without a second dot; Greek keeps its final sigma, which lower-casing
 * already writes consistently). ASCII and most scripts come out as plain lower case, so ordinary tag URLs stay.
 */
export function foldTag(tag: string): string {
  return tag
    .normalize('NFKC')
    .replace(TAG_DASHES, '-')
    .toLowerCase()
    .replace(/ß|ẞ/g, 'ss')
    .replace(/i\u0307/g, 'i')
    .normalize('NFC');
}

/** Absolute URL on the production site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** `decode` (decodeURIComponent unless given), or the text as written when it is not valid percent-encoding. */
export function safeDecode(s: string, decode: (s: string) => string = decodeURIComponent): string {
  try {
    return decode(s);
  } catch {
    return s;
  }
}

/**
 * How an author's "elsewhere" link says where it goes: the host as readers write it (an internationalised domain
 * in its own script, not the `xn--` form the URL parser keeps; round 17), and whether it leaves this site.
 */
export function elsewhereLabel(url: string): { host: string; offSite: boolean } {
  const { hostname } = new URL(url);
  return { host: domainToUnicode(hostname).replace(/^www\./, ''), offSite: hostname !== new URL(site.url).hostname };
}
