/**
 * `formerly`: the slugs an article was published under before it was renamed (round 23 #17: a renamed story took
 * its old address down, and every link readers had shared to it, without a word). Each old address gets a page
 * that sends readers on to the story (src/pages/articles/[...formerly].astro). An old address must be free: not
 * another article's page (that page wins, and readers of the old links land on the wrong story), not listed by a
 * second article (one address sends readers to one story), not the article's own slug.
 */
import type { Position } from '#/check/frontmatter.ts';
import type { Report } from './report.ts';

export interface FormerSlugsOf {
  id: string;
  file: string;
  formerly: readonly string[];
  locate: (path: PropertyKey[]) => Position | undefined;
}

/** `articleFiles`: every article file by slug (drafts and files that failed validation too). */
export function checkFormerSlugs(articles: readonly FormerSlugsOf[], articleFiles: ReadonlyMap<string, { file: string }>, report: Report): void {
  const claimedBy = new Map<string, string>();
  for (const a of articles) {
    for (const [i, slug] of a.formerly.entries()) {
      const at = a.locate(['formerly', i]);
      const field = `formerly[${i}]`;
      if (slug === a.id) {
        report(a.file, field, `"${slug}" is this article's own slug; list only the slugs it was published under before it was renamed`, at);
        continue;
      }
      const page = articleFiles.get(slug);
      if (page) {
        report(a.file, field, `"${slug}" is the slug of ${page.file}, so /articles/${slug}/ is that article's page and cannot send readers here; remove it (or rename that article)`, at);
        continue;
      }
      const earlier = claimedBy.get(slug);
      if (earlier === a.file) report(a.file, field, `"${slug}" is listed twice; remove one`, at);
      else if (earlier) report(a.file, field, `"${slug}" is also a former slug of ${earlier}; an old address can send readers to one article only: keep it in the article that was published under it`, at);
      else claimedBy.set(slug, a.file);
    }
  }
}

/**
 * Every slug listed in a `formerly` as read (valid or not), with the first file listing it: a name no new article
 * may be told or given (round 25a #11; the content check's rename proposals and `npm run new`).
 */
export function formerSlugsIn(files: Iterable<{ file: string; data: Record<string, unknown> | undefined }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, data } of files) {
    const list = data?.['formerly'];
    for (const slug of Array.isArray(list) ? list : [list]) if (typeof slug === 'string' && !out.has(slug)) out.set(slug, file);
  }
  return out;
}
