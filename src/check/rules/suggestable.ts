/**
 * Which article slugs a "did you mean" may propose (round 7, finding 12). From a page readers see (a published
 * article, a bio, a section text), only articles readers can see: proposing a draft or a scheduled article leads
 * the editor to a link the next run refuses. Where a scheduled article may be named (a `related` pin waits for it,
 * as does a front-page slot), only drafts are left out. From a draft or a scheduled article, any article (a draft
 * may link drafts). A file whose frontmatter could not be read counts as visible: it has its own error lines.
 */
import { isVisible, type Publishable, type VisibilityContext } from '#/domain/visibility.ts';

export type SuggestableSlugs = (fromVisible: boolean, scheduledAllowed?: boolean) => Iterable<string>;

/** The candidates for "did you mean", the visible ones listed once, on first use. */
export function suggestableSlugs(slugs: Iterable<string>, dataOf: (slug: string) => Publishable | undefined, visibility: VisibilityContext): SuggestableSlugs {
  const all = [...slugs];
  let visible: string[] | undefined;
  let notDrafts: string[] | undefined;
  return (fromVisible, scheduledAllowed = false) => {
    if (!fromVisible) return all;
    if (scheduledAllowed) {
      notDrafts ??= all.filter((slug) => !dataOf(slug)?.draft || visibility.includeDrafts);
      return notDrafts;
    }
    visible ??= all.filter((slug) => {
      const data = dataOf(slug);
      return !data || isVisible(data, visibility);
    });
    return visible;
  };
}
