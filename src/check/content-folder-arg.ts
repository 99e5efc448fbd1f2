/**
 * The folder `npm run check:content -- <folder>` reads must be a content folder (round 28b #3). A story's file was
 * read as a content folder without articles ("….md/articles: there are no articles; add one"), and `content/articles`
 * as one whose year folders were "not read; move its files … or start its name with _", which followed would have
 * unpublished the archive. Either is one line naming the content folder to give instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_FOLDERS } from './rules/stray-files.ts';
import { contentDirSetting } from './content-dir.ts';
import { didYouMean } from './rules/suggest.ts';

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Whether a folder holds what a content folder holds: articles/, authors/, sections/, tags/ or front.md. */
const isContentFolder = (path: string) => CONTENT_FOLDERS.some((f) => isFolder(join(path, f))) || existsSync(join(path, 'front.md'));

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
  if (!existsSync(path)) return resolve(path) === resolve(usual) ? undefined : missingFolderProblem(root, path, usual);
  const folder = isFolder(path);
  // A content folder holds articles/, authors/, sections/, tags/ or front.md (a new newsroom's may hold none yet).
  if (folder && isContentFolder(path)) return undefined;
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

/**
 * A folder given that does not exist (a typo): one line, with the folder beside it of a near name, not a check of
 * nothing ending "0 articles" (round 36). The usual content folder missing is left to the check's own line.
 */
function missingFolderProblem(root: string, path: string, usual: string): string {
  const show = (p: string) => relative(root, p).split(sep).join('/') || '.';
  let siblings: string[] = [];
  try {
    siblings = readdirSync(dirname(path), { withFileTypes: true }).filter((e) => e.isDirectory() && isContentFolder(join(dirname(path), e.name))).map((e) => e.name);
  } catch {
    // No folder above it either: no near name to offer.
  }
  const near = didYouMean(basename(path), siblings);
  const guess = near === undefined ? '' : ` (did you mean ${show(join(dirname(path), near))}?)`;
  return `${show(path)} does not exist${guess}; give the folder that holds articles/ (or none: "npm run check:content" reads ${show(usual)})`;
}

/**
 * Why the folder `DATELINE_CONTENT_DIR` names is no content folder, or undefined (also when the variable is unset).
 * One line naming the variable, the same in check:content, the build, the dev server and the editor tools (round 31b F9: a file given there was read as a
 * content folder without articles, "…/articles  there are no articles; add one with npm run new").
 */
export function contentDirVariableProblem(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = contentDirSetting(env);
  if (setting === undefined) return undefined;
  const path = resolve(root, setting);
  const show = (p: string) => relative(root, p).split(sep).join('/') || '.';
  const named = `DATELINE_CONTENT_DIR=${setting} names ${path}`;
  const unset = 'or unset it to read content/';
  const base = isAbsolute(setting) ? '' : ` (a relative folder is read from the project's folder, ${resolve(root)})`;
  // A mistyped path, or `~/news` from a CI file that does not expand `~` (round 31d F8: it was read as a content
  // folder without articles, with another shape of line than the variable's other mistakes). A new newsroom's
  // folder is made first (mkdir), so `npm run new` does not scatter files under a typo either.
  if (!existsSync(path)) {
    const tilde = /^~(?=[\\/]|$)/.test(setting) ? ` ("~" is not expanded here: write the whole path, such as ${setting.replace(/^~/, homedir())})` : base;
    return `${named}, which does not exist; set it to the folder that holds articles/${tilde}, make that folder first for a new newsroom, ${unset}`;
  }
  if (!isFolder(path)) return `${named}, a file, not a content folder; set it to the folder that holds articles/${base}, ${unset}`;
  if (isContentFolder(path)) return undefined;
  const content = contentAbove(path);
  const part = content === undefined ? undefined : relative(content, path).split(sep)[0];
  if (part !== undefined && CONTENT_FOLDERS.includes(part)) {
    const inside = path === join(content!, part) ? `the ${part}/ folder` : `a folder inside the ${part}/ folder`;
    const fix = resolve(content!) === resolve(root, 'content') ? 'unset it to read content/' : `set DATELINE_CONTENT_DIR=${show(content!)}`;
    return `${named}, ${inside} of the content folder ${show(content!)}, not a content folder: the whole content folder is read; ${fix}`;
  }
  // An empty folder is a new newsroom's; one with other things in it and none of a content folder's is not.
  if (!readdirSync(path).some((name) => !name.startsWith('.'))) return undefined;
  return `${named}, which holds no ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')} or front.md, so it is not a content folder; set it to the folder that holds articles/${base}, ${unset}`;
}
