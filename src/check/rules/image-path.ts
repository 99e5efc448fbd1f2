/**
 * How a local image path must be spelt so that the content check and Astro read it as the same file. The check
 * resolves a path as the file system does (`x.png/`, `x.png/.` and `images//x.png` all find `images/x.png`),
 * while Astro decides from the text whether a path is an image import at all (by what follows its last dot):
 * `./images/x.png/` reached Astro's `getImage` as a plain string and stopped the build with LocalImageUsedWrongly
 * and a stack trace naming no file. So a path that only resolves by the file system's forgiveness is refused here,
 * one line with the path to write, for lead and body images alike (trust.ts runs it for every local image). So is a
 * `%` (see percentProblem).
 */
import { posix } from 'node:path';

/**
 * Where the path was written, and whether a path (as spelt) names a file beside the article: with it, a name that
 * really holds `%` or `\` (`p%41.png`, as an upload tool saves it) is told to be renamed, not to be written as a
 * file that does not exist (round 31a #2).
 */
export interface SpellingContext {
  where?: 'frontmatter' | 'body';
  exists?: (path: string) => boolean;
}

/** Why `path` (a local image path as written, without `?…`/`#…`) is spelt so the renderer would read it otherwise. */
export function imagePathSpelling(path: string, context: SpellingContext = {}): string | undefined {
  // No fix that names a folder or repeats the path: `.`, `./` and `x.png/..` name a folder, and so the line says.
  const folder = folderNamed(path);
  if (folder !== undefined) return `"${path}" names a folder, not an image file (it is ${folder}); write the path of the photo file inside it`;
  const fix = () => `write "${canonicalImagePath(path)}"`;
  if (path.includes('\\')) {
    if (!context.exists?.(canonicalImagePath(path)) && context.exists?.(path)) return renameProblem(path, '\\', 'which the page and Windows read as a separator between folders');
    return `"${path}" uses "\\" between folders, which is part of a file name on the web and on the build machine; ${fix()}`;
  }
  if (/%(?:2f|5c)/i.test(path)) return `"${path}" spells "/" or "\\" as %2F or %5C, which names no folder; ${fix()}`;
  if (/\/\.{0,2}$/.test(path) || path === '.' || path === '..') {
    return `"${path}" ends in "${/\/\.{1,2}$/.test(path) ? path.slice(path.lastIndexOf('/')) : '/'}", which names a folder, not a file (the page would not find the photo); ${fix()}`;
  }
  if (path.includes('//')) return `"${path}" holds "//", which the page reads differently from the file system; ${fix()}`;
  if (path.includes('%')) return percentProblem(path, context);
  return undefined;
}

/**
 * A `%` left in a local image path. A body image's path is a Markdown link destination, which the renderer decodes
 * (`%20` is a space, `%2e` a dot: body-images.ts `localPath`) before this rule sees it, so a `%` here is part of the
 * file's real name or a lone `%` that decodes to nothing. The lead image's `image.src` is a file path that Astro hands
 * to Vite's module loader as an import, where a `%` is read as an escape code or not depending on the step: so it
 * is refused too, with the file's own name to write when the codes decode (`./images/a%20b.png` → `./images/a b.png`).
 */
function percentProblem(path: string, { where = 'frontmatter', exists }: SpellingContext): string {
  let decoded: string | undefined;
  try {
    decoded = decodeURI(path);
  } catch {
    decoded = undefined;
  }
  // `p%41.png` really named so: writing "pA.png" would name no file (a lone `%` gets the line below).
  const renamed = decoded !== undefined && exists !== undefined && !exists(decoded) && exists(path);
  if (renamed) return renameProblem(path, '%', 'which the build reads as the start of an escape code (%20 is a space), so the path would name another file or none');
  if (decoded !== undefined && decoded !== path && !decoded.includes('%')) {
    // A body image's path is decoded once by Markdown already (body-images.ts): this is what is left (round 31a #2).
    if (where === 'body') return `"${path}" (the path as the page reads it: Markdown decodes %-codes once) still spells characters as %-codes, which the build would decode again; write "${decoded}"`;
    return `"${path}" spells characters as %-codes, but an image path in the frontmatter is the file's own name, not a web address; write "${decoded}"`;
  }
  return `"${path}" holds "%", which the build reads as the start of an escape code (%20 is a space), so the path would name another file or none; rename the file without "%" (e.g. "percent" instead) and write that name`;
}

/**
 * A body path written with `%` for a file whose own name holds it (`p%41.png`, as an upload tool saves it): Markdown
 * decodes the path (`pA.png`), so the page looks for another file; the file is to be renamed (round 31a F2: "does
 * not exist", or a "write" fix naming no file). `decoded` is the path as the page reads it.
 */
export function percentNamedFile(written: string, decoded: string, exists: (path: string) => boolean): string | undefined {
  if (!written.includes('%') || exists(decoded) || !exists(written)) return undefined;
  return renameProblem(written, '%', 'which Markdown reads as the start of an escape code (%41 is "A"), so the page would look for another file');
}

/** The line for a file (or folder) whose own name holds `char`: rename it, with a name to give it. */
function renameProblem(path: string, char: string, why: string): string {
  const parts = path.split('/');
  const at = parts.findIndex((p) => p.includes(char));
  const name = parts[at] ?? path;
  const what = at === parts.length - 1 ? 'file' : 'folder';
  const plain = name.split(char).join('-').replace(/-{2,}/g, '-').replace(/^-+|-+(?=\.[^.]*$)|-+$/g, '') || 'photo';
  return `"${path}" names a ${what} whose own name "${name}" holds "${char}", ${why}; rename the ${what} without "${char}" (e.g. "${plain}") and write that name`;
}

/**
 * The folder a path names when it can name nothing else, whatever is on disk: it is `.` or `..`, ends in `/.` or
 * `/..` after a folder's name (`./images/.`), or resolves to a folder through `..` (`./images/x.png/..` is
 * `./images`); or its fix would be no path to a file (`./` is `.`, `./images/` is `./images`, a name with no
 * extension). Said as the editor reads it: "the article's own folder", or the folder's path. `x.png/` and
 * `x.png/.` name the file the editor meant (the fix is `x.png`), so they are not folders here.
 */
function folderNamed(path: string): string | undefined {
  if (path === '') return undefined;
  const unified = path.replace(/\\/g, '/').replace(/%2f/gi, '/').replace(/%5c/gi, '/');
  const last = unified.replace(/\/+$/, '').split('/').at(-1) ?? '';
  const canonical = canonicalImagePath(path);
  const isFolder =
    last === '..' ||
    canonical === './.' ||
    canonical === '.' ||
    /(?:^|\/)\.\.$/.test(canonical) ||
    (/\/\.?$/.test(unified) && !/\.[^./]+$/.test(canonical.split('/').at(-1) ?? ''));
  if (!isFolder) return undefined;
  return canonical === './.' ? "the article's own folder" : `"${canonical}"`;
}

/** `./images//x.png/` → `./images/x.png`: the one spelling of a local path the check and the renderer share. */
export function canonicalImagePath(path: string): string {
  const normal = posix.normalize(path.replace(/\\/g, '/').replace(/%2f/gi, '/').replace(/%5c/gi, '/')).replace(/\/+$/, '');
  return normal.startsWith('../') || normal.startsWith('./') ? normal : `./${normal}`;
}
