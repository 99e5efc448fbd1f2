/**
 * The page workers' own copy of the built prerender entry and its chunks.
 *
 * Why: Astro writes the prerender bundle of a build whose output folder lies outside the project (every test and
 * benchmark build into a temporary folder) to `<project>/.astro/.prerender/`, one folder shared by every such build
 * of the checkout, and deletes the whole folder when a build ends. Astro's own thread imports the entry once, but
 * a worker imports it, and each page's chunk, later; a second build of the same checkout finishing (or starting)
 * in between removed or replaced those files under it (reproduced: `Cannot find module …/chunks/…`, two entries
 * in the folder). The workers therefore import a private copy, taken right after Astro's thread imported the
 * entry, of exactly the files this build wrote (recorded when Vite wrote them, so other builds' files and stale
 * entries left by an interrupted build are never picked up).
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What Vite wrote for the prerender environment of this build. */
export interface PrerenderOutput {
  dir: string;
  /** Every file of the bundle, relative to `dir`. */
  files: string[];
  /** The prerender entry (Astro's rule: the chunk whose name starts with `prerender-entry`). */
  entry: string;
}

/** A Vite plugin (structurally typed: no Vite import) recording the prerender bundle's files as they are written. */
export function prerenderOutputPlugin(record: (output: PrerenderOutput) => void) {
  return {
    name: 'dateline:prerender-output',
    writeBundle(this: { environment?: { name: string } }, options: { dir?: string }, bundle: Record<string, { type: string; fileName: string }>): void {
      if (this.environment?.name !== 'prerender' || !options.dir) return;
      const files = Object.keys(bundle);
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.fileName.startsWith('prerender-entry'))?.fileName;
      if (entry) record({ dir: options.dir, files, entry });
    },
  };
}

/** Copies this build's prerender files to `dest` (emptied first); returns the copied entry's file URL. */
export function snapshotPrerenderOutput(output: PrerenderOutput, dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const file of output.files) {
    const from = join(output.dir, file);
    // Assets were already moved to the client folder by Astro; chunks must all be there.
    if (!existsSync(from)) {
      if (/\.m?js$/.test(file)) throw new Error(`page workers: ${from} is gone (another build of this checkout removed it?); set DATELINE_PAGE_WORKERS=off`);
      continue;
    }
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(from, join(dest, file));
  }
  return pathToFileURL(join(dest, output.entry)).href;
}

/** Removes a snapshot. */
export function removeSnapshot(dest: string): void {
  rmSync(dest, { recursive: true, force: true });
}
