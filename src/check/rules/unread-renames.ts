/**
 * The line of a file that is not read (`.story.md`, `story.md.`, `story.markdown`, `story.txt`: stray-files.ts,
 * unread-articles.ts), said once every file of its kind is listed: the name it proposes is a slug or id (round 28b
 * #1: `.#story.md` was told "#story.md", refused next) and free (round 28b #7: beside the live `story.md` it was told
 * to take that name, and the rename replaced the live story with the old copy).
 */
import { takenNote, type FreeNames } from './free-names.ts';
import type { TrustProblem } from './trust.ts';

/** `slugOf`: the file name its kind's rules make of the meant name ('' when none). */
export function tellUnread(p: TrustProblem, names: FreeNames, slugOf: (meant: string) => string): string {
  const plain = p.meant === undefined ? '' : slugOf(p.meant);
  if (!p.tell || !plain) return p.message;
  // The file itself has no id yet (it is not read), so no listed file is its own.
  const proposal = names.propose(plain, '');
  return p.tell(`${proposal.name}.md`, takenNote(proposal, plain));
}
