/**
 * The development server tells the truth: while content has errors, every page request gets an error page with
 * the same one-line messages as `npm run check:content` (HTTP 500), instead of the last good page. The page asks
 * every second whether the check's lines changed and reloads only then (round 31b #3: it reloaded every two
 * seconds, so an editor could not select a line to copy), so it turns back into the site once the file is fixed.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { contentDirFor } from '#/check/content-check.ts';
import { loadCheckedContent, noteContentChange } from './content-load.ts';
import { decodeLocalImages } from '#/check/rules/image-decode.ts';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '#/check/diagnostics.ts';
import type { BuildContext } from '#/domain/context.ts';
import { aliasDevRequests } from '#/domain/aliases.ts';
import { redirectFolderAliases, rewriteAliasRequest, type DevAliases, type Middleware } from './dev-aliases.ts';

interface DevServer {
  middlewares: { use: (fn: Middleware) => void };
  watcher: { on: (event: 'all', fn: (event: string, path: string) => void) => void };
}

export function showContentErrors(server: DevServer, context: BuildContext): void {
  const dir = contentDirFor(context.root);
  const isPublic = isPublicFile(context.root);
  let errors: Diagnostic[] | undefined;
  // Migrated stories' old addresses (`aliases`) as a host asks for their files → the form this server answers.
  let aliases: DevAliases = new Map();
  server.watcher.on('all', (_event, path) => {
    if (path !== dir && !path.startsWith(dir + sep)) return;
    noteContentChange();
    errors = undefined;
  });
  redirectFolderAliases(async () => ((await pageErrors()).length === 0 ? aliases : undefined));
  server.middlewares.use((req, res, next) => {
    const url = req.url ?? '/';
    if (url === STATE_PATH) {
      void pageErrors().then((found) => {
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(stateOf(sortDiagnostics(found)));
      }, next);
      return;
    }
    // Pages and the files made from the content (feeds, sitemaps, the search words: round 19, they answered 200
    // with the last good content); Vite's own modules, assets and images are served as usual.
    // Any other address the site's routes would answer (a social card, `/og/x.png`) is refused too: Astro asks every
    // route for its paths to match it, and with no content stored yet it warned "check your content config file",
    // a file editors do not have (round 31d F9). A file of public/ is served as usual.
    const page = wantsPage(url, req.headers.accept);
    const path = url.split(/[?#]/)[0] ?? '/';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/(@|_|node_modules\/|src\/)/.test(url) || (!page && !CONTENT_OUTPUT.test(path) && isPublic(path))) return next();
    void pageErrors().then((found) => {
      if (found.length === 0) {
        rewriteAliasRequest(req, aliases);
        return next();
      }
      res.statusCode = 500;
      res.setHeader('cache-control', 'no-store');
      const sorted = sortDiagnostics(found);
      res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
      res.end(page ? errorPage(sorted) : `${sorted.map(formatDiagnostic).join('\n')}\n`);
    }, next);
  });
  // The check's errors and the images that do not decode (src/check/rules/image-decode.ts), as check:content prints them.
  // The check judges links to scheduled stories by the clock: when the next one comes out, it is asked again
  // (round 31b #16: "links to a scheduled story" stayed after its time until a file was touched).
  let nextRelease = Infinity;
  const pageErrors = async (): Promise<Diagnostic[]> => {
    if (errors && Date.now() >= nextRelease) {
      noteContentChange();
      errors = undefined;
    }
    if (errors) return errors;
    const content = loadCheckedContent(context, { fresh: true });
    const now = Date.now();
    nextRelease = content.articles.reduce((next, a) => (a.data.published.epoch > now ? Math.min(next, a.data.published.epoch) : next), Infinity);
    aliases = aliasDevRequests(content.articles.flatMap((a) => a.data.aliases ?? []));
    errors = [...content.diagnostics.filter((d) => d.severity === 'error'), ...(await decodeLocalImages(content.localImages))];
    return errors;
  };
}

/** Whether `path` names a file of public/, which the server sends as it is. */
const isPublicFile = (root: string) => (path: string): boolean => {
  try {
    return statSync(join(root, 'public', decodeURIComponent(path))).isFile();
  } catch {
    return false;
  }
};

/** A file the site makes from the content: a feed, a sitemap, the search words (`.xml`, `.json`, `.txt`). */
const CONTENT_OUTPUT = /\.(?:xml|json|txt)$/i;

/**
 * A page request: a browser's (Accept: text/html), or any client's that takes anything (no Accept, or `*\/*`:
 * curl, link checkers) asking for a page path (`/`, `/articles/x/`, `/index.html`) rather than a file.
 */
export function wantsPage(url: string, accept: string | undefined): boolean {
  if ((accept ?? '').includes('text/html')) return true;
  const path = url.split(/[?#]/)[0] ?? '/';
  return (accept === undefined || accept.trim() === '' || accept.includes('*/*')) && (path.endsWith('/') || /\.html?$/i.test(path) || !/\.[a-z0-9]+$/i.test(path));
}

/** What the error page polls: the check's lines in a short form, so it reloads when they change. */
const STATE_PATH = '/__dateline/content-state';
const stateOf = (errors: readonly Diagnostic[]): string => createHash('sha256').update(errors.map(formatDiagnostic).join('\n')).digest('hex').slice(0, 16);

function errorPage(errors: Diagnostic[]): string {
  const lines = errors.map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`).join('\n');
  const n = errors.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<noscript><meta http-equiv="refresh" content="5"></noscript>
<title>Content error${n === 1 ? '' : 's'} – Dateline (development server)</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}h1{color:#b00020}li{margin:.5rem 0}code{white-space:pre-wrap;word-break:break-word}</style>
</head>
<body>
<main>
<h1>${n} content error${n === 1 ? '' : 's'}</h1>
<p>The site is not shown until ${n === 1 ? 'it is' : 'they are'} fixed. The same lines as <code>npm run check:content</code>; this page reloads itself when the files change.</p>
<ul id="content-errors">
${lines}
</ul>
</main>
<script>
const shown = ${JSON.stringify(stateOf(errors))};
setInterval(() => fetch('${STATE_PATH}').then((r) => r.text()).then((now) => { if (now !== shown) location.reload(); }, () => {}), 1000);
</script>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
