/**
 * Where a link in an article body goes on this site: the one rule shared by the content check (which reports
 * links to pages the build will not write) and the remark plugin (which rewrites every resolved link to the
 * page's canonical path). Pure: no file system, no content; the check verifies what this only names.
 *
 * - `../10/other.md`, `./other.md`: an article file; its slug is the file name.
 * - `../10/other` (a file path without `.md`): read first as a URL relative to the article's page
 *   (`/articles/<self>/`); when that is not an article URL nor a page of the site's own families, as the article
 *   file `../10/other.md` (`../../2026/12/other` too).
 * - `/articles/other`, `https://<site host>/articles/other/`: the article `other`.
 * - any other path on this site (`/sections/economy`, `../../tags/rail/`, `/rss.xml`): that page, with the
 *   trailing slash pages have.
 */
import { posix } from 'node:path';
import { SITE_FOLDERS } from './urls.ts';

export type SiteLink =
  | { kind: 'other' }
  | {
      kind: 'article';
      slug: string;
      /** The article file the link names, relative to the linking article (with `.md`), when written as a path. */
      file?: string | undefined;
      suffix: string;
    }
  | { kind: 'page'; /** decoded, canonical (directories end with `/`) */ path: string; suffix: string };

/** The site's own page families and root files (urls.ts): a relative link that reaches one is that page. */
const sitePage = (path: string): boolean => {
  const [first = '', ...rest] = path.slice(1).split('/');
  return first === '' || (first !== 'articles' && SITE_FOLDERS.has(first)) || (rest.length === 0 && first.includes('.'));
};
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Stands for the linking article's own slug while a relative link is resolved against its URL. */
const SELF = '\u0000self';

/**
 * `base`: the path of the page the link is on (`/articles/<slug>/`, `/authors/<id>/`), when known (the content
 * check knows it). Without it (the renderer), a relative link that stays beside the page itself (`./chart.png`)
 * is `other` and left as written: the browser resolves it against the real page, the path the check verified.
 */
export function resolveSiteLink(href: string, siteUrl: string, base?: string): SiteLink {
  const raw = href.trim().replace(/^<|>$/g, '');
  if (raw === '' || raw.startsWith('#')) return { kind: 'other' };
  const cut = raw.search(/[?#]/);
  let path = cut === -1 ? raw : raw.slice(0, cut);
  const suffix = cut === -1 ? '' : raw.slice(cut);
  if (SCHEME.test(path) || path.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(path.startsWith('//') ? `https:${path}` : path);
    } catch {
      return { kind: 'other' };
    }
    if (!/^https?:$/.test(url.protocol) || !sameHost(url, new URL(siteUrl))) return { kind: 'other' };
    return fromSitePath(url.pathname, suffix);
  }
  if (path.startsWith('/')) return fromSitePath(path, suffix);
  if (path === '') return { kind: 'other' }; // `?x` alone: this page
  // Browsers drop tabs and line breaks inside URLs ("java\tscript:" is "javascript:"), and a colon before the
  // first slash is a scheme: neither is a path on this site, so the sanitiser judges them as written.
  if (/[\u0000-\u001F\u007F]/.test(path) || /^[^/]*:/.test(path)) return { kind: 'other' };
  if (/\.md$/i.test(path)) return { kind: 'article', slug: decode(posix.basename(path).replace(/\.md$/i, '')), file: path, suffix };
  const resolved = posix.join(base ?? `/articles/${SELF}/`, path);
  const asUrl = fromSitePath(resolved, suffix);
  if (asUrl.kind === 'article' && (base !== undefined || asUrl.slug !== SELF)) return asUrl;
  // A page of one of the site's own families (`../../tags/rail/`); any other address a path without `.md` reaches
  // (`../../2026/12/story` from a January story: /2026/12/story/) is no page the site writes, so it is read as the
  // file path it looks like (round 30b #2), as `../12/story` always was.
  // A path into folders past its `..` parts is one (`../../2026/12/story`); a name alone (`../../weather/`) stays
  // the page address it reads as.
  const intoFolders = path.replace(/^(?:\.{1,2}\/)+/, '').replace(/\/+$/, '').includes('/');
  if (asUrl.kind === 'page' && !asUrl.path.startsWith('/articles/') && (!intoFolders || sitePage(asUrl.path) || (base !== undefined && !base.startsWith('/articles/')))) return asUrl;
  // Not a page URL: a path to an article file without `.md` (a name with an extension is some other file).
  const name = posix.basename(path.replace(/\/+$/, ''));
  if (name && !name.includes('.') && name !== '..') return { kind: 'article', slug: decode(name), file: `${path.replace(/\/+$/, '')}.md`, suffix };
  // The placeholder never reaches a page or a message.
  if (resolved.includes(SELF)) return { kind: 'other' };
  return asUrl.kind === 'page' ? asUrl : { kind: 'page', path: resolved, suffix };
}

/** The same host to browsers, DNS and crawlers: a fully qualified name's trailing dot (`example.org.`) is the same name. */
function sameHost(a: URL, b: URL): boolean {
  return a.hostname.replace(/\.$/, '') === b.hostname.replace(/\.$/, '') && a.port === b.port;
}

function fromSitePath(rawPath: string, suffix: string): SiteLink {
  let path = decode(posix.normalize(rawPath.replace(/\/{2,}/g, '/')));
  const article = /^\/articles\/([^/]+)\/?$/.exec(path);
  if (article?.[1]) return { kind: 'article', slug: article[1], suffix };
  // Directories end with a slash (every page is `…/index.html`); files (`/rss.xml`) do not.
  if (!path.endsWith('/') && !posix.basename(path).includes('.')) path += '/';
  return { kind: 'page', path, suffix };
}

/** The href a resolved link is rewritten to: the page's canonical path on this site. */
export function canonicalHref(link: Exclude<SiteLink, { kind: 'other' }>): string {
  const path = link.kind === 'article' ? `/articles/${link.slug}/` : link.path;
  // Unicode stays readable (Pashto tag pages); only what cannot stand in an href is escaped.
  return path.replace(/[\s"<>\\^`{|}%]/g, encodeURIComponent) + link.suffix;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The slug of the article on this site that `canonical` names as the original, when the article is a copy of a
 * story of this site (a desk's copy). Such a copy is one story twice: it stays out of the sitemaps, the site feeds
 * and search, which would otherwise carry the same text twice (round 26a #12).
 */
export function onSiteOriginal(canonical: string | undefined, siteUrl: string): string | undefined {
  if (!canonical) return undefined;
  try {
    const target = resolveSiteLink(canonical, siteUrl);
    return target.kind === 'article' ? target.slug : undefined;
  } catch {
    return undefined;
  }
}
