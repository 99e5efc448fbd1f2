/**
 * A Jekyll or Hugo export's own names for fields this site has (round 27b #8): `date` is the publication time,
 * `lastmod` the update, `categories` the section, `slug` and `permalink` the address. "Remove it", as they were told,
 * threw the story's time and section away, and the next lines asked for them blind; each gets the field to write,
 * with its value in this site's form when it can be read.
 */
import { parseNewsDate } from '#/domain/dates.ts';
import { spacedOffsetDate } from '#/domain/date-forms.ts';
import { site } from '#/site.config.ts';
import { suggestSlug } from './suggest.ts';
import { aliasProblem } from '#/domain/aliases.ts';

const PUBLISHED = new Set(['date', 'pubdate', 'datepublished', 'publishedat', 'createdat', 'created', 'postdate', 'postedat']);
const UPDATED = new Set(['lastmod', 'lastmodified', 'lastmodifiedat', 'modified', 'modifiedat', 'datemodified', 'updatedat', 'dateupdated', 'lastupdated', 'updatedate']);
const SECTION = new Set(['categories', 'category']);
/** WordPress's and Ghost's names for no category at all: no section to propose. */
const NO_CATEGORY = new Set(['uncategorized', 'uncategorised', 'general', 'none', 'default']);
/** The standfirst and the lead image as CMS exports name them (round 30a #8). */
const STANDFIRST = new Set(['excerpt', 'summary', 'subtitle', 'dek', 'deck', 'abstract', 'lede', 'teaser', 'subheadline', 'standfirst']);
const LEAD_IMAGE = new Set(['featuredimage', 'featureimage', 'featuredimg', 'cover', 'coverimage', 'heroimage', 'hero', 'thumbnail', 'banner', 'leadimage', 'ogimage']);
const ADDRESS = new Set(['slug', 'permalink', 'url']);
const REDIRECT_FROM = new Set(['redirectfrom', 'redirects', 'oldurls', 'oldurl']);
/** `url:` is an address only as a site path (Hugo); a full URL may be the original's, a canonical. */
const sitePath = (name: string, value: unknown) => name !== 'url' || (typeof value === 'string' && value.trim().startsWith('/'));

/** The value in this site's date form, quoted, or a pattern when it cannot be read (`2026-12-01 10:00:00 +0430` → `"2026-12-01T10:00:00+04:30"`). */
function dateValue(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `"${value.toISOString().replace(/\.000Z$/, 'Z')}"`;
  if (typeof value === 'string') {
    // Jekyll writes a space before the offset; this site's reader does not take one.
    const text = spacedOffsetDate(value) ?? value.trim();
    const parsed = parseNewsDate(text, site.timeZone);
    if (parsed.ok) return `"${parsed.date.dateOnly ? text : parsed.date.iso}"`;
  }
  return '"YYYY-MM-DDTHH:MM:SS+HH:MM"';
}

/** The publication time an import wrote under its own name (`date: …`), as this site writes it, for `published: true`. */
export function jekyllDate(data: Record<string, unknown> | undefined): { field: string; value: string } | undefined {
  const key = Object.keys(data ?? {}).find((k) => PUBLISHED.has(k.toLowerCase().replace(/[-_\s]/g, '')) && data?.[k] != null);
  return key === undefined ? undefined : { field: key, value: dateValue(data?.[key]) };
}

const yamlText = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? JSON.stringify(value.trim().replace(/\s+/g, ' ')) : undefined);

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());

