/**
 * The name a "rename it to" line proposes must be free (round 16, finding 4): `draft (2).md` beside `draft-2.md`
 * was told to become `draft-2.md` (the rename replaces that article), three spellings of "Rail Freight" were each
 * told to become `rail-freight.md`, and `Economy.md` beside `economy.md` was told to become it (on macOS and
 * Windows, where names ignore case, the same file). A proposal taken by another file of the folder kind, or by an
 * earlier proposal of the same check, gets `-2`, `-3` … as `npm run new` does, and the line says why.
 * An article's former slug (`formerly`) is taken too: its old address sends readers to that article, and a new
 * story told to take it made the next run tell that article to drop it (round 25a #11).
 */
import { foldCase } from '#/domain/aliases.ts';

/** Longest slug or id: it names a folder and a file (`/og/<slug>.png`), which file systems cap at 255 bytes. */
export const MAX_SLUG_LENGTH = 120;

/**
 * `base-suffix` within {@link MAX_SLUG_LENGTH}, with room for a `-NN` the proposal may add: a long slug is cut at a
 * word's end (round 30c #6: a 117-character slug was told a 128-character name).
 */
export function withSuffix(base: string, suffix: string): string {
  const room = MAX_SLUG_LENGTH - suffix.length - 1 - 3;
  const cut = base.length <= room ? base : base.slice(0, room).replace(/-[^-]*$/, '') || base.slice(0, room);
  return `${cut}-${suffix}`;
}

export interface FreeNames {
  /**
   * `name` itself when no other file (ignoring case), no former slug and no earlier proposal has it, else `name-2`,
   * `name-3` …; `former`: the file whose `formerly` lists `name`, when that is why it was not proposed.
   */
  propose(name: string, ownId: string): Proposal;
}

export interface Proposal {
  name: string;
  taken: boolean;
  former?: string | undefined;
  /** The file (its name without `.md`) an earlier line proposed the plain name to, when that is why it was not proposed. */
  proposedTo?: string | undefined;
}

/**
 * `ids`: every file name (without `.md`) of one kind in the content folder. `formerOf`: the file listing a slug in
 * its `formerly`, asked when a name is proposed (so it may be filled after this is made).
 */
export function freeNames(ids: readonly string[], formerOf: (slug: string) => string | undefined = () => undefined): FreeNames {
  const counts = new Map<string, number>();
  const exact = new Map<string, number>();
  // One spelling per file on a case-blind file system or host (the aliases' fold).
  for (const id of ids) {
    counts.set(foldCase(id), (counts.get(foldCase(id)) ?? 0) + 1);
    exact.set(id, (exact.get(id) ?? 0) + 1);
  }
  // The file each name was proposed to ('' when the caller named none).
  const proposed = new Map<string, string>();
  // The next suffix to try per name: 20,000 files told the same name tried -2, -3, … from the start each (round 17).
  const next = new Map<string, number>();
  // A name differing from this file's only in case is held by a file of exactly that name alone: this file's other
  // case spellings (`rel-TRUE.md` beside `rel-True.md`, which only a case-sensitive disk holds) are misnamed as well,
  // and are told names of their own (32a F6: both were told -2 and -3, and "rel-true.md" called another file's).
  const holders = (name: string, own: string, ownId: string) =>
    foldCase(name) === own && own !== '' ? (exact.get(name) ?? 0) - (ownId === name ? 1 : 0) : (counts.get(foldCase(name)) ?? 0) - (foldCase(name) === own ? 1 : 0);
  const byFile = (name: string, own: string, ownId: string) => proposed.has(name) || holders(name, own, ownId) > 0;
  const takenBy = (name: string, own: string, ownId: string) => byFile(name, own, ownId) || formerOf(name) !== undefined;
  return {
    propose(name, ownId) {
      const own = foldCase(ownId);
      if (!takenBy(name, own, ownId)) {
        proposed.set(name, ownId);
        return { name, taken: false };
      }
      const former = byFile(name, own, ownId) ? undefined : formerOf(name);
      const proposedTo = holders(name, own, ownId) > 0 ? undefined : proposed.get(name) || undefined;
      let n = next.get(name) ?? 2;
      while (takenBy(`${name}-${n}`, own, ownId)) n++;
      const free = `${name}-${n}`;
      next.set(name, n + 1);
      proposed.set(free, ownId);
      return { name: free, taken: true, former, proposedTo };
    },
  };
}

/** The part of a line that proposes `name.md`, saying why it is not the plain form when that was taken. */
export function renameTo(proposal: Proposal, plain: string): string {
  return `rename it to "${proposal.name}.md"${takenNote(proposal, plain)}`;
}

/** Why the proposed name is not `plain.md` (with a space before it), or '' when it is. */
export function takenNote(proposal: Proposal, plain: string): string {
  if (proposal.former !== undefined) return ` ("${plain}" is a former slug of ${proposal.former}: its formerly sends /articles/${plain}/ to that article)`;
  if (proposal.proposedTo !== undefined) return ` ("${plain}.md" is the name proposed to ${proposal.proposedTo}.md on its own line: if this file is a copy of that one, delete one of them instead)`;
  return proposal.taken ? ` ("${plain}.md" is another file's name, or another line's proposal: if this file is a copy of that one, delete one of them instead)` : '';
}
