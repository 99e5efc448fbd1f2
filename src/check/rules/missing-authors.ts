/**
 * An author id no file has, used by many stories: one line, not one per story (round 27b #7: a bulk import's 60
 * stories with `authors: [gul-ahmad-stringer]` were 60 identical lines of ~290 characters, each listing every
 * author, burying the commit's other lines, while the one fix is one file). Up to FEW uses keep a line each.
 */
import { join } from 'node:path';
import type { Position } from '#/check/frontmatter.ts';
import { closest } from './suggest.ts';
import { FEW } from './few-named.ts';

interface Use {
  file: string;
  field: string;
  pos: Position | undefined;
}

interface Authors {
  authorIds: Set<string>;
  contentDir: string;
  show: (path: string) => string;
}

const fileOf = (id: string, n: Authors) => n.show(join(n.contentDir, 'authors', `${id}.md`));

/** The line for one article's unknown author. */
export function unknownAuthor(id: string, n: Authors): string {
  return `unknown author "${id}" (${closest(id, n.authorIds, 'authors')}); fix the id or add ${fileOf(id, n)}`;
}

/** Collects the uses of unknown author ids across articles; `report` then says each id once when many use it. */
export function missingAuthors(n: Authors) {
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
          for (const u of uses) report(u.file, u.field, unknownAuthor(id, n), u.pos);
          continue;
        }
        const [first, ...rest] = uses;
        const more = count - 1 - rest.length;
        const listed = `${rest.map((u) => `${u.file}${u.pos ? `:${u.pos.line}` : ''}`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
        report(first!.file, first!.field, `unknown author "${id}" here and in ${count - 1} other articles (${listed}); add ${fileOf(id, n)} (one file fixes all ${count}) or fix the id in each (${closest(id, n.authorIds, 'authors')})`, first!.pos);
      }
    },
  };
}

export type MissingAuthors = ReturnType<typeof missingAuthors>;
