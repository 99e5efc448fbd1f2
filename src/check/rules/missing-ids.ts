/**
 * An author or section id no file has, used by many stories: one line, not one per story (round 27b #7: a bulk
 * import's 60 stories with `authors: [gul-ahmad-stringer]` were 60 identical lines of ~290 characters, each listing
 * every author, burying the commit's other lines, while the one fix is one file; round 28b #16: a renamed section
 * file gave one line per article of the section). Up to FEW uses keep a line each.
 *
 * A file renamed while its name stayed (`economy.md` → `business.md`, still `name: Economy`) is named: the id the
 * stories use is the file's name as a slug, so "add content/sections/economy.md" (a second "Economy") is not offered.
 */
import { join } from 'node:path';
import type { Position } from '#/check/frontmatter.ts';
import { latinSlug } from '#/check/latin-slug.ts';
import { closest } from './suggest.ts';
import { FEW } from './few-named.ts';

interface Use {
  file: string;
  field: string;
  pos: Position | undefined;
}

export type IdKind = 'author' | 'section';

interface Known {
  ids: Set<string>;
  /** Each file's `name:` by its id (for a renamed file's hint). */
  names?: ReadonlyMap<string, string> | undefined;
  contentDir: string;
  show: (path: string) => string;
}

const FOLDER: Record<IdKind, string> = { author: 'authors', section: 'sections' };

/**
 * Each file's id by the slug of its `name:` (the id a renamed file had), made once per list of names: asked for
 * every unknown id, reading every name each time made 3,000 unknown ids among 10,000 authors take minutes.
 */
const slugIndexes = new WeakMap<ReadonlyMap<string, string>, Map<string, [string, string][]>>();
function slugsOfNames(names: ReadonlyMap<string, string>): Map<string, [string, string][]> {
  let index = slugIndexes.get(names);
  if (!index) {
    index = new Map();
    for (const [id, name] of names) {
      const slug = latinSlug(name);
      const list = index.get(slug);
      if (list) list.push([id, name]);
      else index.set(slug, [[id, name]]);
    }
    slugIndexes.set(names, index);
  }
  return index;
}

/** The line for an unknown id, `uses` articles using it (the first is this one); `others` names the rest. */
function line(kind: IdKind, id: string, n: Known, uses = 1, others = ''): string {
  const fileOf = (x: string) => n.show(join(n.contentDir, FOLDER[kind], `${x}.md`));
  const here = uses > 1 ? ` here and in ${uses - 1} other articles (${others})` : '';
  const renamed = n.names && (slugsOfNames(n.names).get(id) ?? []).find(([other]) => other !== id);
  if (renamed) {
    const [other, name] = renamed;
    return `unknown ${kind} "${id}"${here}; ${fileOf(other)} is the ${kind} named "${name}": did you mean "${other}"? Write its id${uses > 1 ? ' in each' : ''}, or rename that file back to ${id}.md`;
  }
  const hint = closest(id, n.ids, FOLDER[kind]);
  return uses > 1
    ? `unknown ${kind} "${id}"${here}; add ${fileOf(id)} (one file fixes all ${uses}) or fix the id in each (${hint})`
    : `unknown ${kind} "${id}" (${hint}); fix the id or add ${fileOf(id)}`;
}

/** The line for one article's unknown author or section (a check without a collector). */
export function unknownId(kind: IdKind, id: string, n: Known): string {
  return line(kind, id, n);
}

/** Collects the uses of unknown ids of one kind across articles; `report` then says each id once when many use it. */
export function missingIds(kind: IdKind, n: Known) {
  const byId = new Map<string, { uses: Use[]; count: number }>();
  return {
    add(id: string, use: Use): void {
      let entry = byId.get(id);
      if (!entry) byId.set(id, (entry = { uses: [], count: 0 }));
      entry.count++;
      // Only the first few are named: the count says the rest (linear, and the line stays short).
      if (entry.uses.length <= FEW) entry.uses.push(use);
    },
    report(report: (file: string, field: string, message: string, pos?: Position) => void): void {
      for (const [id, { uses, count }] of byId) {
        if (count <= FEW) {
          for (const u of uses) report(u.file, u.field, line(kind, id, n), u.pos);
          continue;
        }
        const [first, ...rest] = uses;
        const more = count - 1 - rest.length;
        const listed = `${rest.map((u) => `${u.file}${u.pos ? `:${u.pos.line}` : ''}`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
        report(first!.file, first!.field, line(kind, id, n, count, listed), first!.pos);
      }
    },
  };
}

export type MissingIds = ReturnType<typeof missingIds>;
