/**
 * `aliases`: old addresses of a story on this site's own host, kept from the site it was migrated from (Hugo's
 * `aliases`, Jekyll's `redirect_from`, a WordPress permalink: round 30a #2). The build writes a page at each one
 * that sends readers on to the article (src/pages/[...alias].ts), as `formerly` does for `/articles/<old slug>/`.
 *
 * A static host serves files: `/old/story.html` from `old/story.html`, `/2009/03/16/story/` from
 * `2009/03/16/story/index.html`. So an alias is a path only (no query: the host sends the same file whatever
 * follows `?`; no fragment: it is never sent), and ends in `/`, `.html`/`.htm` or a name without an extension
 * (`/2009/03/story`, written as `2009/03/story/index.html`, which hosts serve at `/2009/03/story/`). Pure: the
 * check adds what needs the newsroom or the disk (src/check/rules/aliases.ts).
 */

/** First path segments the site writes itself (src/pages, Astro's assets, the search index, the social cards). */
const SITE_FOLDERS = new Set(['articles', 'tags', 'authors', 'sections', 'archive', 'search', '_astro', 'pagefind', 'og']);
/** Files of the site's root that an alias of the `.html` kind could name. */
const SITE_FILES = new Set(['index.html', '404.html']);
const PAGE_EXTENSION = /\.html?$/i;

/** The path a browser asks the host for (percent-escapes decoded), or undefined when an escape is not valid. */
export function aliasPath(alias: string): string | undefined {
  try {
    return decodeURI(alias.trim());
  } catch {
    return undefined;
  }
}

/** The file the build writes for an alias, relative to the output folder: `old/x.html`, `2009/03/16/x/index.html`. */
export function aliasFile(alias: string): string {
  const path = (aliasPath(alias) ?? alias.trim()).replace(/^\/+/, '');
  if (PAGE_EXTENSION.test(path)) return path;
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
}

/** Two aliases that name one file (ignoring case: some hosts and file systems do) have one key. */
export const aliasKey = (alias: string): string => aliasFile(alias).toLowerCase();

/** Why `value` cannot be an alias, as the end of a line for `aliases[i]`, or undefined when it can. */
export function aliasProblem(value: string): string | undefined {
  const raw = value.trim();
  if (raw === '') return 'must not be empty; write an old address of the story, e.g. /2009/03/16/story/';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw)) {
    let url: URL | undefined;
    try {
      url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    } catch {
      url = undefined;
    }
    const path = url && /^https?:$/.test(url.protocol) ? url.pathname : undefined;
    const fix = path && path !== '/' ? `write only its path, "${path}"` : 'write only its path, from the first "/" after the host';
    return `"${raw}" is a full URL; an alias is an old address on this site's own host (point the old domain at this site to keep its links working): ${fix}`;
  }
  if (raw.includes('?')) {
    return `"${raw}" has a query ("${raw.slice(raw.indexOf('?')).replace(/#.*$/, '')}"): the site is static files, and a host sends the same file whatever follows "?", so this address cannot have a page of its own; send it on with a redirect rule in the host's settings (e.g. Netlify's _redirects, an nginx rewrite), and remove it here`;
  }
  if (raw.includes('#')) return `"${raw}" has a "#" part, which browsers never send to the host; write "${raw.slice(0, raw.indexOf('#')) || '/'}"`;
  if (!raw.startsWith('/')) return `must be a path from the site root, starting with "/": write "/${raw.replace(/^\.?\/+/, '')}"`;
  if (/[\s\\<>"{}|^`\u0000-\u001f\u007f]/.test(raw)) return `"${raw}" holds a space or a character an address cannot hold as typed; write the path as the old site's links have it (a space as %20)`;
  const path = aliasPath(raw);
  if (path === undefined || /%2f|%5c|%00/i.test(raw)) return `"${raw}" holds a "%" that is not a valid escape (or an escaped "/", "\\" or NUL); write the path as the old site's links have it`;
  const segments = path.slice(1).split('/');
  if (segments.slice(0, -1).some((s) => s === '') || segments.some((s) => s === '.' || s === '..')) {
    return `"${raw}" holds "//", "." or ".." between its slashes; write the address as a browser's address bar shows it`;
  }
  if (segments.some((s) => Buffer.byteLength(s) > 200)) return `"${raw}" has a part longer than 200 bytes, more than a file name may hold; it cannot be written as a file`;
  const first = (segments[0] ?? '').toLowerCase();
  if (path === '/' || SITE_FOLDERS.has(first) || (segments.length === 1 && SITE_FILES.has(first))) {
    const slug = /^\/articles\/([^/]+)\/?$/i.exec(path)?.[1];
    const own = slug ? `; an old slug of this site is kept in formerly instead: formerly: [${slug}]` : '; remove it';
    return `"${raw}" is an address this site writes itself (${path === '/' ? 'the front page' : `/${segments[0]}${segments.length > 1 || raw.endsWith('/') ? '/…' : ''}`}), so no old address can stand there${own}`;
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(segments.at(-1) ?? '')?.[1];
  if (extension && !PAGE_EXTENSION.test(path)) {
    return `"${raw}" ends in ".${extension}": a static host sends such a file by its extension, not as a web page, so it cannot send readers on; use the host's redirect rules for it, and remove it here (an alias ends in "/", ".html" or a name without an extension)`;
  }
  return undefined;
}
