/**
 * Old addresses kept in `aliases` (src/domain/aliases.ts) that had a page after the previous build and have none now
 * (round 30c #7): the alias was removed, or its story taken down. Links other sites hold to a migrated archive go
 * nowhere from then on, as a gone `formerly` address's do (gone-pages.ts); one warning each, on the story's file when
 * the build knows it. The previous build's aliases are kept beside Astro's cache (previous-build.ts), so a
 * CI with a cold cache cannot tell.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '#/check/diagnostics.ts';
import { aliasKey } from '#/domain/aliases.ts';

/** An article's aliases as this build reads them: its file, and whether it is published now. */
export interface AliasedArticle {
  file: string;
  published: boolean;
  draft: boolean;
  aliases: readonly string[];
}

/** The previous build's alias pages: alias → the file of its story (none when there is no file). */
export function readAliasPages(file: string): Map<string, string> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return new Map(Object.entries(kept).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Keeps this build's alias pages (those of published articles) for the next build. */
export function saveAliasPages(file: string, articles: readonly AliasedArticle[]): void {
  const kept: Record<string, string> = {};
  for (const a of articles) if (a.published) for (const alias of a.aliases) kept[alias] = a.file;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(kept));
  renameSync(tmp, file);
}

/** One warning per alias page of the previous build that this build does not write. */
export function goneAliasPages(previous: ReadonlyMap<string, string>, articles: readonly AliasedArticle[], articlesDir: string): Diagnostic[] {
  const now = new Map(articles.flatMap((a) => a.aliases.map((alias) => [aliasKey(alias), a] as const)));
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const out: Diagnostic[] = [];
  for (const [alias, file] of [...previous].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const owner = now.get(aliasKey(alias));
    if (owner?.published) continue;
    const gone = `the old address ${alias} had a page sending readers on after the previous build and has none now, so links other sites hold to it go nowhere`;
    if (owner) {
      const why = owner.draft ? 'this article is a draft now (draft: true)' : 'this article is scheduled for later';
      out.push({ file: owner.file, field: 'aliases', severity: 'warning', message: `${gone}: ${why}, so its old addresses have no page until it is published; if it was taken down on purpose, nothing to do`});
      continue;
    }
    const story = byFile.get(file);
    const fix = story ? `its aliases no longer list it: if that was not meant, add it back (aliases: [${alias}, …])` : `its story (${file} then) is gone or renamed: if the story is still on the site, add the address to its aliases`;
    out.push({ file: story ? story.file : articlesDir, field: 'aliases', severity: 'warning', message: `${gone}; ${fix}; if it was removed on purpose, nothing to do`});
  }
  // One line each, whatever their number (not cut by the per-file cap: round 31b F8).
  return out.map((line) => ({ ...line, uncapped: true }));
}
