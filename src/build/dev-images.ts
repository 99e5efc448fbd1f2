/**
 * The development server's images are never kept by the browser without asking (round 31b #2): Astro answers
 * `/_image?href=…` with a year's `max-age`, and its URL names the file and size, not the bytes, so a photo replaced
 * under the same name (a wrong face, a legal take-down) stayed the old one in the editor's browser. `no-cache`
 * makes the browser ask again each time (the answer's `etag` keeps that cheap). The build names copies by content.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const IMAGE_ENDPOINT = /^\/_image\/?(?:\?|$)/;

export function revalidateDevImages(): Middleware {
  return (req, res, next) => {
    if (!IMAGE_ENDPOINT.test(req.url ?? '')) return next();
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? 'no-cache' : value);
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      res.setHeader('cache-control', 'no-cache');
      const headers = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null && !Array.isArray(a)) as Record<string, unknown> | undefined;
      if (headers) for (const key of Object.keys(headers)) if (key.toLowerCase() === 'cache-control') headers[key] = 'no-cache';
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    next();
  };
}
