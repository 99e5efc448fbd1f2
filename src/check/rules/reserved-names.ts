/**
 * File names that are valid slugs but cannot be pages: a reporter's id that is a number alone (`authors/2.md`) has
 * its page at `/authors/2/`, which is page 2 of the reporters index once the newsroom has more than 500 reporters
 * (round 31a #11: the index's "Next" led to that reporter, and the reporters after the first 500 were on no page;
 * topics had this line already, rules/tags.ts); and a name Windows keeps for a device (`con`, `nul`, `com1`) cannot
 * be a folder there, so the site could not be built or copied on Windows (round 31a #14; aliases refuse them too).
 */
import { FILE_START } from './source.ts';
import type { Report } from './report.ts';
import { suggestSlug } from './suggest.ts';
import { isDeviceName } from '#/domain/device-names.ts';

interface IdFile {
  path: string;
  file: string;
  id: string;
  fm?: { data: Record<string, unknown> | undefined } | undefined;
}

type Kind = 'articles' | 'authors' | 'sections' | 'tags';

/** One line per file whose id cannot be a page; `named`: paths that have a line about their name already. */
export function reportReservedNames(files: readonly IdFile[], kind: Kind, named: ReadonlySet<string>, report: Report): void {
  if (kind === 'tags') return; // topic files: rules/tags.ts reads their ids with the articles' tags
  const word = kind === 'articles' ? 'slug' : 'id';
  for (const f of files) {
    if (named.has(f.path)) continue;
    const name = typeof f.fm?.data?.['name'] === 'string' ? suggestSlug(f.fm.data['name']) : '';
    const better = name && !/^\d+$/.test(name) && !isDeviceName(name) ? `"${name}.md"` : `"${f.id}-<a word>.md"`;
    if (kind === 'authors' && /^\d+$/.test(f.id)) {
      report(f.file, 'file', `the id "${f.id}" is a number alone, and /authors/${f.id}/ is where page ${f.id} of the reporters index goes when there are many reporters; give the reporter an id with words, such as ${better}`, FILE_START);
    } else if (isDeviceName(f.id)) {
      report(f.file, 'file', `the ${word} "${f.id}" is a name Windows keeps for a device, so its page's folder cannot exist there (the site could not be built or copied on Windows); rename the file, such as ${better}`, FILE_START);
    }
  }
}