/** The line for a Jekyll/Hugo field this site names otherwise, or undefined. `name`: lower case, no `-_`. */
export function renamedFieldHint(name: string, field: string, value: unknown, data: Record<string, unknown> | undefined): string | undefined {
  const has = (key: string) => data?.[key] !== undefined;
  if (PUBLISHED.has(name)) {
    // Jekyll's `published: true` is "public", not a time: the value moves there (zod-issues.ts says it too).
    if (data?.['published'] === true) return `${field} is the publication time in Jekyll and Hugo; this site's field is published: write published: ${dateValue(value)} in place of published: true, and remove this line`;
    if (has('published')) return `${field} is the publication time in Jekyll and Hugo; this article has published already, so remove the line (check that published holds the time you mean)`;
    return `${field} is the publication time in Jekyll and Hugo; this site's field is published: write published: ${dateValue(value)} instead of this line`;
  }
  if (UPDATED.has(name)) {
    if (has('updated')) return `${field} is the time of the last update in Jekyll and Hugo; this article has updated already, so remove the line`;
    return `${field} is the time of the last update in Jekyll and Hugo; this site's field is updated: write updated: ${dateValue(value)} instead of this line`;
  }
  if (SECTION.has(name)) {
    const ids = listOf(value).map(suggestSlug).filter(Boolean);
    const [first, ...rest] = ids;
    const others = rest.length ? `, and put the others in tags (${rest.join(', ')})` : '';
    if (has('section')) return `${field} is the section in Jekyll and Hugo; this article has section already, so remove the line (a category that is a topic goes in tags)`;
    if (first !== undefined && NO_CATEGORY.has(first)) return `${field} is the section in Jekyll and Hugo, and "${listOf(value)[0]}" is an export's name for none: write section: with one of the section ids in content/sections/ instead of this line${others}`;
    return `${field} is the section in Jekyll and Hugo; this site's field is section, one section id: write section: ${first ?? '<section id>'} instead of this line${others}`;
  }
  if (['author', 'byline', 'creator', 'writer'].includes(name) && !has('authors')) {
    // WordPress writes a login (`admin`), Hugo a name or a { name, email } map: the id is proposed from the name.
    const named = listOf(typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { name?: unknown }).name : value).map(suggestSlug).filter(Boolean);
    return `${field} is the byline in a CMS export; this site's field is authors, a list of ids of files in content/authors/: write authors: [${named.join(', ') || '<author id>'}] instead of this line (a reporter with no file there yet gets one: content/authors/<id>.md with a name: line)`;
  }
  if (STANDFIRST.has(name)) {
    if (has('description')) return `${field} is the standfirst in a CMS export; this article has description already, so remove the line (check that description holds the standfirst you mean)`;
    return `${field} is the standfirst in a CMS export; this site's field is description: write description: ${yamlText(value) ?? '<one or two sentences>'} instead of this line`;
  }
  if (LEAD_IMAGE.has(name)) {
    // A path of the old site or a URL is no file here: the photo is copied next to the article.
    const src = typeof value === 'string' && /^\.{1,2}\//.test(value.trim()) ? value.trim() : undefined;
    if (has('image')) return `${field} is the lead image in a CMS export; this article has image already, so remove the line`;
    return `${field} is the lead image in a CMS export; this site's field is image, with a description for readers who cannot see it: write image: { src: ${src ? JSON.stringify(src) : './images/<file name>'}, alt: "<what the photo shows>" } instead of this line (the photo's file goes in an images/ folder next to the article)`;
  }
  if (name === 'layout' || name === 'type') return `${field} is the template of a page in Jekyll and Hugo; this site lays out every article alike, so remove the line`;
  if (REDIRECT_FROM.has(name)) {
    // Jekyll's jekyll-redirect-from (a string or a list): the old addresses, which this site calls aliases (round 30a #2).
    const paths = listOf(value);
    if (has('aliases')) return `${field} lists old addresses in Jekyll; this site's field is aliases, which this article has already: move these into it${paths.length ? ` (${paths.join(', ')})` : ''} and remove this line`;
    return `${field} lists old addresses in Jekyll; this site's field is aliases: write aliases: [${paths.join(', ') || '/old/address/'}] instead of this line`;
  }
  if (ADDRESS.has(name) && sitePath(name, value)) {
    const old = listOf(value)[0];
    const last = old?.replace(/[?#].*$/, '').split('/').filter(Boolean).pop()?.replace(/\.html?$/i, '');
    const slug = last ? suggestSlug(last) : '';
    const rename = slug ? `; for the address /articles/${slug}/, rename the file to ${slug}.md` : '';
    // A path of the old site (not /articles/…) keeps working as an alias: the build writes a page there that sends readers on.
    const keep = old !== undefined && name !== 'slug' && !aliasProblem(old) ? `, and keep the old address: ${has('aliases') ? `add ${old} to aliases and remove this line` : `write aliases: [${old}] instead of this line`} (the build writes a page there that sends readers on)` : ', and remove this line (an address this site published before goes in formerly once the file is renamed)';
    return `${field} sets the address in Jekyll and Hugo; here an article's address is /articles/<file name>/, so the file name is the slug${rename}${keep}`;
  }
  return undefined;
}
