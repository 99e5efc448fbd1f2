/**
 * Section and author references written as display names or near misses ("Economy", "Zarlasht Niazai"):
 * the message gives the id to use and, for short lists, every valid id.
 */
import { ID_FORMAT_MESSAGE, RELATED_FORMAT_MESSAGE, SLUG_PATTERN } from '#/schemas/fields.ts';
import type { Diagnostic } from '#/check/diagnostics.ts';
import { didYouMean, suggestSlug } from './suggest.ts';
import { fewNamed, othersNamed } from './few-named.ts';
import { readerText } from '#/domain/reader-text.ts';
import { endSpaceNote } from './end-spaces.ts';
import { aliasProblem } from '#/domain/aliases.ts';

export interface Named {
  id: string;
  name: string | undefined;
}

/** Lists up to this many valid ids in a message. */
const SHORT_LIST = 12;

/**
 * "use the id …" hint for `value` among `known` (matched by id, by display name, or by a near miss). `listed`: the
 * other entries of the same list (an article's authors); an id already there is not suggested again, since the
 * byline would name that person twice: the fix is to remove the duplicate.
 */
export function idHint(value: unknown, known: readonly Named[], noun: 'section' | 'author', listed: readonly unknown[] = []): string {
  const list = ids(known, `; ${noun}s`);
  if (typeof value !== 'string' || value.trim() === '') return `give the ${noun} id${list}`;
  // A space at an end (a pasted no-break space) is named: the id on screen already reads right (round 28b #6).
  const spaced = endSpaceNote(value);
  if (spaced) {
    const id = value.trim();
    return SLUG_PATTERN.test(id) && directoryOf(known).byId.has(id) && !listed.includes(id) ? `${spaced}, which is no part of an id; delete it` : `${spaced}, which is no part of an id; without it, ${idHint(id, known, noun, listed)}`;
  }
  const asId = value.trim().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // A path to the file (`sections/economy.md`, `../authors/nadia-rahyab.md`): its name is the id.
  const fileId = /[/\\]|\.md$/i.test(value) ? fileSlug(value) : undefined;
  const directory = directoryOf(known);
  const byFile = fileId === undefined ? undefined : directory.byId.get(fileId);
  const duplicate = (id: string, what: string) => `"${value}" is ${what}, whose id "${id}" is already in the list: remove the duplicate`;
  if (byFile && listed.includes(byFile.id)) return duplicate(byFile.id, `the path of the ${noun} file`);
  if (byFile) return `"${value}" is the path of the ${noun} file: write its id "${byFile.id}"${list}`;
  const named = directory.byName.get(nameKey(value)) ?? [];
  // Two files with one display name: the editor must choose; guessing would put the wrong byline on a story.
  if (named.length > 1) return `"${value}" is the name of ${named.length} ${noun}s (${fewNamed(named.map((k) => k.id).sort(), 'id')}): write the id of the one you mean`;
  // A file misnamed `Caps-Person.md` is found by the id it will have (round 28b #8: "did you mean" the id typed).
  const match = named[0] ?? directory.byId.get(asId) ?? directory.byIntended.get(asId);
  if (match && listed.includes(match.id)) return duplicate(match.id, match.name ? `the ${noun} "${match.name}"` : 'written as a name');
  // A file whose name is no id (`Markets.md`) has its own line to rename it: name the id it will have then.
  if (match && !SLUG_PATTERN.test(match.id)) return `"${value}" is the ${noun} file ${match.id}.md, whose name is not an id: rename the file to "${suggestSlug(match.id)}.md" (its own line says so) and write "${suggestSlug(match.id)}"`;
  if (match) return `"${value}" is ${match.name ? `the ${noun} "${match.name}"` : 'written as a name'}: write its id "${match.id}"${list}`;
  const nearName = () => {
    const name = didYouMean(value, directory.names);
    return name === undefined ? undefined : directory.byName.get(nameKey(name))?.[0]?.id;
  };
  const nearId = didYouMean(asId, directory.ids) ?? nearName();
  // A near miss that is itself no id (`rss.xml.md`): the id its file will have once renamed.
  const near = nearId === undefined || SLUG_PATTERN.test(nearId) ? nearId : suggestSlug(nearId);
  return `${near ? `did you mean "${near}"?` : `no ${noun} is called "${value}"`}${list}`;
}

