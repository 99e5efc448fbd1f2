/**
 * A story saved under `content/articles/` in another format than `.md` (Notepad's `.txt`, WordPad's `.rtf`, Word's
 * `.docx`, a browser's `.html`, or no extension at all) is never read, so it silently vanished from the site
 * (round 23). Each is one line; the photos and other media kept beside the articles stay quiet. The decision is by
 * extension and, where the extension says nothing, by the leading bytes: a frontmatter (`---`) is an article, image
 * bytes are a photo. In a photo folder (`images/`, `media/`) only a frontmatter makes a file a story: a text file
 * there is a caption note or a lead image in the wrong format, which has its own line.
 */
import { extname } from 'node:path';
import { sniffImage } from './image-format.ts';
import { unreadRenamed, type UnreadFile } from './stray-files.ts';

/** Formats a story is saved in by a text editor or a browser: the text is the story, renaming it is the fix. */
const TEXT_FORMATS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);
/** Word-processor formats: the file is not plain text, so it must be saved again as plain text. */
const DOCUMENT_FORMATS = new Set(['.rtf', '.doc', '.docx', '.odt', '.pages', '.wpd', '.wps']);

const KEEP = 'or start its name with "_" to keep it there unread';
/** An editor's backup, autosave or swap file (`story.md~`, `#story.md#`, `.story.md.swp`): a copy, never a second story. */
const EDITOR_FILE = /~$|^#.*#$|\.sw[a-p]$/i;
/** Folders that hold the photos beside the articles. */
const MEDIA_FOLDER = /^(?:images?|img|media|photos?|pictures|graphics)$/i;

/** Whether the bytes begin with a frontmatter fence (after a byte-order mark): the file is a story, whatever its name. */
const startsWithFrontmatter = (head: Uint8Array) => /^(?:\uFEFF)?---[ \t]*\r?\n/.test(Buffer.from(head.subarray(0, 16)).toString('utf8'));

/** Whether the bytes look like text (no NUL, not an image): a file with no extension that holds them is a story. */
const looksLikeText = (head: Uint8Array) => !sniffImage(head) && !head.includes(0);

/**
 * The one line for a file under `content/articles/` that is not read although it is a story, or undefined.
 * `name` is a regular file's name that does not end in `.md` and is not hidden (`.`) or unpublished (`_`);
 * `folder` is the name of the folder it is in; `head` reads its leading bytes (undefined when they cannot be read).
 */
export function unreadArticleProblem(name: string, folder: string, head: () => Uint8Array | undefined): UnreadFile | undefined {
  // macOS's `Icon\r` and other names with control characters are system files, never stories; a README is a note.
  if (/\p{Cc}/u.test(name) || /^readme(?:\.\w+)?$/i.test(name) || EDITOR_FILE.test(name)) return undefined;
  const ext = extname(name).toLowerCase();
  const stem = ext ? name.slice(0, -ext.length) : name;
  const media = MEDIA_FOLDER.test(folder);
  // The name is told again once every file is listed, so that it is free (round 28b #7: stray-files.ts).
  if (DOCUMENT_FORMATS.has(ext) && !media) return unreadRenamed(stem, (to, note) => `this file is not read: articles are .md files; save it as plain text named "${to}"${note}, ${KEEP}`);
  const bytes = head();
  if (!bytes) return undefined;
  if (startsWithFrontmatter(bytes) || (!media && (TEXT_FORMATS.has(ext) || (ext === '' && looksLikeText(bytes))))) {
    return unreadRenamed(stem, (to, note) => `this file is not read: articles are .md files; rename it to "${to}"${note}, ${KEEP}`);
  }
  return undefined;
}
