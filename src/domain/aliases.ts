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
import { isDeviceName } from './device-names.ts';

/** Files of the site's root that an alias of the `.html` kind could name. */
const SITE_FILES = new Set(['index.html', '404.html']);
/** Names hosts read as their settings at the site's root (Netlify, Cloudflare Pages, GitHub Pages). */
/** Astro's own endpoints (images, server islands, actions). */
const SERVER_PATHS = new Set(['_image', '_server-islands', '_actions']);
const HOST_FILES = new Set(['_redirects', '_headers', '_routes.json', '_worker.js', 'cname']);
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

/** Longest alias, in UTF-8 bytes: with an output folder's path before it, still within the system's 4,096. */
const MAX_ALIAS_BYTES = 1024;
const shortened = (s: string): string => (s.length > 80 ? `${s.slice(0, 60)}…${s.slice(-12)}` : s);

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
 * alias's file (`/old/x.html`, `/old/x/index.html`) → the folder form the server answers it at (`/old/x/`), and a
 * folder's address without its slash (`/2009/03/story`), which hosts send on to the folder (`redirect`).
 */
export function aliasDevRequests(aliases: readonly string[]): Map<string, { to: string; redirect: boolean }> {
  const requests = new Map<string, { to: string; redirect: boolean }>();
  for (const alias of aliases) {
    const file = aliasFile(alias);
    const to = `/${aliasFolder(file)}/`;
    requests.set(`/${file}`, { to, redirect: false });
    if (file.endsWith('/index.html')) requests.set(to.slice(0, -1), { to, redirect: true });
  }
  return requests;
}

/** Two aliases that name one file (ignoring case: some hosts and file systems do) have one key. */
export const aliasKey = (alias: string): string => foldCase(aliasFile(alias));

/** `U+0009, a tab`: a character as a line names it. */
function named(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[c];
  return name ? `${code}, ${name}` : code;
}
const CHARACTER_NAMES: Readonly<Record<string, string>> = { '\t': 'a tab', '\n': 'a line break', '\r': 'a carriage return', '\u001b': 'an escape', '\u007f': 'a delete', '\u0085': 'a next-line control', '\u00a0': 'a no-break space' };
/** Printing nothing, though not a format character: fillers, the combining grapheme joiner, the braille blank (not variation selectors: emoji hold them). */
const BLANK = /(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Default_Ignorable_Code_Point}\u2800]/u;
/** Reserved characters' escapes, which `decodeURI` leaves as written (so the build writes `x%3Fy`) and hosts decode. */
const RESERVED_ESCAPE = /%(?:23|24|26|2b|2c|3a|3b|3d|3f|40)/gi;

/**
 * What the path holds once a host has decoded every escape (round 31a #4, #5, #7): control characters (`%09`
 * crashed the build), noncharacters, blank or invisible characters, `?` and `#` (their escapes are written as
 * `%3F`, `%23`, and no request reaches such a file), characters Windows cannot hold in a name, and other reserved
 * characters spelt as escapes (written as `x%24y` while a host looks for `x$y`).
 */
