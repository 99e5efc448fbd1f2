/**
 * An article page the previous build published and this one does not (round 23 #17): renaming a story's file
 * changes its address, and the old one, shared by readers and linked from elsewhere, went down without a word.
 * The build says so, as a warning (a takedown is deliberate too), with the fix for a rename: `formerly`.
 * The old addresses of renamed stories (`formerly` pages) are watched too (round 26a #8: a second rename done as
 * told dropped the first old address without a line); where the article is known, the line is on its file and
 * shows its whole `formerly` list, oldest first (the first slug is the feed id).
 * Only where the previous build's page list is at hand (kept beside Astro's cache for this content folder and output
 * folder: previous-build.ts), never in a build part.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '#/check/diagnostics.ts';
import { safeDecode } from '#/domain/urls.ts';

const ARTICLE_PAGE = /^\/articles\/([^/]+)\/$/;
/**
 * Lines for addresses whose story is unknown (a takedown, or a rename without `formerly`), one by one; the rest are
 * named together in the last (round 26a #15: past ten, a renamed story among 45 takedowns was never named). A line
 * that knows its article is always printed.
 */
const SHOWN = 10;
/** Addresses named together in that last line, and in each line after it. */
const NAMED_TOGETHER = 200;

/** An article this build does not publish: its file, and whether it is a draft (else scheduled). */
export interface UnpublishedArticle {
  file: string;
  draft: boolean;
}

/** An article of this build that bears on an old address of the previous one: its slug, file and `formerly`. */
export interface FormerArticle {
  slug: string;
  file: string;
  formerly: readonly string[];
}

export interface FormerPages {
  /** The previous build's `formerly` pages: article slug → its old slugs, in its list's order. */
  previous: ReadonlyMap<string, readonly string[]>;
  /** This build's articles at one of those slugs or listing one of them in `formerly` ({@link formerInterest}). */
  articles: readonly FormerArticle[];
}

const NONE: FormerPages = { previous: new Map(), articles: [] };

/** The slugs whose articles {@link FormerPages.articles} must hold: every slug of the previous build's lists. */
export function formerInterest(previous: ReadonlyMap<string, readonly string[]>): Set<string> {
  return new Set([...previous].flatMap(([slug, olds]) => [slug, ...olds]));
}

/** The previous build's `formerly` pages, as {@link saveFormerPages} kept them (none when there is no file). */
export function readFormerPages(file: string): Map<string, string[]> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return new Map(Object.entries(kept).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((s) => typeof s === 'string')));
  } catch {
    return new Map();
  }
}

/** Keeps this build's `formerly` pages (`lists`: article slug → old slugs) that `built` holds, for the next build. */
export function saveFormerPages(file: string, lists: ReadonlyMap<string, readonly string[]>, built: ReadonlySet<string>): void {
  const kept: Record<string, string[]> = {};
  for (const [slug, olds] of lists) {
    const pages = olds.filter((old) => built.has(`/articles/${old}/`));
    if (pages.length > 0) kept[slug] = pages;
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(kept));
  renameSync(tmp, file);
}

/**
 * `previous`: the paths the previous build published (URL-encoded); `built`: this build's pages (`/articles/x/`);
 * `held`: former slugs of articles this build does not publish (drafts, scheduled), with their file;
 * `former`: the previous build's old addresses and the articles of this build they bear on.
 */
