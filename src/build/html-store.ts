/**
 * Rendered article HTML lives in files beside the content-layer cache, not in Astro's data store. Astro embeds
 * the whole store in the build's bundle; with every article's HTML in it that bundle reached 250 MB at 20,000
 * articles, and bundling, loading and garbage-collecting it dominated large builds. The store keeps each entry's
 * data, body and the path of its HTML file (named by the entry's digest, so a changed article gets a new file).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { dirname, join } from 'node:path';

/** Where rendered HTML is kept, under the project root. */
export function htmlStoreDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'dateline-html');
}

/** The file that holds the HTML rendered from the entry with this digest. */
export function htmlFileFor(root: string, digest: string): string {
  return join(htmlStoreDir(root), digest.slice(0, 2), `${digest}.html`);
}

/**
 * The file that holds the related engine's bag of terms of the entry with this digest (packed: article-facts.ts
 * `packBag`). Kept out of the store like the HTML: every copy of the store (Astro's, the bundle's text, each page
 * worker's) held it, ~1.3 KB of text an article, though only the related computation reads it, once.
 */
export function bagFileFor(root: string, digest: string): string {
  return join(htmlStoreDir(root), digest.slice(0, 2), `${digest}.bag`);
}

/**
 * Any text file of this store (HTML, bag) is written to a temporary name and renamed, so a reader never sees half a file (concurrent builds, a kill). The
 * folder is made only when the write finds it missing: a cold build writes thousands of files into 256 folders,
 * and a `mkdir` before each cost as much as the write.
 */
export function writeHtmlFile(file: string, html: string): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    writeFileSync(tmp, html);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, html);
  }
  renameSync(tmp, file);
}
