/**
 * The newsroom as `npm run new` needs it: its authors and sections (ids and names, for the check's own hints) and
 * its tags, to judge a new article's `--tags` by the check's own rules (one spelling per topic): every article's
 * tag list and the spellings fixed by content/tags/*.md.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { listMarkdownFiles } from './rules/trust.ts';
import { MAX_FILE_BYTES } from './rules/source.ts';
import type { ExistingTags } from './scaffold-options.ts';
import type { Named } from './rules/ids.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

// Listed as the check lists them: no link followed, no path too long for the file system (the check reports those).
const markdown = (dir: string, recursive: boolean) => listMarkdownFiles(dir, recursive, () => undefined).filter((f) => f.endsWith('.md'));
const read = (file: string) => {
  try {
    return parseFrontmatter(readFileSync(file, 'utf8')).data;
  } catch {
    return undefined;
  }
};

/** The authors or sections: each file's id and display name, sorted by id. */
export function existingNamed(contentDir: string, kind: 'authors' | 'sections'): Named[] {
  return markdown(join(contentDir, kind), false).map((f) => {
    const name = read(f)?.name;
    return { id: basename(f, '.md'), name: typeof name === 'string' ? name : undefined };
  });
}

export function existingTags(contentDir: string): ExistingTags {
  const articles = markdown(join(contentDir, 'articles'), true).map((f) => strings(read(f)?.tags));
  const defined = new Map<string, string>();
  for (const f of markdown(join(contentDir, 'tags'), false)) {
    const name = read(f)?.name;
    if (typeof name === 'string') defined.set(basename(f, '.md'), name);
  }
  return { defined, articles };
}

/**
 * The frontmatter of an article file that lists former slugs (others are not parsed), or undefined: what `npm run
 * new` (a former slug is taken) and `npm run release` (an old slug names the renamed story) read of `formerly`.
 */
export function formerlyOf(path: string): Record<string, unknown> | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return undefined;
    const text = readFileSync(path, 'utf8');
    return text.includes('formerly') ? parseFrontmatter(text).data : undefined;
  } catch {
    return undefined;
  }
}
