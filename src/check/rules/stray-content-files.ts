/**
 * Files that look like content but that the build never reads: a misnamed front page (`Front.md`,
 * `front-page.md`), other files at the top of `content/`, and anything but `.md` files (or sub-folders) in the
 * flat folders `authors/`, `sections/` and `tags/`. Each is one error naming the file and the fix, as for the
 * misnamed files in `articles/` (src/check/rules/stray-files.ts). Names starting with `_` or `.` are kept out of
 * the build on purpose and are left alone, as is a `README` (any extension; in the flat folders too: round 25a #14).
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS, folderNamedAsFile, strayFileProblem } from './stray-files.ts';

export interface StrayFile {
  path: string;
  message: string;
  /** A file (not a folder), counted in the summary (round 28b #15). */
  unreadFile?: true;
}

/** What each flat folder holds, for the message. */
const FLAT: Record<'authors' | 'sections' | 'tags', string> = {
  authors: 'one .md file per author (bios cannot show local photos)',
  sections: 'one .md file per section',
  tags: 'one .md file per topic',
};

const FRONT_LIKE = /^(?:front|front[-_ ]?page|home|home[-_ ]?page|index)\.(?:md|markdown|mdx|mdown|mkd|md\.txt|txt)$/i;
const KEEP = 'or start its name with "_" to keep it there unread';

/** A folder's entries in name order; none for a symbolic link or an unreadable folder. */
export function entries(dir: string): Dirent[] {
  try {
    // A folder replaced by a symbolic link has its one line (trust.ts): what it points at, maybe outside content/
    // (`content/tags -> /etc`), is never listed, or its names would be printed into the build log (round 23).
    if (!lstatSync(dir).isDirectory()) return [];
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

const ignored = (name: string) => /^[._]/.test(name) || name.includes('\uFFFD');
const NOTE = /^readme(?:\.\w+)?$/i;

/** Every stray file under `contentDir` the listing of articles, authors, sections and tags does not report. */
export function strayContentFiles(contentDir: string): StrayFile[] {
  const out: StrayFile[] = [];
  const top = entries(contentDir);
  const hasFront = top.some((e) => e.name === 'front.md');
  for (const e of top) {
    const hidden = e.isDirectory() ? undefined : strayFileProblem(e.name);
    if (hidden && /^\..+\.md$/i.test(e.name)) out.push({ path: join(contentDir, e.name), message: hidden, unreadFile: true });
    if (e.isDirectory() || ignored(e.name) || e.name === 'front.md' || NOTE.test(e.name)) continue;
    // `articles`, `authors`, `sections` or `tags` as a symbolic link: listMarkdownFiles has said so, once.
    if (e.isSymbolicLink() && CONTENT_FOLDERS.includes(e.name)) continue;
    const path = join(contentDir, e.name);
    if (CONTENT_FOLDERS.includes(e.name)) {
      // `content/tags` made as a plain file (round 36 blind #5): the folder of that name is what the build reads.
      const holds = e.name in FLAT ? FLAT[e.name as keyof typeof FLAT] : 'the articles';
      out.push({ unreadFile: true, path, message: `this is a file, but content/${e.name} must be a folder (content/${e.name}/ holds ${holds}); remove this file and create the folder content/${e.name}/ in its place` });
    } else if (FRONT_LIKE.test(e.name)) {
      out.push({ unreadFile: true, path, message: hasFront
        ? `this file is not read: the front page is content/front.md, which exists; move what this file holds (its "lead" and pins) into content/front.md and remove it`
        : `this file is not read: the front page is content/front.md (lower case); did you mean content/front.md? Rename it to "front.md"` });
    } else {
      out.push({ unreadFile: true, path, message: `this file is not read (content/ holds front.md and the folders ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')}); move it into the folder it belongs to (a story into content/articles/, a photo beside its article), ${KEEP}` });
    }
  }
  for (const [folder, holds] of Object.entries(FLAT) as [keyof typeof FLAT, string][]) {
    for (const e of entries(join(contentDir, folder))) {
      if (ignored(e.name) || (NOTE.test(e.name) && !e.isDirectory())) continue;
      const path = join(contentDir, folder, e.name);
      if (e.isDirectory() && /\.md$/i.test(e.name)) {
        out.push({ path, message: folderNamedAsFile(e.name, folder) });
      } else if (e.isDirectory()) {
        out.push({ path, message: `this folder is not read: content/${folder}/ holds ${holds}, without sub-folders; move its .md files up into content/${folder}/, ${KEEP}` });
      } else if (!/\.md$/i.test(e.name) && !strayFileProblem(e.name)) {
        out.push({ unreadFile: true, path, message: `this file is not read: content/${folder}/ holds ${holds}; remove it, ${KEEP}` });
      }
    }
  }
  return out;
}