export function goneArticlePages(previous: Iterable<string>, built: ReadonlySet<string>, articlesDir: string, held: ReadonlyMap<string, string> = new Map(), former: FormerPages = NONE, unpublished: ReadonlyMap<string, UnpublishedArticle> = new Map()): Diagnostic[] {
  const gone = new Set<string>();
  for (const path of previous) {
    const page = safeDecode(path, decodeURI);
    if (ARTICLE_PAGE.test(page) && !built.has(page) && !built.has(path)) gone.add(page);
  }
  const ledTo = new Map<string, string>();
  for (const [slug, olds] of former.previous) for (const old of olds) ledTo.set(old, slug);
  const bySlug = new Map(former.articles.map((a) => [a.slug, a]));
  const byFormer = new Map(former.articles.flatMap((a) => a.formerly.map((old) => [old, a] as const)));
  // The article a gone page of the previous build became: one listing the old slugs that led to it (a rename that
  // kept them). An article still at a slug whose page is gone is a draft now, not renamed.
  const renamed = (slug: string) => (former.previous.get(slug) ?? []).map((s) => byFormer.get(s)).find((a) => a && a.slug !== slug);
  // The article an old address led to: still at its slug, renamed keeping that slug in formerly, or keeping the old ones.
  const storyOf = (slug: string) => bySlug.get(slug) ?? byFormer.get(slug) ?? renamed(slug);
  // Old addresses whose article is unknown and whose page it led to is gone too: that page's line lists them.
  const oldPages = [...ledTo].filter(([old, slug]) => !built.has(`/articles/${old}/`) && (held.has(old) || storyOf(slug) || !gone.has(`/articles/${slug}/`)));
  // One line per address: an old address's page is in the previous build's page list too, and is said here as an
  // old address only (round 36: it was told twice, once as a page and once as an old address, or as the same line).
  const lines = [
    ...[...gone].filter((page) => !ledTo.has(ARTICLE_PAGE.exec(page)![1]!)).map((page) => ({ page, ledTo: undefined as string | undefined })),
    ...oldPages.map(([old, slug]) => ({ page: `/articles/${old}/`, ledTo: slug })),
  ];
  lines.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const said = lines.map(({ page, ledTo: target }): { line: Diagnostic; known: boolean } => {
    const slug = ARTICLE_PAGE.exec(page)![1]!;
    // Renamed with `formerly` already, but the article is a draft or scheduled: no page yet (round 25c #7: the line
    // asked for the formerly that was there, and named no file).
    const file = held.get(slug);
    if (file !== undefined) {
      return { known: true, line: { file, field: 'formerly', severity: 'warning', message: `${page} was on the site after the previous build and is gone now: this article lists it in formerly, but it is not published (a draft, or scheduled), so the old address has no page until it is` } };
    }
    // Its own article is a draft or scheduled now (taken down, or moved to a later time): said on its file, never a
    // rename to fix (round 29b #7: the line was on content/articles and proposed `formerly`).
    const own = target === undefined ? unpublished.get(slug) : undefined;
    if (own) {
      const why = own.draft ? 'a draft now (draft: true)' : 'scheduled for later now (its published time is after this build)';
      return { known: true, line: { file: own.file, field: own.draft ? 'draft' : 'published', severity: 'warning', message: `${page} was on the site after the previous build and is gone now: this article is ${why}, so links readers shared go nowhere until it is published again; if it was taken down on purpose, nothing to do` } };
    }
    // The story's slugs of the previous build, oldest first: its old ones, then the one it was published at.
    const storySlug = target ?? slug;
    const history = [...(former.previous.get(storySlug) ?? []), storySlug];
    const article = target === undefined ? renamed(slug) : storyOf(target);
    if (article) {
      const list = [...new Set([...history, ...article.formerly])].filter((s) => s !== article.slug);
      const fix = article.formerly.length > 0 ? `add ${slug} to its formerly list: formerly: [${list.join(', ')}]` : `add formerly: [${list.join(', ')}] to it`;
      const was = target === undefined ? 'was this story\'s address after the previous build' : `was this story's old address after the previous build (leading to /articles/${target}/)`;
      return { known: true, line: { file: article.file, field: 'formerly', severity: 'warning', message: `${page} ${was} and is gone now, so links readers shared go nowhere; ${fix}` } };
    }
    if (target !== undefined) {
      return { known: false, line: { file: articlesDir, field: 'file', severity: 'warning', message: `${page} was an old address (formerly) of /articles/${target}/ after the previous build and is gone now: if that story is still published, add ${slug} back to its formerly list so links to the old address keep working; if it was taken down, nothing to do` } };
    }
    return {
      known: false,
      line: { file: articlesDir, field: 'file', severity: 'warning', message: `${page} was on the site after the previous build and is gone now: if its article was renamed, add formerly: [${history.join(', ')}] to it so links to the old address keep working; if it was taken down, nothing to do` },
    };
  });
  const unknown = said.filter((s) => !s.known).map((s) => s.line);
  const rest = unknown.slice(SHOWN).map((l) => /^\S+/.exec(l.message)![0]);
  const last = unknown[SHOWN - 1];
  // Every gone address is named (round 28c #6: past 200 the line said "… (N more)", so a renamed story's old address
  // among a bulk takedown was never named): the first batch on the tenth line, the others in lines of their own.
  const batches: Diagnostic[] = [];
  if (last && rest.length) {
    unknown[SHOWN - 1] = { ...last, message: `${last.message} (and ${rest.length} more addresses gone, the same applies to each: ${rest.slice(0, NAMED_TOGETHER).join(', ')}${rest.length > NAMED_TOGETHER ? '; the others follow' : ''})` };
    for (let at = NAMED_TOGETHER; at < rest.length; at += NAMED_TOGETHER) {
      const batch = rest.slice(at, at + NAMED_TOGETHER);
      batches.push({ ...last, message: `more addresses gone (${SHOWN + at + 1}–${SHOWN + at + batch.length} of ${unknown.length}), the same applies to each: ${batch.join(', ')}` });
    }
  }
  // Every line is printed: the per-file cap is for one article's problems, and cut the batches of a bulk takedown
  // past ~2,200 addresses on content/articles, calling them "problems … fix the ones above first" (round 31b F8).
  return [...said.filter((s) => s.known).map((s) => s.line), ...unknown.slice(0, SHOWN), ...batches].map((line) => ({ ...line, uncapped: true }));
}
