/**
 * The line of a file that is not read (`.story.md`, `story.md.`, `story.markdown`, `story.txt`: stray-files.ts,
 * unread-articles.ts), said once every file of its kind is listed: the name it proposes is a slug or id (round 28b
 * #1: `.#story.md` was told "#story.md", refused next) and free (round 28b #7: beside the live `story.md` it was told
 * to take that name, and the rename replaced the live story with the old copy).
 */
import { dirname, extname } from 'node:path';
import { takenNote, type FreeNames } from './free-names.ts';
import type { TrustProblem } from './trust.ts';

/** Unread files of one folder told one by one; the others of that folder share one line (round 28c #3). */
export const UNREAD_SAID_EACH = 10;

/** `slugOf`: the file name its kind's rules make of the meant name ('' when none). */
export function tellUnread(p: TrustProblem, names: FreeNames, slugOf: (meant: string) => string): string {
  const plain = p.meant === undefined ? '' : slugOf(p.meant);
  if (!p.tell || !plain) return p.message;
  // The file itself has no id yet (it is not read), so no listed file is its own.
  const proposal = names.propose(plain, '');
  return p.tell(`${proposal.name}.md`, takenNote(proposal, plain));
}

/**
 * The lines for a kind's unread files: per folder, the first {@link UNREAD_SAID_EACH} each with its own rename, and
 * the rest in one line on the folder (round 28c #3: 3,000 transcripts kept as .txt beside the stories printed 3,000
 * lines, each told to rename its file, where a newsroom keeping notes wants them in a folder the build skips).
 */
export function unreadLines(unread: readonly TrustProblem[], names: FreeNames, slugOf: (meant: string) => string): { path: string; message: string }[] {
  const byFolder = new Map<string, TrustProblem[]>();
  for (const p of [...unread].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const folder = dirname(p.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), p]);
  }
  const out: { path: string; message: string }[] = [];
  for (const [folder, files] of byFolder) {
    for (const p of files.slice(0, UNREAD_SAID_EACH)) out.push({ path: p.path, message: tellUnread(p, names, slugOf) });
    const rest = files.slice(UNREAD_SAID_EACH);
    if (rest.length === 0) continue;
    const kinds = new Map<string, number>();
    for (const p of rest) {
      const ext = extname(p.path).toLowerCase() || 'without an extension';
      kinds.set(ext, (kinds.get(ext) ?? 0) + 1);
    }
    const what = [...kinds].sort((a, b) => b[1] - a[1]).map(([ext, n]) => `${n} ${ext}`).join(', ');
    out.push({
      path: folder,
      message: `${rest.length} more files in this folder are not read (${what}), besides the ${UNREAD_SAID_EACH} named on lines of their own: if they are notes or other material, move them into a folder whose name starts with "_" (e.g. _notes/), which the build never reads; if they are stories, each needs a .md name and a frontmatter`,
    });
  }
  return out;
}
