/**
 * Two files of one kind whose names differ only in case (or, for articles, that share a slug across month
 * folders): one address, two files. A file whose name has its own line (not a valid slug or id, a copy, too long)
 * is left out: that line already says what to do, and the established file beside it is not blamed (round 25a #10:
 * `Nadia-Rahyab.md` beside `nadia-rahyab.md` told the file every byline uses to "rename one").
 */
import { basename, dirname } from 'node:path';
import type { Position } from '#/check/frontmatter.ts';
import { othersNamed } from './few-named.ts';
import { FILE_START } from './source.ts';
import { suggestSlug } from './suggest.ts';

interface NamedFile {
  path: string;
  file: string;
  id: string;
}

/** `named`: the paths whose name has a line of its own; `articles`: the kind read across folders. */
export function reportDuplicateIds(files: readonly NamedFile[], named: ReadonlySet<string>, articles: boolean, report: (file: string, field: string, message: string, pos?: Position) => void) {
  const groups = new Map<string, NamedFile[]>();
  for (const f of files) {
    if (named.has(f.path)) continue;
    const key = f.id.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Each line names at most a few others and counts the rest: 4,000 files named index.md (a Hugo page-bundle
    // import) made each line list 3,999 paths, 764 MB in all (round 16, finding 2).
    const bundle = /^index$/i.test(group[0]!.id);
    for (const [i, f] of group.entries()) {
      const others = othersNamed(group, i, (g) => g.file, 'file');
      const fix = bundle ? bundleFix(f.path) : 'rename one';
      const rule = articles ? 'slugs must be unique across folders (ignoring case)' : 'ids must be unique (ignoring case)';
      report(f.file, 'file', `${articles ? 'slug' : 'id'} "${f.id}" is also used by ${others}; ${rule}, ${fix}`, FILE_START);
    }
  }
}

/** What a page bundle's `index.md` (any case) is told: a file's slug is its name, so it takes its folder's. */
export function bundleFix(path: string): string {
  return `a file named ${basename(path)} takes its slug from its name, not its folder: rename it to its folder's name (${suggestSlug(basename(dirname(path)))}.md)`;
}
