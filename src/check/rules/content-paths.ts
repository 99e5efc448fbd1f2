/**
 * Limits on where a file may sit under `content/`: how long its path is and how deep its folders go. File
 * systems refuse a whole path over 4,096 bytes (Linux's PATH_MAX) however short each name is: 20 nested
 * folders of 250-byte names, as a CMS export or an unzip tool can make step by step, crashed the listing
 * with ENAMETOOLONG and a stack trace. The limits are far above any newsroom's layout (`2026/11/<slug>.md`:
 * two folders, under 140 bytes), and leave room for the project's own folder in front, so a path that passes
 * here can always be opened. A folder that cannot be listed for any other reason (permissions) is one line too.
 */
import { basename, relative, sep } from 'node:path';

/** Bytes (UTF-8) of a path inside the folder listed (`content/articles/…`). */
export const MAX_CONTENT_PATH_BYTES = 1_024;
/** Folders inside one another under the folder listed (`2026/11/` is two). */
export const MAX_FOLDER_DEPTH = 32;

/** Why the file or folder at `path` (inside `dir`, the folder listed) is over a limit, or undefined. */
export function contentPathProblem(dir: string, path: string, isFolder: boolean): string | undefined {
  const inside = relative(dir, path);
  const what = isFolder ? 'folder' : 'file';
  const bytes = Buffer.byteLength(inside);
  if (bytes > MAX_CONTENT_PATH_BYTES) {
    return `the ${what}'s path is ${bytes.toLocaleString('en-US')} bytes long inside content/${basename(dir)}/ (the limit is ${MAX_CONTENT_PATH_BYTES.toLocaleString('en-US')}; file systems refuse longer paths), so ${isFolder ? 'nothing in it is' : 'it is not'} read; move ${isFolder ? 'its files' : 'it'} into shorter folders, e.g. content/articles/2026/11/`;
  }
  const depth = inside.split(sep).length - (isFolder ? 0 : 1);
  if (depth > MAX_FOLDER_DEPTH) {
    return `the ${what} is ${depth} folders deep inside content/${basename(dir)}/ (the limit is ${MAX_FOLDER_DEPTH}), so ${isFolder ? 'nothing in it is' : 'it is not'} read; move ${isFolder ? 'its files' : 'it'} up, e.g. into content/articles/2026/11/`;
  }
  return undefined;
}

/** The one line for a folder that could not be listed (`readdir` failed). */
export function unlistedFolderProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENAMETOOLONG') return 'the folder\'s path is too long for the file system, so nothing in it is read; move its files into shorter folders, e.g. content/articles/2026/11/';
  if (code === 'EACCES' || code === 'EPERM') return 'the folder cannot be read (permission denied), so nothing in it is read; check its permissions';
  if (code === 'ELOOP') return 'the folder is reached through too many symbolic links, so nothing in it is read; replace the links with real folders';
  return `the folder cannot be read (${code ?? 'error'}), so nothing in it is read`;
}
