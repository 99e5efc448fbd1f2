/**
 * Files and folders under `content/` that the build would not read, though an editor meant them to be read:
 * each is one error instead of a story that silently never appears. Folders and files whose names start with
 * `_` are ignored on purpose (templates, `_drafts/`), as are hidden files other than Markdown (`.DS_Store`).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folders `content/` is read from. */
export const CONTENT_FOLDERS: readonly string[] = ['articles', 'authors', 'sections', 'tags'];

/**
 * A file that is not read, with the name it means (round 28b #7): its line is told again once every file is
 * listed, so that the name proposed is free (free-names.ts). `.story.md`, `story.md.` or `story.markdown` beside
 * the live `story.md` was told to take its name, and the rename replaced the live story with the old copy.
 */
export interface UnreadFile {
  message: string;
  /** The name the file means, without ".md" (`.story.md`, `story.md.`, `story.markdown` → `story`). */
  meant?: string;
  /** The line proposing `name` (`story-2.md`); `note` says why it is not the meant name ('' when it is that). */
  tell?: (name: string, note: string) => string;
}

/** The line as first said (the meant name, taken or not), and how to say it again with another name. */
export function unreadRenamed(meant: string, tell: (name: string, note: string) => string): UnreadFile {
  return { message: tell(`${meant}.md`, ''), meant, tell };
}

/** Why a file with this name is not read although it looks like content, or undefined. */
export function strayFileProblem(name: string): string | undefined {
  return strayFile(name)?.message;
}

/** {@link strayFileProblem}, with the name the file means. */
export function strayFile(name: string): UnreadFile | undefined {
  // `.md` alone: what a CMS export or a "save as" writes when the slug field is empty (round 17).
  // `._story.md`: the metadata macOS writes beside a file on shares, sticks and in zips (AppleDouble), never a story.
  if (name.startsWith('._')) return undefined;
  const noName = (what: string) => ({ message: `the file ${what}, so it is not read; name it after the story, e.g. "kabul-bakers-brace-for-winter.md"` });
  if (/^\.md$/i.test(name)) return noName('has no name before ".md", which also hides it');
  if (/^\..+\.md$/i.test(name)) {
    // `.#story.md` (an editor's copy): all the leading marks go, not only the dot; "#story.md" was refused next (round 28b #1).
    const meant = name.slice(0, -3).replace(/^[^\p{L}\p{N}]+/u, '');
    const hides = 'name starts with ".", which hides the file';
    if (!meant) return noName(hides);
    return unreadRenamed(meant, (to, note) => `the file ${hides}, so it is not read; rename it to "${to}"${note}`);
  }
  // Hidden files (`.story.md.swp`) and editor backups (`story.md~`, `#story.md#`) are left alone on purpose.
  if (name.startsWith('.')) return undefined;
  // Spaces, dots or invisible characters after ".md" (`story.md.`, `story.md `): the name no longer ends in ".md".
  const trimmed = name.replace(/[\s\u00A0.\p{Cf}]+$/u, '');
  if (trimmed !== name && /\.md$/i.test(trimmed)) {
    const tail = name.slice(trimmed.length);
    const what = /^\.+$/.test(tail) ? (tail.length === 1 ? 'a dot' : 'dots') : /^[\s\u00A0]+$/u.test(tail) ? 'a space' : 'invisible characters';
    return unreadRenamed(trimmed.slice(0, -3), (to, note) => `the file name ends with ${what}${what === 'a space' ? '' : ' after ".md"'}, so it is not read; rename it to "${to}"${note}`);
  }
  const m = /^(.*?)\.(markdown|mdx|mdown|mkdn|mkd|md\.txt)$/i.exec(name);
  if (m) return unreadRenamed(m[1]!, (to, note) => `only .md files are read; rename it to "${to}"${note}`);
  // "ｓｔｏｒｙ．ｍｄ", typed by an input method in fullwidth: the same letters once folded (NFKC), but not ".md".
  const folded = name.normalize('NFKC');
  if (folded !== name && /\.md$/i.test(folded) && !/\.md$/i.test(name)) {
    return unreadRenamed(folded.slice(0, -3), (to, note) => `the file name ends in "${name.slice(name.length - 3)}" in fullwidth (or other lookalike) letters, not ".md", so it is not read; rename it to "${to}"${note}`);
  }
  // A backup or merge leftover (`story.md.bak`, `story.md.orig`, `story.md.old`): never read, so never published.
  const leftover = /^(.+)\.md\.([A-Za-z0-9_-]{1,12})$/i.exec(name);
  if (leftover) {
    const start = `the file ends in ".${leftover[2]}" after ".md", so it is not read`;
    const remove = 'if it is a backup or a merge leftover, remove it (or start its name with "_" to keep it unread)';
    // Beside the file of the meant name it is most likely that file's backup: removing it comes first (round 28b #7).
    return unreadRenamed(leftover[1]!, (to, note) => (note ? `${start}; ${remove}; if it is meant to be read, rename it to "${to}"${note}` : `${start}; if it is meant to be read, rename it to "${to}"; ${remove}`));
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
