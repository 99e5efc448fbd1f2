/**
 * Where an article went when a pin or a link names a slug no article has (round 24a #11): a story taken down into
 * `_drafts/` (or any folder or file whose name starts with `_`, which is never read), or a file renamed while its
 * headline, and so the slug `npm run new` made from it, stayed. "No article has the slug …; use the file name of an
 * article" read as a typo; the line now says where the file is and what the fix is. Both indexes are built on the
 * first slug that is missing, so a clean newsroom pays nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugFromHeadline } from '#/check/scaffold.ts';

export type GoneArticle =
  /** `file`: the printed path of the unread file. */
  | { kind: 'unread'; file: string }
  /** The article whose `formerly` lists the slug (`listed`), or whose headline makes it: its slug and printed path. */
  | { kind: 'renamed'; slug: string; file: string; path: string; listed: boolean };

export type WhereGone = (slug: string) => GoneArticle | undefined;

export interface GoneSources {
  /** content/articles. */
  articlesDir: string;
  /** Every read article's slug, headline and paths (its printed path and its absolute one). */
  articles: () => Iterable<{ slug: string; title: string | undefined; formerly: readonly string[] | undefined; file: string; path: string }>;
  rel: (path: string) => string;
}

/** Entries looked at under content/articles for unread stories, at most: a newsroom's archive, not a disk's. */
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 12;

/** What the explanation reads of an article's fields (valid or partly valid). */
export const goneFacts = (data: { title?: string; formerly?: readonly string[] } | undefined) => ({ title: data?.title, formerly: data?.formerly });

export function whereGone(sources: GoneSources): WhereGone {
  let unread: Map<string, string> | undefined;
  let byHeadline: Map<string, { slug: string; file: string; path: string } | null> | undefined;
  let byFormerSlug: Map<string, { slug: string; file: string; path: string }> | undefined;
  return (slug) => {
    unread ??= unreadStories(sources.articlesDir);
    const file = unread.get(slug);
    if (file !== undefined) return { kind: 'unread', file: sources.rel(file) };
    if (!byHeadline || !byFormerSlug) {
      byHeadline = new Map();
      byFormerSlug = new Map();
      for (const a of sources.articles()) {
        // The editor's own record of a rename (`formerly`, former-slugs.ts): certain, so it wins over the headline.
        for (const old of a.formerly ?? []) if (!byFormerSlug.has(old)) byFormerSlug.set(old, { slug: a.slug, file: a.file, path: a.path });
        if (a.title === undefined) continue;
        const made = slugFromHeadline(a.title);
        if (made === a.slug) continue;
        // Two articles whose headlines make one slug: neither is named.
        byHeadline.set(made, byHeadline.has(made) ? null : { slug: a.slug, file: a.file, path: a.path });
      }
    }
    const listed = byFormerSlug.get(slug);
    if (listed) return { kind: 'renamed', ...listed, listed: true };
    const renamed = byHeadline.get(slug);
    return renamed ? { kind: 'renamed', ...renamed, listed: false } : undefined;
  };
}

/** `.md` files under a name starting with `_` (`_drafts/story.md`, `_story.md`), by slug: the first in path order. */
function unreadStories(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let seen = 0;
  const walk = (folder: string, depth: number, held: boolean) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) return;
      if (e.name.startsWith('.')) continue;
      const under = held || e.name.startsWith('_');
      if (e.isDirectory() && depth < MAX_DEPTH) walk(join(folder, e.name), depth + 1, under);
      else if (e.isFile() && under && /\.md$/i.test(e.name)) {
        const slug = e.name.replace(/\.md$/i, '').replace(/^_+/, '');
        if (!out.has(slug)) out.set(slug, join(folder, e.name));
      }
    }
  };
  walk(dir, 0, false);
  return out;
}

export type GoneEdit = 'remove the pin' | 'remove the link' | 'take it off the front page';

/**
 * The line for a pin or pick of a slug no article has, when it is known where the story went (`gone`); undefined
 * otherwise (the caller's "did you mean"). A rename to a draft (`toDraft`) is left to the caller's draft line.
 */
export function goneLine(slug: string, gone: GoneArticle | undefined, edit: GoneEdit, toDraft = false): string | undefined {
  if (gone?.kind === 'unread') return `no article has the slug "${slug}": ${unreadStoryFix(gone.file, edit)}`;
  if (gone?.kind !== 'renamed' || toDraft) return undefined;
  if (gone.listed) return `no article has the slug "${slug}"; the article ${gone.file} was renamed from it (its formerly lists it): write "${gone.slug}"`;
  return `no article has the slug "${slug}"; the article ${gone.file} has the headline that made it, so the file was probably renamed: write "${gone.slug}"`;
}

/** What the line says after "no article has the slug …" or "… does not exist" for an unread story: the edit first. */
export function unreadStoryFix(file: string, edit: GoneEdit): string {
  return `the story is kept unread at ${file} (a name starting with "_" is never published), so readers cannot open it; ${edit} (in the same commit when taking the story down: until then every build stops), or move the file back among the articles to publish it`;
}
