/**
 * A file saved in the wrong kind of folder (a story in `authors/`, a bio or the front page's picks in `articles/`):
 * one line saying so, instead of a line per field (round 28b #13). Told field by field ("name is required; add a
 * name: line", "unknown field title; remove it"), each fix destroyed what the file is: followed, the story became a
 * nameless author. Judged from the field names alone: every one (all but one of four or more) is another kind's, at
 * least two are not this folder's kind's (or `lead`/`top`, the front page's), and no other kind fits as well.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleFrontmatterSchema } from '#/schemas/article.ts';
import { authorSchema } from '#/schemas/author.ts';
import { frontSchema } from '#/schemas/front.ts';
import { sectionSchema } from '#/schemas/section.ts';
import { tagSchema } from '#/schemas/tag.ts';

type Folder = 'articles' | 'authors' | 'sections' | 'tags';
type Kind = Folder | 'front';

const FIELDS: Record<Kind, ReadonlySet<string>> = {
  articles: new Set(Object.keys(articleFrontmatterSchema.shape)),
  authors: new Set(Object.keys(authorSchema.shape)),
  sections: new Set(Object.keys(sectionSchema.shape)),
  tags: new Set(Object.keys(tagSchema.shape)),
  front: new Set(Object.keys(frontSchema.shape)),
};

const WHAT: Record<Kind, string> = { articles: 'an article', authors: 'an author bio', sections: 'a section', tags: 'a topic', front: "the front page's picks" };
const HOLDS: Record<Folder, string> = { articles: 'stories', authors: 'author bios', sections: 'sections', tags: 'topics' };

/**
 * The one line for a file in `folder` whose fields are another kind's, or undefined. `show` prints a path of the
 * content folder `contentDir`.
 */
export function wrongFolder(folder: Folder, data: Record<string, unknown>, contentDir: string, show: (path: string) => string): string | undefined {
  const keys = Object.keys(data);
  const own = FIELDS[folder];
  const foreign = keys.filter((k) => !own.has(k));
  if (foreign.length === 0) return undefined;
  const fits = (Object.keys(FIELDS) as Kind[]).filter((kind) => {
    if (kind === folder) return false;
    const missing = keys.filter((k) => !FIELDS[kind].has(k)).length;
    const theirs = foreign.filter((k) => FIELDS[kind].has(k)).length;
    // Two of its fields at least (`lead` alone is the front page's): a section's `title:` for `name:` is a slip.
    return missing <= (keys.length >= 4 ? 1 : 0) && theirs * 2 >= keys.length && (theirs >= 2 || kind === 'front');
  });
  // `name` and `description` alone are a section's and a topic's alike: no guess, the field lines stand.
  if (fits.length !== 1) return undefined;
  const kind = fits[0]!;
  const named = foreign.filter((k) => FIELDS[kind].has(k));
  const fields = `${named.slice(0, 3).join(', ')}${named.length > 3 ? ' …' : ''}`;
  return `this is ${WHAT[kind]} (${fields}), but ${show(join(contentDir, folder))}/ holds ${HOLDS[folder]}: ${moveTo(kind, data, contentDir, show)}`;
}

/** Where a file of `kind` goes. */
function moveTo(kind: Kind, data: Record<string, unknown>, contentDir: string, show: (path: string) => string): string {
  if (kind === 'front') {
    const front = join(contentDir, 'front.md');
    return existsSync(front) ? `move its picks into ${show(front)}, then delete this file` : `move it to ${show(front)}`;
  }
  if (kind !== 'articles') return `move it to ${show(join(contentDir, kind))}/`;
  // The year and month folder of its own date, when it has one (any folder under articles/ is read).
  const published = data['published'] instanceof Date ? data['published'].toISOString() : String(data['published'] ?? '');
  const month = /^(\d{4})-(\d{2})/.exec(published);
  return `move it to ${show(join(contentDir, 'articles'))}/${month ? `${month[1]}/${month[2]}` : '<year>/<month>'}/`;
}