function decodedProblem(raw: string): string | undefined {
  let full: string;
  try {
    full = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const redirect = "send it on with the host's redirect rules if old links really hold it, and remove it here";
  const control = /\p{Cc}/u.exec(full)?.[0];
  if (control !== undefined) return `"${raw}" holds a control character (${named(control)}) once decoded, which no file the build writes can be named with; ${redirect}`;
  const non = /\p{Noncharacter_Code_Point}/u.exec(full)?.[0];
  if (non !== undefined) return `"${raw}" holds a noncharacter (${named(non)}) once decoded, which no text should hold; ${redirect}`;
  const blank = /[^\S ]/u.exec(full)?.[0] ?? BLANK.exec(full)?.[0];
  if (blank !== undefined) return `"${raw}" holds ${/\s/u.test(blank) ? 'a space other than a plain one' : 'an invisible character'} (${named(blank)}) once decoded, so the page would be written at an address no link has; retype the path`;
  const cut = /%(?:3f|23)/i.exec(raw)?.[0];
  if (cut !== undefined) {
    return `"${raw}" holds ${cut}, which a host decodes to "${decodeURIComponent(cut)}" before it looks for the file, so no request would reach the page the build writes; ${redirect}`;
  }
  const windows = /[<>:"|?*]/.exec(full)?.[0];
  if (windows !== undefined) return `"${raw}" holds "${windows}"${raw.includes(windows) ? '' : ' once decoded'}, which Windows cannot hold in a file or folder name, so no page can stand there; ${redirect}`;
  const fix = raw.replace(RESERVED_ESCAPE, (e) => decodeURIComponent(e));
  if (fix !== raw) {
    return `"${raw}" spells a character as a %-code that the build would keep in the file's name while a host decodes it and looks for another; write the character itself: "${fix}"`;
  }
  return undefined;
}

const KEEP_IN_FORMERLY = 'an old slug of this site is kept in formerly instead: formerly: ';

/**
 * The alias and the slug of an {@link aliasProblem} line telling `/articles/<slug>/` to go in `formerly`, so the
 * check can say otherwise when that slug is an article's (src/check/rules/aliases.ts), or undefined.
 */
export function formerlyProposal(message: string): { alias: string; slug: string } | undefined {
  const m = /^"(.*)" is an address this site writes itself .*; an old slug of this site is kept in formerly instead: formerly: \[([^\]]+)\]$/s.exec(message);
  return m ? { alias: m[1]!, slug: m[2]! } : undefined;
}

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
  const decoded = decodedProblem(raw);
  if (decoded) return decoded;
  const segments = path.slice(1).split('/');
  if (segments.slice(0, -1).some((s) => s === '') || segments.some((s) => s === '.' || s === '..')) {
    return `"${raw}" holds "//", "." or ".." between its slashes; write the address as a browser's address bar shows it`;
  }
  // Counted as the folder's name is written: the decoded part in UTF-8 bytes (round 37f #3: the line gave no fix).
  const long = segments.find((s) => Buffer.byteLength(s) > 200);
  if (long !== undefined) {
    return `"${shortened(raw)}" has a part of ${Buffer.byteLength(long)} bytes ("${shortened(long)}"), longer than the 200 bytes a file name may hold, so it cannot be written as a file; shorten that part to at most 200 bytes (UTF-8, after %-escapes are decoded), or send the old address on with the host's redirect rules and remove it here`;
  }
  // The whole path too: inside the output folder it must stay a path the system can open (round 31a #10: 21 parts
  // of 200 bytes stopped the build with ENAMETOOLONG).
  if (Buffer.byteLength(path) > MAX_ALIAS_BYTES) return `"${shortened(raw)}" is ${Buffer.byteLength(path)} bytes long; an old address is at most ${MAX_ALIAS_BYTES} bytes, so that its file can be written; keep the old site's path as it was, without what was added to it`;
  // A name starting with "." is hidden, or a host's own (`.htaccess`, `.well-known`); one ending in "." or a space,
  // or a device name, cannot be a file on Windows (`index.html.` would be index.html there) (round 30c #2, #3).
  const odd = segments.find((s) => s.startsWith('.') || /[. ]$/.test(s) || isDeviceName(foldCase(s)));
  if (odd !== undefined) {
    return `"${raw}" has a part "${odd}" that ${odd.startsWith('.') ? 'starts with "." (a hidden file, or a host\'s own, such as .htaccess or .well-known)' : /[. ]$/.test(odd) ? 'ends in "." or a space, which Windows drops from a file name' : 'is a device name on Windows'}, so no page can stand there; send it on with the host's redirect rules, and remove it here`;
  }
  const first = foldCase(segments[0] ?? '');
  // The development server's and Astro's own addresses (`/_image`, `/@vite/…`, `/__dateline/…`): an alias there would
  // never be answered in development (round 31d #10).
  if (first.startsWith('@') || first.startsWith('__') || SERVER_PATHS.has(first)) return `"${raw}" starts with /${segments[0]}, an address the site's tools keep for themselves; remove it here, and send it on with the host's redirect rules if the old site had it`;
  if (HOST_FILES.has(first)) return `"${raw}" starts with ${segments[0]}, a file name hosts read as their settings; send it on with the host's redirect rules, and remove it here`;
  // An alias under a file the site makes at its root (`/rss.xml/`) would need a folder of that name (round 30c #1).
  if (isSiteRootFile(first) && (segments.length > 1 || raw.endsWith('/'))) {
    return `"${raw}" is under /${segments[0]}, a file this site writes itself, so no folder of that name can hold an old address; send it on with the host's redirect rules, and remove it here`;
  }
  if (path === '/' || SITE_FOLDERS.has(first) || (segments.length === 1 && SITE_FILES.has(first))) {
    // Only a slug's form can be kept in formerly (`/articles/index.html` would be told "index-html", round 30c #5).
    const slug = /^\/articles\/([\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*)\/?$/u.exec(path)?.[1];
    const own = slug ? `; ${KEEP_IN_FORMERLY}[${slug}]` : path.startsWith('/articles/') && path !== '/articles/' ? '; an old address of that form cannot be a page here: send it on with the host\'s redirect rules, and remove it' : '; remove it';
    return `"${raw}" is an address this site writes itself (${path === '/' ? 'the front page' : `/${segments[0]}${segments.length > 1 || raw.endsWith('/') ? '/…' : ''}`}), so no old address can stand there${own}`;
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(segments.at(-1) ?? '')?.[1];
  if (extension && !PAGE_EXTENSION.test(path)) {
    return `"${raw}" ends in ".${extension}": a static host sends such a file by its extension, not as a web page, so it cannot send readers on; use the host's redirect rules for it, and remove it here (an alias ends in "/", ".html" or a name without an extension)`;
  }
  return undefined;
}
