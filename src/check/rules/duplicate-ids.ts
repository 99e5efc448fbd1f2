/**
 * Two files of one kind whose names differ only in case (or, for articles, that share a slug across month
 * folders): one address, two files. A file whose name has its own line (not a valid slug or id, a copy, too long)
 * is left out: that line already says what to do, and the established file beside it is not blamed (round 25a #10:
 * `Nadia-Rahyab.md` beside `nadia-rahyab.md` told the file every byline uses to "rename one").
 */
import { basename, dirname } from 'node:path';
import { copiedFolders, identicalCopies } from './copied-files.ts';
import type { Position } from '#/check/frontmatter.ts';
import { othersNamed } from './few-named.ts';
import { FILE_START } from './source.ts';
import { suggestSlug } from './suggest.ts';
import { freeNames, renameTo, takenNote, withSuffix, type FreeNames } from './free-names.ts';
import { newsroomDay, parseNewsDate } from '#/domain/dates.ts';
import { site } from '#/site.config.ts';
import { foldCase } from '#/domain/aliases.ts';
import { staleCopies, type StoryFile } from './same-story.ts';
import { reportSameHeadlines } from './same-headlines.ts';
import type { VisibilityContext } from '#/domain/visibility.ts';

interface NamedFile extends StoryFile {
  path: string;
  file: string;
  id: string;
  fm?: (StoryFile['fm'] & { locate?: (path: readonly PropertyKey[]) => Position }) | undefined;
}

/**
 * `named`: the paths whose name has a line of its own; `articles`: the kind read across folders; `free`: the
 * check's proposals of the kind so far (free-names.ts), so a name proposed here is free of every file, former slug
 * and other proposal of the run; `visibility`: which articles readers see (same-headlines.ts).
 */
