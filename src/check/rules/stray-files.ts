/**
 * Files and folders under `content/` that the build would not read, though an editor meant them to be read:
 * each is one error instead of a story that silently never appears. Folders and files whose names start with
 * `_` are ignored on purpose (templates, `_drafts/`), as are hidden files other than Markdown (`.DS_Store`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folders `content/` is read from. */
export const CONTENT_FOLDERS: readonly string[] = ['articles', 'authors', 'sections', 'tags'];

/** Why a file with this name is not read although it looks like content, or undefined. */
export function strayFileProblem(name: string): string | undefined {
  if (/^\..+\.md$/i.test(name)) return `the file name starts with ".", which hides the file, so it is not read; rename it to "${name.replace(/^\.+/, '')}"`;
  const trimmed = name.replace(/[\s\u00A0]+$/u, '');
  if (trimmed !== name && /\.md$/i.test(trimmed)) return `the file name ends with a space, so it is not read; rename it to "${trimmed}"`;
  const m = /^(.*?)\.(markdown|mdx|mdown|mkdn|mkd|md\.txt)$/i.exec(name);
  if (m) return `only .md files are read; rename it to "${m[1]}.md"`;
  return undefined;
}

/** Folders directly under `content/` other than articles, authors and sections (and `_`/`.` folders). */
export function strayFolders(contentDir: string): { path: string; message: string }[] {
  let entries;
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory() && !/^[._]/.test(e.name) && !CONTENT_FOLDERS.includes(e.name))
    .map((e) => ({
      path: join(contentDir, e.name),
      message: `this folder is not read (content/ holds ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')}); move its files into one of them, or start its name with "_" to keep it unpublished`,
    }));
}
