/**
 * The newsroom's tags as `npm run new` needs them to judge a new article's `--tags` by the check's own rules
 * (one spelling per topic): every article's tag list and the spellings fixed by content/tags/*.md.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { listMarkdownFiles } from './rules/trust.ts';
import type { ExistingTags } from './scaffold-options.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function existingTags(contentDir: string): ExistingTags {
  // Listed as the check lists them: no link followed, no path too long for the file system (the check reports those).
  const markdown = (dir: string, recursive: boolean) => listMarkdownFiles(dir, recursive, () => undefined).filter((f) => f.endsWith('.md'));
  const read = (file: string) => {
    try {
      return parseFrontmatter(readFileSync(file, 'utf8')).data;
    } catch {
      return undefined;
    }
  };
  const articles = markdown(join(contentDir, 'articles'), true).map((f) => strings(read(f)?.tags));
  const defined = new Map<string, string>();
  for (const f of markdown(join(contentDir, 'tags'), false)) {
    const name = read(f)?.name;
    if (typeof name === 'string') defined.set(basename(f, '.md'), name);
  }
  return { defined, articles };
}
