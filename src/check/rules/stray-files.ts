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
  // `.md` alone: what a CMS export or a "save as" writes when the slug field is empty (round 17).
  // `._story.md`: the metadata macOS writes beside a file on shares, sticks and in zips (AppleDouble), never a story.
  if (name.startsWith('._')) return undefined;
  if (/^\.md$/i.test(name)) return 'the file has no name before ".md", which also hides it, so it is not read; name it after the story, e.g. "kabul-bakers-brace-for-winter.md"';
  if (/^\..+\.md$/i.test(name)) return `the file name starts with ".", which hides the file, so it is not read; rename it to "${name.replace(/^\.+/, '')}"`;
  // Hidden files (`.story.md.swp`) and editor backups (`story.md~`, `#story.md#`) are left alone on purpose.
  if (name.startsWith('.')) return undefined;
  // Spaces, dots or invisible characters after ".md" (`story.md.`, `story.md `): the name no longer ends in ".md".
  const trimmed = name.replace(/[\s\u00A0.\p{Cf}]+$/u, '');
  if (trimmed !== name && /\.md$/i.test(trimmed)) {
    const tail = name.slice(trimmed.length);
    const what = /^\.+$/.test(tail) ? (tail.length === 1 ? 'a dot' : 'dots') : /^[\s\u00A0]+$/u.test(tail) ? 'a space' : 'invisible characters';
    return `the file name ends with ${what}${what === 'a space' ? '' : ' after ".md"'}, so it is not read; rename it to "${trimmed}"`;
  }
  const m = /^(.*?)\.(markdown|mdx|mdown|mkdn|mkd|md\.txt)$/i.exec(name);
  if (m) return `only .md files are read; rename it to "${m[1]}.md"`;
  // "ｓｔｏｒｙ．ｍｄ", typed by an input method in fullwidth: the same letters once folded (NFKC), but not ".md".
  const folded = name.normalize('NFKC');
  if (folded !== name && /\.md$/i.test(folded) && !/\.md$/i.test(name)) {
    return `the file name ends in "${name.slice(name.length - 3)}" in fullwidth (or other lookalike) letters, not ".md", so it is not read; rename it to "${folded}"`;
  }
  // A backup or merge leftover (`story.md.bak`, `story.md.orig`, `story.md.old`): never read, so never published.
  const leftover = /^(.+)\.md\.([A-Za-z0-9_-]{1,12})$/i.exec(name);
  if (leftover) {
    return `the file ends in ".${leftover[2]}" after ".md", so it is not read; if it is the story, rename it to "${leftover[1]}.md"; if it is a backup or a merge leftover, remove it (or start its name with "_" to keep it unread)`;
  }
  return undefined;
}

/** What a file of each expected kind is, for the one line about a folder named like one (`content/front.md/`). */
export const FILE_KINDS = { front: 'the front page', articles: 'an article', authors: 'an author', sections: 'a section', tags: 'a topic' } as const;

/** The one line for a folder where a file is expected (`front.md` made with mkdir). */
export function folderNamedAsFile(name: string, kind: keyof typeof FILE_KINDS): string {
  return `${name} is a folder; ${FILE_KINDS[kind]} is a file: replace the folder with a file`;
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
      // `front.md` as a folder is the front page's file made wrongly, not a folder of stories to move.
      message: e.name === 'front.md' ? folderNamedAsFile(e.name, 'front') : `this folder is not read (content/ holds ${CONTENT_FOLDERS.map((f) => `${f}/`).join(', ')}); move its files into one of them, or start its name with "_" to keep it unpublished`,
    }));
}

/** What Windows Explorer (` - Copy`, ` - Copy (2)`), the Finder (` copy`, ` copy 2`), a sync client or a browser adds to a copy's name. */
export const COPY_SUFFIX = /^(.+?)(?: - Copy(?: \(\d+\))?| copy(?: \d+)?| \([^()]*conflicted copy[^()]*\)| \(\d+\))$/i;

/**
 * The one line for `story - Copy.md` beside `story.md` (`exists` says which ids are files), or undefined. Renaming
 * it to a slug, as a misnamed story is told, published the story twice (round 23); a sync client's conflicted copy
 * holds another version of the same story.
 */
export function copiedFileProblem(id: string, exists: (id: string) => boolean): string | undefined {
  const base = COPY_SUFFIX.exec(id)?.[1];
  if (base === undefined || !exists(base)) return undefined;
  return `file name "${id}.md" is a copy of "${base}.md" (as Explorer, the Finder or a sync client names one), not a story of its own: delete it, or move what it adds into ${base}.md and then delete it`;
}
