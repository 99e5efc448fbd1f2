/**
 * Migrated stories' old addresses (`aliases`, src/domain/aliases.ts) in the development server, answered as a static
 * host answers the build's files: `/old/story.html` reaches its alias page (round 31b #5: 404 in development), and a
 * folder's address without its slash (`/2009/03/story`) is sent on to the folder (round 31d #4).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Each request a host would answer with an alias's file → the form this server answers (aliasDevRequests). */
export type DevAliases = ReadonlyMap<string, { to: string; redirect: boolean }>;

/** What runs before Astro's own middleware (which it puts first when the server starts). */
const firstMiddleware: { handle?: Middleware } = {};

/** A Vite plugin that puts {@link firstMiddleware} ahead of Astro's, once Astro has placed its own. */
export function devMiddlewareFirst() {
  return {
    name: 'dateline:dev-first',
    apply: 'serve' as const,
    configureServer(server: { middlewares: { stack: { route: string; handle: Middleware }[] } }) {
      return () => {
        server.middlewares.stack.unshift({ route: '', handle: (req, res, next) => (firstMiddleware.handle ? firstMiddleware.handle(req, res, next) : next()) });
      };
    },
  };
}

/**
 * Sends a folder alias asked for without its slash on to the folder. First in the stack: Astro answers such a path
 * 404 itself (trailingSlash: 'always'). `current` gives the aliases, or undefined while the content has errors.
 */
export function redirectFolderAliases(current: () => Promise<DevAliases | undefined>): void {
  firstMiddleware.handle = (req, res, next) => {
    const [path = '/', rest = ''] = splitUrl(req.url);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return next();
    void current().then((aliases) => {
      const alias = aliases?.get(decodedPath(path));
      if (!alias?.redirect) return next();
      res.statusCode = 301;
      res.setHeader('location', `${encodeURI(alias.to)}${rest}`);
      res.end();
    }, next);
  };
}

/** Points a request for an alias's file (`/old/story.html`) at the page the server makes for it. */
export function rewriteAliasRequest(req: IncomingMessage, aliases: DevAliases): void {
  const [path = '/', rest = ''] = splitUrl(req.url);
  const alias = aliases.get(decodedPath(path));
  if (alias && !alias.redirect) req.url = `${encodeURI(alias.to)}${rest}`;
}

const splitUrl = (url = '/'): string[] => url.split(/(?=[?#])/);

const decodedPath = (path: string): string => {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
};
