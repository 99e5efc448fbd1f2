/**
 * The development server never follows a link inside the content folder (round 27a #4): Vite serves files by path
 * (`/content/articles/…/photo.png`, `/@fs/<absolute path>`, and the image endpoint's `/_image?href=…`), so a symbolic
 * link saved among the articles (`images/pw.png -> /etc/passwd`, a folder linked to `/etc`) served the file it
 * points at, whether or not an article used it. A request for a path inside the content folder that passes through
 * a link, in any of those forms, is answered 404; the check names the link itself (src/check/rules/trust.ts).
 */
import { lstatSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { safeDecode } from '#/domain/urls.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The files a request names: its path (under the project, or `/@fs/` absolute) and an image endpoint's `href`. */
export function requestedFiles(url: string, root: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://dev.invalid');
  } catch {
    return [];
  }
  const files: string[] = [];
  const add = (pathname: string) => {
    const path = safeDecode(pathname);
    files.push(path.startsWith('/@fs/') ? resolve(path.slice(4)) : resolve(join(root, path)));
  };
  add(parsed.pathname);
  const href = parsed.searchParams.get('href');
  if (href !== null) {
    try {
      add(new URL(href, 'http://dev.invalid').pathname);
    } catch {
      // Not an address: the endpoint refuses it itself.
    }
  }
  return files;
}

/** Whether `file` lies inside `contentDir` and the way to it passes through a symbolic link. */
export function throughContentLink(file: string, contentDir: string): boolean {
  const rel = relative(contentDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  let at = contentDir;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) return false;
    if (stat.isSymbolicLink()) return true;
  }
  return false;
}

/** The middleware: 404 for any request that reaches into the content folder through a link. */
export function contentLinkGuard(root: string, contentDir: string): Middleware {
  const dir = resolve(contentDir);
  return (req, res, next) => {
    if (!requestedFiles(req.url ?? '/', root).some((file) => throughContentLink(file, dir))) return next();
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found: the development server never follows a link inside the content folder\n');
  };
}