export function reportDuplicateIds(files: readonly NamedFile[], named: ReadonlySet<string>, articles: boolean, report: (file: string, field: string, message: string, pos?: Position) => void, free?: FreeNames, visibility?: VisibilityContext) {
  const groups = new Map<string, NamedFile[]>();
  // The bundles' folder names proposed are free of every file's name and of each other.
  let names: FreeNames | undefined;
  for (const f of files) {
    if (named.has(f.path)) continue;
    const key = foldCase(f.id);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const shared = [...groups.values()].filter((group) => group.length >= 2);
  // One headline under two slugs (round 37b #6); a shared slug's files have their line below.
  if (articles) reportSameHeadlines([...groups.values()].filter((group) => group.length === 1).flat(), report, visibility);
  // A copied folder (`11 copy/`), the same file twice or an edited copy: a copy, never "rename one" (round 25a
  // #16, 27b #6: renamed, the story was published twice). A copied folder has one line; each other copy has its own.
  const folders = articles ? copiedFolders(shared) : undefined;
  for (const { on, message } of folders?.lines ?? []) report(on.file, 'file', message, FILE_START);
  for (const whole of shared) {
    const group = folders ? whole.filter((f) => !folders.members.has(f)) : whole;
    const copies = articles && group.length >= 2 ? copiesIn(group) : new Map<NamedFile, string>();
    for (const [copy, message] of copies) report(copy.file, 'file', message, FILE_START);
    const rest = group.filter((f) => !copies.has(f));
    if (rest.length < 2) continue;
    // Each line names at most a few others and counts the rest: 4,000 files named index.md (a Hugo page-bundle
    // import) made each line list 3,999 paths, 764 MB in all (round 16, finding 2).
    const bundle = /^index$/i.test(rest[0]!.id);
    names ??= free ?? freeNames(files.map((f) => f.id));
    // Different stories under one slug (a yearly notice, a weekly column): the first published keeps it, as a CMS
    // names a later post with a taken slug, and each other one is told a free name (round 30a #5: "rename one").
    const stories = articles && !bundle ? storyNames(rest, names) : undefined;
    for (const [i, f] of rest.entries()) {
      const others = othersNamed(rest, i, (g) => g.file, 'file');
      const fix = bundle ? bundleFix(f.path, names) : (stories?.get(f) ?? 'rename one');
      const rule = articles ? 'slugs must be unique across folders (ignoring case)' : 'ids must be unique (ignoring case)';
      report(f.file, 'file', `${articles ? 'slug' : 'id'} "${f.id}" is also used by ${others}; ${rule}, ${fix}`, FILE_START);
    }
  }
}

/**
 * The end of each line of a group of different stories sharing a slug: the first published keeps the name; each
 * other one is told a free name made with its year (`offices-closed-for-eid-2002.md`), or its day when another of
 * the group shares the year, or `-2`, `-3` … when neither tells them apart.
 */
function storyNames(group: readonly NamedFile[], names: FreeNames): Map<NamedFile, string> {
  const day = (f: NamedFile) => {
    const parsed = parseNewsDate(f.fm?.data?.['published'], site.timeZone);
    return parsed.ok ? { epoch: parsed.date.epoch, day: newsroomDay(parsed.date.epoch, site.timeZone) } : undefined;
  };
  const dated = group.map((f) => ({ f, date: day(f) })).sort((x, y) => (x.date?.epoch ?? Infinity) - (y.date?.epoch ?? Infinity) || x.f.file.localeCompare(y.f.file));
  // Members per year and per day, counted once (a filter per member made a large group quadratic).
  const counts = new Map<string, number>();
  for (const { date } of dated) for (const key of date ? new Set([date.day.slice(0, 4), date.day]) : []) counts.set(key, (counts.get(key) ?? 0) + 1);
  const count = (key: string) => counts.get(key) ?? 0;
  const [keeper, ...later] = dated;
  const out = new Map<NamedFile, string>();
  if (!keeper) return out;
  const different = 'these are different stories (not an edited copy of one: see the README on duplicate slugs), so each keeps an address of its own';
  out.set(keeper.f, `${different}: this file, published first, keeps the name, and each of the others is told a free name of its own`);
  for (const { f, date } of later) {
    const year = date?.day.slice(0, 4);
    const suffix = date && year && count(year) === 1 ? year : date && count(date.day) === 1 ? date.day : undefined;
    const plain = suggestSlug(suffix ? withSuffix(f.id, suffix) : f.id);
    const proposal = names.propose(plain, '');
    out.set(f, `${different}: ${renameTo(proposal, plain)}; ${keeper.f.file}, published first, keeps the name`);
  }
  return out;
}

/**
 * The members of a slug's group (copied folders' members left out) that are a copy of another member, with their
 * line: the same file twice, else an edited copy left in the old month folder (round 27b #6).
 */
function copiesIn(group: readonly NamedFile[]): Map<NamedFile, string> {
  const out = identicalCopies(group);
  const rest = out.size > 0 ? group.filter((f) => !out.has(f)) : group;
  for (const [f, message] of staleCopies(rest)) out.set(f, message);
  return out;
}

/** What a page bundle's `index.md` (any case) is told: a file's slug is its name, so it takes its folder's. */
export function bundleFix(path: string, names?: FreeNames): string {
  // In a year or month folder (or articles/ itself) it is no bundle: the folder's name is no story's (round 28b #4).
  if (/^(?:\d+|articles)$/i.test(basename(dirname(path)))) return `a file named ${basename(path)} takes its slug from its name: name it after the story, e.g. kabul-bakers-brace-for-winter.md`;
  // The folder's name may be another story's (round 28b: the proposal was not checked): then -2, as every rename.
  const plain = suggestSlug(basename(dirname(path)));
  const proposal = names?.propose(plain, '') ?? { name: plain, taken: false };
  return `a file named ${basename(path)} takes its slug from its name, not its folder: rename it to its folder's name (${proposal.name}.md)${takenNote(proposal, plain)}`;
}
