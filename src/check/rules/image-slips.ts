/**
 * The fix for an image path that names no file but is one slip away from the photo (round 24a #13): a name whose
 * letter case differs from the file's (a Mac's disk does not mind, the build server's does, so it passed on the
 * editor's machine and failed in CI), and a path written from the project or the content folder
 * (`content/articles/2026/11/images/x.png`, `/content/…`) where paths are read from the article's folder. Only a
 * path that then names an existing file inside the content folder is proposed (the proposal is checked like any
 * path once written).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

const isFile = (path: string) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};

/** `./images/x.png`: `to` as written from the article at `articlePath`. */
export function fromArticle(articlePath: string, to: string): string {
  const path = relative(dirname(articlePath), to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * `missing`: the first step of `image` (the resolved path) that does not exist. The folder's entry that differs
 * from it only in letter case, with the path to write; undefined when there is none or the path still names no file.
 */
export function caseMismatch(articlePath: string, image: string, missing: string): string | undefined {
  const want = basename(missing);
  let entries: string[];
  try {
    entries = readdirSync(dirname(missing));
  } catch {
    return undefined;
  }
  const folded = want.normalize('NFC').toLowerCase();
  const onDisk = entries.find((e) => e !== want && e.normalize('NFC').toLowerCase() === folded && e.normalize('NFC') !== want.normalize('NFC'));
  if (onDisk === undefined) return undefined;
  const fixed = join(dirname(missing), onDisk, relative(missing, image));
  if (!isFile(fixed)) return undefined;
  return `the name on disk is "${onDisk}" (the letter case differs, which a Mac's disk ignores but the build server's does not); write "${fromArticle(articlePath, fixed)}"`;
}

/**
 * The photo itself, saved under another image extension (`named.png` where `named.jpg` is written: renamed as
 * the format line told, round 25b #16): the path to write; undefined when there is none.
 */
export function otherExtension(articlePath: string, image: string, missing: string, extensions: readonly string[]): string | undefined {
  if (missing !== image) return undefined;
  const stem = basename(image).replace(/\.[^.]*$/, '');
  let entries: string[];
  try {
    entries = readdirSync(dirname(image));
  } catch {
    return undefined;
  }
  const onDisk = entries.find((e) => e !== basename(image) && e.replace(/\.[^.]*$/, '') === stem && extensions.includes(e.slice(stem.length).toLowerCase()));
  if (onDisk === undefined || !isFile(join(dirname(image), onDisk))) return undefined;
  return `the folder has "${onDisk}"; write "${fromArticle(articlePath, join(dirname(image), onDisk))}"`;
}

/**
 * A path written from the project (`content/articles/…`, `/content/articles/…`) or from the content folder
 * (`articles/…`) that names a file there: the path to write from the article's folder; else undefined.
 */
export function rootedPath(contentDir: string, articlePath: string, src: string): string | undefined {
  const root = resolve(contentDir);
  const relativeSrc = src.replace(/^[/\\]+/, '');
  if (relativeSrc === '' || /^[a-z][a-z0-9+.-]*:/i.test(relativeSrc)) return undefined;
  for (const base of [dirname(root), root]) {
    const candidate = resolve(base, relativeSrc);
    if (candidate !== resolve(articlePath, '..', src) && candidate.startsWith(root + sep) && isFile(candidate)) {
      return `paths are read from the article's folder, not from the ${base === root ? 'content folder' : 'project'}; write "${fromArticle(articlePath, candidate)}"`;
    }
  }
  return undefined;
}
