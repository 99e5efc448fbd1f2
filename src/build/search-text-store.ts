/**
 * The text readers see in each article body (recorded by the Markdown pipeline, see
 * src/markdown/rehype-article-facts.ts), kept beside the rendered HTML for the search index. Files are named by a
 * digest of the Markdown mode and the body, so the search worker finds them from the checked content alone; a
 * missing one (a first build, a cleared cache) is rendered again there, never replaced by the raw Markdown.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlStoreDir, writeHtmlFile } from './html-store.ts';

/** Bump when the text the pipeline records changes. */
const TEXT_VERSION = '1';

export function searchTextFile(root: string, markdownMode: string, body: string): string {
  const digest = createHash('sha256').update(`${TEXT_VERSION}|${markdownMode}|${body}`).digest('hex');
  return join(htmlStoreDir(root), 'text', digest.slice(0, 2), `${digest}.txt`);
}

export function hasSearchText(file: string): boolean {
  return existsSync(file);
}

export function writeSearchText(file: string, text: string): void {
  writeHtmlFile(file, text);
}

/** The stored text, or `render(body)`'s (then stored for the next build). */
export function readSearchText(file: string, body: string | undefined, render: (body: string) => string, id: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8');
  // Without the body only a lost file gets here (the content sync stored every visible article's text).
  if (body === undefined) throw new Error(`the search text of article ${id} is missing (${file}); build again`);
  const text = render(body);
  writeSearchText(file, text);
  return text;
}
