/**
 * An article page the previous build published and this one does not (round 23 #17): renaming a story's file
 * changes its address, and the old one, shared by readers and linked from elsewhere, went down without a word.
 * The build says so, as a warning (a takedown is deliberate too), with the fix for a rename: `formerly`.
 * Only where the previous build's page list is at hand (its sitemap dates beside Astro's cache), never in a build part.
 */
import type { Diagnostic } from '#/check/diagnostics.ts';
import { safeDecode } from '#/domain/urls.ts';

const ARTICLE_PAGE = /^\/articles\/([^/]+)\/$/;
/** Lines named one by one; the rest are counted in the last. */
const SHOWN = 10;

/**
 * `previous`: the paths the previous build published (URL-encoded); `built`: this build's pages (`/articles/x/`);
 * `held`: former slugs of articles this build does not publish (drafts, scheduled), with their file.
 */
export function goneArticlePages(previous: Iterable<string>, built: ReadonlySet<string>, articlesDir: string, held: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const gone: string[] = [];
  for (const path of previous) {
    const page = safeDecode(path, decodeURI);
    if (ARTICLE_PAGE.test(page) && !built.has(page) && !built.has(path)) gone.push(page);
  }
  gone.sort();
  return gone.slice(0, SHOWN).map((page, i) => {
    const slug = ARTICLE_PAGE.exec(page)![1]!;
    const more = i === SHOWN - 1 && gone.length > SHOWN ? ` (and ${gone.length - SHOWN} more addresses)` : '';
    // Renamed with `formerly` already, but the article is a draft or scheduled: no page yet (round 25c #7: the line
    // asked for the formerly that was there, and named no file).
    const file = held.get(slug);
    if (file !== undefined) {
      return { file, field: 'formerly', severity: 'warning', message: `${page} was on the site after the previous build and is gone now: this article lists it in formerly, but it is not published (a draft, or scheduled), so the old address has no page until it is${more}` };
    }
    return {
      file: articlesDir,
      field: 'file',
      severity: 'warning',
      message: `${page} was on the site after the previous build and is gone now: if its article was renamed, add formerly: [${slug}] to it so links to the old address keep working; if it was taken down, nothing to do${more}`,
    };
  });
}
