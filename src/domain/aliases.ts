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
import { isSiteRootFile, SITE_FOLDERS } from './urls.ts';

/** Files of the site's root that an alias of the `.html` kind could name. */
const SITE_FILES = new Set(['index.html', '404.html']);
/** Names hosts read as their settings at the site's root (Netlify, Cloudflare Pages, GitHub Pages). */
const HOST_FILES = new Set(['_redirects', '_headers', '_routes.json', '_worker.js', 'cname']);
/** Names Windows cannot give a file or folder, whatever follows the dot. */
const WINDOWS_NAMES = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/;
/** Characters that print nothing (format characters: zero-width space, soft hyphen, direction marks, BOM). */
const INVISIBLE = /\p{Cf}/u;

/**
 * One spelling per file for hosts and file systems that ignore case (macOS, Windows): compatibility forms folded
 * (`ſ` is `s`, NFD is NFC) and case folded both ways (`ı` is `i`) (round 30c #3).
 */
export const foldCase = (s: string): string => s.normalize('NFKC').toUpperCase().toLowerCase();
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

/** An alias's file without `index.html` or `.html` (`old/x` for `old/x.html` and `old/x/index.html`): the development server's form. */
export const aliasFolder = (file: string): string => file.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '');

/**
 * For the development server, which serves every page as a folder: each decoded path a static host answers with an
 * alias's file (`/old/x.html`, `/old/x/index.html`) → the folder form the server answers it at (`/old/x/`).
 */
export function aliasDevRequests(aliases: readonly string[]): Map<string, string> {
  const requests = new Map<string, string>();
  for (const alias of aliases) {
    const file = aliasFile(alias);
    requests.set(`/${file}`, `/${aliasFolder(file)}/`);
  }
  return requests;
}

/** Two aliases that name one file (ignoring case: some hosts and file systems do) have one key. */
export const aliasKey = (alias: string): string => foldCase(aliasFile(alias));

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
  const invisible = path === undefined ? undefined : INVISIBLE.exec(path)?.[0];
  if (invisible !== undefined) {
    return `"${raw}" holds an invisible character (U+${invisible.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), so the page would be written at an address no link has; retype the path`;
  }
  if (path === undefined || /%2f|%5c|%00/i.test(raw)) return `"${raw}" holds a "%" that is not a valid escape (or an escaped "/", "\\" or NUL); write the path as the old site's links have it`;
  const segments = path.slice(1).split('/');
  if (segments.slice(0, -1).some((s) => s === '') || segments.some((s) => s === '.' || s === '..')) {
    return `"${raw}" holds "//", "." or ".." between its slashes; write the address as a browser's address bar shows it`;
  }
  if (segments.some((s) => Buffer.byteLength(s) > 200)) return `"${raw}" has a part longer than 200 bytes, more than a file name may hold; it cannot be written as a file`;
  // A name starting with "." is hidden, or a host's own (`.htaccess`, `.well-known`); one ending in "." or a space,
  // or a device name, cannot be a file on Windows (`index.html.` would be index.html there) (round 30c #2, #3).
  const odd = segments.find((s) => s.startsWith('.') || /[. ]$/.test(s) || WINDOWS_NAMES.test(foldCase(s)));
  if (odd !== undefined) {
    return `"${raw}" has a part "${odd}" that ${odd.startsWith('.') ? 'starts with "." (a hidden file, or a host\'s own, such as .htaccess or .well-known)' : /[. ]$/.test(odd) ? 'ends in "." or a space, which Windows drops from a file name' : 'is a device name on Windows'}, so no page can stand there; send it on with the host's redirect rules, and remove it here`;
  }
  const first = foldCase(segments[0] ?? '');
  if (HOST_FILES.has(first)) return `"${raw}" starts with ${segments[0]}, a file name hosts read as their settings; send it on with the host's redirect rules, and remove it here`;
  // An alias under a file the site makes at its root (`/rss.xml/`) would need a folder of that name (round 30c #1).
  if (isSiteRootFile(first) && (segments.length > 1 || raw.endsWith('/'))) {
    return `"${raw}" is under /${segments[0]}, a file this site writes itself, so no folder of that name can hold an old address; send it on with the host's redirect rules, and remove it here`;
  }
  if (path === '/' || SITE_FOLDERS.has(first) || (segments.length === 1 && SITE_FILES.has(first))) {
    // Only a slug's form can be kept in formerly (`/articles/index.html` would be told "index-html", round 30c #5).
    const slug = /^\/articles\/([\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*)\/?$/u.exec(path)?.[1];
    const own = slug ? `; an old slug of this site is kept in formerly instead: formerly: [${slug}]` : path.startsWith('/articles/') && path !== '/articles/' ? '; an old address of that form cannot be a page here: send it on with the host\'s redirect rules, and remove it' : '; remove it';
    return `"${raw}" is an address this site writes itself (${path === '/' ? 'the front page' : `/${segments[0]}${segments.length > 1 || raw.endsWith('/') ? '/…' : ''}`}), so no old address can stand there${own}`;
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(segments.at(-1) ?? '')?.[1];
  if (extension && !PAGE_EXTENSION.test(path)) {
    return `"${raw}" ends in ".${extension}": a static host sends such a file by its extension, not as a web page, so it cannot send readers on; use the host's redirect rules for it, and remove it here (an alias ends in "/", ".html" or a name without an extension)`;
  }
  return undefined;
}
