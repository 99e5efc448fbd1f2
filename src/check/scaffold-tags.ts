/**
 * The newsroom's tags as `npm run new` needs them to judge a new article's `--tags` by the check's own rules
 * (one spelling per topic): every article's tag list and the spellings fixed by content/tags/*.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import type { ExistingTags } from './scaffold-options.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function existingTags(contentDir: string): ExistingTags {
  const markdown = (dir: string, recursive: boolean) =>
    existsSync(dir) ? readdirSync(dir, { recursive, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_')).map((e) => join(e.parentPath, e.name)) : [];
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