/**
 * Rewrites the schema's generic id-format lines for `section`, `authors[i]` and `authors` into ones with the id to
 * use. `raw` gives each article file's frontmatter as written.
 */
export function explainIds(diagnostics: Diagnostic[], raw: (file: string) => Record<string, unknown> | undefined, sections: readonly Named[], authors: readonly Named[]): void {
  for (const d of diagnostics) {
    const data = raw(d.file);
    if (!data) continue;
    if (d.field === 'section' && d.message === ID_FORMAT_MESSAGE) {
      d.message = `${ID_FORMAT_MESSAGE}; ${idHint(data['section'], sections, 'section')}`;
    } else if (d.field === 'section' && d.message.startsWith('is empty')) {
      d.message = `is empty; write a section id${ids(sections)}`;
    } else if (/^authors\[\d+\]$/.test(d.field) && d.message === ID_FORMAT_MESSAGE) {
      const i = Number(/\d+/.exec(d.field)?.[0]);
      const list = data['authors'];
      const others = Array.isArray(list) ? list.filter((_, j) => j !== i) : [];
      d.message = `${ID_FORMAT_MESSAGE}; ${idHint(Array.isArray(list) ? list[i] : undefined, authors, 'author', others)}`;
    } else if (/^(?:related|formerly)\[\d+\]$/.test(d.field) && d.message === RELATED_FORMAT_MESSAGE) {
      // `formerly` too (round 28b #6: its entries got no hint at all).
      const list = data[d.field.replace(/\[.*$/, '')];
      const value = Array.isArray(list) ? list[Number(/\d+/.exec(d.field)?.[0])] : undefined;
      const spaced = typeof value === 'string' ? endSpaceNote(value) : undefined;
      if (spaced && SLUG_PATTERN.test(String(value).trim())) d.message = `${RELATED_FORMAT_MESSAGE}; ${spaced}, which is no part of a slug; delete it`;
      else if (typeof value === 'string' && d.field.startsWith('formerly') && oldSiteAddress(value)) d.message = formerlyPathMessage(value, oldSiteAddress(value)!);
      else if (typeof value === 'string' && value.trim() !== '') d.message = `${RELATED_FORMAT_MESSAGE}; ${spaced ? `${spaced}, and` : `"${value}"`} is ${/[/\\]|\.md$/i.test(value) ? 'a path or URL' : 'not a slug'}: write "${fileSlug(value)}"`;
    } else if (d.field === 'authors' && /at least one author/.test(d.message)) {
      d.message = `${d.message}${ids(authors)}`;
    }
  }
}

/**
 * The path of an old address of another layout given in `formerly` (`/2011/01/14/story/`, `https://old.example/2011/…`),
 * or undefined for an article address of this site (`/articles/story/`, `../10/story.md`) or a name: formerly keeps
 * only the slugs of /articles/<slug>/, and "write "story"" made /articles/story/ send readers on, not the old
 * address (round 30a #2), which aliases keeps.
 */
function oldSiteAddress(value: string): string | undefined {
  const raw = value.trim();
  let path = raw;
  if (/^https?:\/\//i.test(raw)) {
    try {
      path = new URL(raw).pathname + new URL(raw).search;
    } catch {
      return undefined;
    }
  }
  if (!path.startsWith('/') || /^\/articles\//i.test(path) || /\.md$/i.test(path) || path === '/') return undefined;
  return path;
}

function formerlyPathMessage(value: string, path: string): string {
  const fix = aliasProblem(path) === undefined ? `write it in aliases instead: aliases: [${path}]` : `aliases cannot keep it either: ${aliasProblem(path)}`;
  return `${RELATED_FORMAT_MESSAGE}; "${value}" is an address of the site the story came from, not of this site's /articles/<slug>/ pages, which are all formerly keeps; for the build to write a page at the old address that sends readers here, ${fix}`;
}

/** The slug a path, URL or headline names: `../10/story.md`, `/articles/story/`, `https://…/articles/story/` → `story`. */
export function fileSlug(value: string): string {
  const last = value.trim().replace(/[?#].*$/, '').split(/[/\\]/).filter(Boolean).pop() ?? value;
  return suggestSlug(last.replace(/\.md$/i, ''));
}

/** `: a, b, c` (or `<lead>: a, b, c`) for short lists of valid ids, else nothing. */
function ids(known: readonly Named[], lead = ''): string {
  return known.length && known.length <= SHORT_LIST ? `${lead}: ${writableIds(known).join(', ')}` : '';
}

/**
 * The ids to write, sorted, each once: a misnamed file (`Caps-Person.md`) by the id it will have once renamed (its
 * own line says so), never by its name, which the schema refuses (round 28b #8).
 */
export function writableIds(known: readonly Named[]): string[] {
  return [...new Set(known.map((k) => (SLUG_PATTERN.test(k.id) ? k.id : suggestSlug(k.id))))].sort();
}

/**
 * Files of one kind that share a display name (two authors "Nadia Rahyab", two sections "Economy"): readers cannot
 * tell them apart in bylines and navigation, and a name written for an id cannot say which is meant. A warning
 * for each, naming the others.
 */
export function sharedNames(files: readonly (Named & { file: string })[], noun: 'section' | 'author'): { file: string; message: string }[] {
  const byName = new Map<string, (Named & { file: string })[]>();
  for (const f of files) {
    // As readers see the names: a no-break space, a soft hyphen or a variation selector makes no other name.
    const key = f.name === undefined ? undefined : nameKey(f.name);
    if (!key) continue;
    const group = byName.get(key);
    if (group) group.push(f);
    else byName.set(key, [f]);
  }
  const out: { file: string; message: string }[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const [i, f] of group.entries()) {
      // A few others named, the rest counted (few-named.ts): 4,000 "Staff Reporter" bylines, one line each.
      const others = othersNamed(group, i, (g) => g.file, 'file');
      out.push({ file: f.file, message: `the ${noun} name "${f.name ?? ''}" is also the name of ${others}; readers cannot tell them apart, so give one a distinguishing name` });
    }
  }
  return out;
}

/** A kind's files looked up by id and by name, built once per check (each unknown id used to fold every name). */
interface Directory {
  ids: string[];
  byId: Map<string, Named>;
  /** Files whose name is no id, by the id they will have once renamed (the first of each). */
  byIntended: Map<string, Named>;
  names: string[];
  byName: Map<string, Named[]>;
}
const directories = new WeakMap<readonly Named[], Directory>();

function directoryOf(known: readonly Named[]): Directory {
  let directory = directories.get(known);
  if (directory) return directory;
  const byName = new Map<string, Named[]>();
  for (const k of known) {
    if (k.name === undefined) continue;
    const key = nameKey(k.name);
    const same = byName.get(key);
    if (same) same.push(k);
    else byName.set(key, [k]);
  }
  const byIntended = new Map<string, Named>();
  for (const k of known) if (!SLUG_PATTERN.test(k.id) && !byIntended.has(suggestSlug(k.id))) byIntended.set(suggestSlug(k.id), k);
  directory = { ids: known.map((k) => k.id), byId: new Map(known.map((k) => [k.id, k])), byIntended, names: known.flatMap((k) => (k.name === undefined ? [] : [k.name])), byName };
  directories.set(known, directory);
  return directory;
}

/** A display name as readers tell names apart: folded (src/domain/reader-text.ts), letter case aside. */
const nameKey = (name: string): string => readerText(name).toLowerCase();
