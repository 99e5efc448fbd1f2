/**
 * What a build remembers of the previous one for its gone-page warnings (gone-pages.ts, gone-aliases.ts): its article
 * pages, its `formerly` pages and its alias pages. Kept beside Astro's cache, in a folder named by the content folder
 * and the output folder, so builds of other content folders or into other output folders in one checkout each
 * compare with their own previous build (round 31b F8: a build of the project's content warned that another
 * newsroom's 3,000 pages were "gone"). A CI with a cold cache has none, and warns of nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PreviousBuildFiles {
  /** The article pages it published (`/articles/<slug>/`). */
  pages: string;
  /** Its `formerly` pages (dateline-former.json before round 31). */
  former: string;
  /** Its alias pages (dateline-aliases.json before round 31). */
  aliases: string;
}

/** The files of the previous build of `contentDir` into `outDir`, under `cacheDir`. */
export function previousBuildFiles(cacheDir: string, contentDir: string, outDir: string): PreviousBuildFiles {
  const key = createHash('sha256').update(`${resolve(contentDir)}\0${resolve(outDir)}`).digest('hex').slice(0, 16);
  const dir = join(cacheDir, 'dateline-previous-build', key);
  return { pages: join(dir, 'pages.json'), former: join(dir, 'former.json'), aliases: join(dir, 'aliases.json') };
}

const ARTICLE_PAGE = /^\/articles\/[^/]+\/$/;

/** The article pages the previous build published, as {@link savePageList} kept them (none when there is no file). */
export function readPageList(file: string): string[] {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(kept) ? kept.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps this build's article pages (of `built`, every page it wrote or restored) for the next build. */
export function savePageList(file: string, built: ReadonlySet<string>): void {
  const pages = [...built].filter((p) => ARTICLE_PAGE.test(p)).sort();
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(pages));
  renameSync(tmp, file);
}
