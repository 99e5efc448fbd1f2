/**
 * What the e2e tests know about the built site, read from `dist/` and the content check rather than
 * hard-coded, so the tests follow the sample newsroom as it changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkContent } from '#/check/content-check.ts';
import { isVisible } from '#/domain/visibility.ts';
import { decideContext, pageVisibility } from '#/domain/context.ts';

export const DIST = join(process.cwd(), 'dist');

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => join(dir, f));
}

/** `/articles/x/` for `dist/articles/x/index.html`. */
export function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return '/' + rel.replace(/index\.html$/, '');
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The build's context as the integration decides it (DATELINE_NOW pins "now" for the e2e build and the tests alike). */
export const buildContext = decideContext('build', process.cwd());
const visibility = pageVisibility(buildContext);
export const content = checkContent({ root: process.cwd(), visibility });
export const visibleArticles = content.articles.filter((a) => isVisible(a.data, visibility));
export const hiddenArticles = content.articles.filter((a) => !isVisible(a.data, visibility));
