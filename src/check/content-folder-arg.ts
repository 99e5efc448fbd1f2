/**
 * The folder `npm run check:content -- <folder>` reads must be a content folder (round 28b #3). A story's file was
 * read as a content folder without articles ("….md/articles: there are no articles; add one"), and `content/articles`
 * as one whose year folders were "not read; move its files … or start its name with _", which followed would have
 * unpublished the archive. Either is one line naming the content folder to give instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONTENT_FOLDERS } from './rules/stray-files.ts';

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The nearest folder above `path` that holds an `articles/` folder, or undefined. */
function contentAbove(path: string): string | undefined {
  for (let at = dirname(path); ; at = dirname(at)) {
    if (isFolder(join(at, 'articles'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * Why `dir` (as given, from `root`) is no content folder, or undefined. `usual` is the content folder
 * `npm run check:content` reads without one.
 */
export function contentFolderProblem(root: string, dir: string, usual: string): string | undefined {
  const path = resolve(root, dir);
  if (!existsSync(path)) return undefined;
  const folder = isFolder(path);
  // A content folder holds articles/, authors/, sections/, tags/ or front.md (a new newsroom's may hold none yet).
  if (folder && (CONTENT_FOLDERS.some((f) => isFolder(join(path, f))) || existsSync(join(path, 'front.md')))) return undefined;
  const content = contentAbove(path);
  const part = content === undefined ? undefined : relative(content, path).split(sep)[0];
  // A folder with other things in it and none of a content folder's (the project's own folder, /tmp): one line, not
  // a line for each of its files (round 29d #8: 637 lines for /tmp). An empty one is a new newsroom's.
  if (folder && part === undefined && readdirSync(path).some((name) => !name.startsWith('.'))) {
    return `${relative(root, path).split(sep).join('/') || '.'} holds no ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')} or front.md, so it is not a content folder; give the folder that holds articles/ (or none: "npm run check:content" reads ${relative(root, usual).split(sep).join('/') || usual})`;
  }
  if (folder && (part === undefined || !CONTENT_FOLDERS.includes(part))) return undefined;
  const show = (p: string) => relative(root, p).split(sep).join('/') || '.';
  const what = !folder ? 'is a file' : `is ${path === join(content!, part!) ? 'the' : 'a folder inside the'} ${part}/ folder of the content folder ${show(content!)}`;
  const run = content === undefined ? 'give the content folder (the one holding articles/)' : resolve(content) === resolve(usual) ? 'run "npm run check:content"' : `run "npm run check:content -- ${show(content)}"`;
  return `${show(path)} ${what}, not a content folder: the check always reads a whole content folder; ${run}`;
}
