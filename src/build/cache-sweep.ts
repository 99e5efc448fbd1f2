/**
 * The caches a build keeps between runs (rendered article HTML, related bags and search text in
 * `node_modules/.cache/dateline-html`, social cards in `dateline-cards`) are named by digests: an edit writes new
 * entries and leaves the old ones. Without a sweep they only grew, ~2 MB per edit of a 1 MiB article, in a cache
 * CI downloads and uploads on every run (round 17, finding 10). After a whole build, a file this build did not use
 * is removed once it was neither written nor used for GRACE_MS: builds of other content folders sharing the checkout's
 * cache (test fixtures, a dev server) mark what they reuse (`touchUsed`), so an hour keeps what they are using.
 *
 * Switch: DATELINE_CACHE_SWEEP=off keeps everything (as before).
 */
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

export const GRACE_MS = 60 * 60 * 1000;

export const cacheSweepEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => env['DATELINE_CACHE_SWEEP'] !== 'off';

/**
 * Marks cached files as used now (a reused entry is not new, but must outlive the grace period of other builds'
 * sweeps): the access time says so. The modification time is left alone, since a cached card's is the mark that it
 * was drawn (cards/writer.ts); a sweep reads the later of the two.
 */
export function touchUsed(files: readonly (string | undefined)[], now = new Date()): void {
  for (const file of files) {
    if (file === undefined) continue;
    try {
      utimesSync(file, now, statSync(file).mtime);
    } catch {
      // Gone or read-only: the entry is rendered again when it is missing.
    }
  }
}

/**
 * Removes the files under `dir` (to `depth` folders down) that are not in `keep` and were last written or used
 * before `now - grace`. Returns how many were removed. Never throws: a sweep that fails keeps the cache.
 */
export function sweepCache(dir: string, keep: ReadonlySet<string>, { depth = 2, grace = GRACE_MS, now = Date.now() } = {}): number {
  let removed = 0;
  const walk = (folder: string, level: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (level < depth) walk(path, level + 1);
      } else if (e.isFile() && !keep.has(path)) {
        try {
          const { atimeMs, mtimeMs } = statSync(path);
          if (Math.max(atimeMs, mtimeMs) < now - grace) {
            rmSync(path, { force: true });
            removed++;
          }
        } catch {
          // Removed by another build meanwhile.
        }
      }
    }
  };
  walk(dir, 0);
  return removed;
}
