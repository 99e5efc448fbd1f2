/**
 * Links in another site's address forms, as an archive migrated from WordPress, Hugo or Jekyll holds them (round
 * 30a #7): `/2010/05/04/slug/`, `/2010/05/04/slug.html`, `/posts/slug/`, `../05/slug.html`, `/category/x/`, `/tag/x/`,
 * `/author/x/`, `/2010/05/`, `/feed/`. When the last part of the path (without `.html`) names a page this site has,
 * the line names the address to write: the article, section, topic, author, archive month or feed. WordPress's short
 * link `/?p=1234` opens the front page here (the query is ignored): it has its line too. Pure: the pages decide;
 * asked only where missing-page.ts names no page (this site's own forms, in another case or with a slash, have theirs).
 */
import { archivePath, articlePath, authorPath, sectionPath, tagPath, tagSlug } from '#/domain/urls.ts';
import type { SitePages } from './site-pages.ts';

/** This site's own forms: missing-page.ts says what is wrong with those. */
const OWN = /^\/(?:sections|authors|tags|archive|og)\//;
const FEED_NAMES = new Set(['feed', 'rss', 'rss2', 'atom', 'feed.xml', 'index.xml', 'rss.xml', 'atom.xml', 'feed.json']);
const PAGE_FILE = /\.(?:html?|php|aspx?)$/i;
/** The first part that says what the rest names, in WordPress's, Hugo's and Jekyll's forms. */
const KINDS: Record<string, 'section' | 'tag' | 'author'> = { category: 'section', categories: 'section', section: 'section', tag: 'tag', author: 'author' };
/** WordPress's query forms of a page: `?p=`, `?page_id=`, `?cat=`, `?tag=`, `?author=`, `?m=`. */
const WORDPRESS_QUERY = /^\?(?:[^#]*&)?(p|page_id|cat|tag|author|m)=([^&#]*)/;

const fix = (what: string, path: string) => `is not an address of this site: ${what} is at ${path}; link that`;

/** The line's words (after the link as written) for a path this site does not have, or undefined. */
export function oldAddress(path: string, pages: SitePages): string | undefined {
  if (OWN.test(path)) return undefined;
  const parts = path.split('/').filter(Boolean).map((p) => p.toLowerCase());
  if (parts.at(-1)?.replace(PAGE_FILE, '') === 'index') parts.pop();
  const last = parts.at(-1)?.replace(PAGE_FILE, '');
  if (last === undefined) return undefined;
  const kind = parts.length > 1 ? KINDS[parts[0] ?? ''] : undefined;
  const id = kind && parts.length > 1 ? (FEED_NAMES.has(last) ? parts.at(-2) : last) : undefined;
  if (FEED_NAMES.has(last)) {
    // A section's or author's feed where that list has one (`/category/economy/feed/`), else the site's.
    const own = id && (kind === 'section' ? `${sectionPath(id)}rss.xml` : kind === 'author' ? `${authorPath(id)}rss.xml` : undefined);
    if (own && pages.has(own)) return fix(`the ${kind}'s feed`, own);
    return pages.has('/rss.xml') && path !== '/rss.xml' ? fix("the site's feed", '/rss.xml') : undefined;
  }
  // `/2010/05/`, `/2010/05/04/`: an archive month.
  const month = /^\/(\d{4})\/(\d{2})\/(?:\d{2}\/)?$/.exec(path);
  if (month) {
    const list = archivePath(Number(month[1]), Number(month[2]));
    return pages.has(list) ? fix(`the archive of ${month[1]}-${month[2]}`, list) : undefined;
  }
  if (kind && id) return named(kind, id, pages);
  if (pages.has(articlePath(last))) return fix(`the article "${last}"`, articlePath(last));
  return named('section', last, pages) ?? named('author', last, pages) ?? named('tag', last, pages);
}

function named(kind: 'section' | 'tag' | 'author', id: string, pages: SitePages): string | undefined {
  const path = kind === 'section' ? sectionPath(id) : kind === 'author' ? authorPath(id) : tagPath(tagSlug(id));
  return pages.has(path) ? fix(`the ${kind === 'tag' ? 'topic' : kind} "${id}"`, path) : undefined;
}

/** A WordPress short link (`/?p=1234`, `/index.php?page_id=2`): this site ignores the query. */
export function wordpressQuery(path: string, suffix: string): string | undefined {
  if (path !== '/' && path !== '/index.php/' && path !== '/index.php') return undefined;
  const m = WORDPRESS_QUERY.exec(suffix);
  if (!m) return undefined;
  return `is a WordPress short link (?${m[1]}=${m[2]}), which this site does not read: it opens the front page; link the page it stood for by its address here (an article: /articles/<slug>/, or its file: ../05/story.md)`;
}
