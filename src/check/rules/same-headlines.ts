/**
 * Two articles with the same headline under different slugs (round 37b #6): readers see two stories they cannot
 * tell apart on the front page, in lists, feeds and search. Only articles readers see count (isVisible: a draft or a
 * scheduled story reusing a headline is told when it goes live). A warning on the later published of two (the one just
 * added, as a rule; by file name when they share the time or one has no date), naming the other; fix: a headline that says what this story adds, or delete the file if it is the same story.
 * Headlines are compared as a reader sees them (reader-text.ts), letter case aside. Linear: one Map of headlines.
 * Files that share a slug are left out: the slug rule already gives each of them a line (a copy, an edited copy or
 * "rename one": copied-files.ts, same-story.ts), and so are files whose name has a line of its own (`story copy.md`).
 */
import { site } from '#/site.config.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';
import { foldCase } from '#/domain/aliases.ts';
import { readerText } from '#/domain/reader-text.ts';
import type { Position } from '#/check/frontmatter.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

export interface HeadlineFile {
  file: string;
  fm?: { data: Record<string, unknown> | undefined; locate?: (path: readonly PropertyKey[]) => Position } | undefined;
}

/** `published`, epoch ms, as the check reads it; an undated file counts as the latest. */
function publishedOf(f: HeadlineFile): number {
  const parsed = parseNewsDate(f.fm?.data?.['published'], site.timeZone);
  return parsed.ok ? parsed.date.epoch : Infinity;
}

/** Whether readers see the file's story (`visibility` unknown: every file counts). */
function shown(f: HeadlineFile, visibility: VisibilityContext | undefined): boolean {
  const published = parseNewsDate(f.fm?.data?.['published'], site.timeZone);
  return !visibility || (published.ok && isVisible({ draft: f.fm?.data?.['draft'] === true, published: published.date }, visibility));
}

/** A warning for each article whose headline an earlier one already has (`files`: one per slug). */
export function reportSameHeadlines<T extends HeadlineFile>(files: Iterable<T>, report: (file: string, field: string, message: string, pos: Position | undefined, severity: 'warning') => void, visibility?: VisibilityContext): void {
  const first = new Map<string, T>();
  for (const f of files) {
    const title = f.fm?.data?.['title'];
    if (typeof title !== 'string' || !shown(f, visibility)) continue;
    const key = foldCase(readerText(title));
    if (key === '') continue;
    const held = first.get(key);
    if (!held) {
      first.set(key, f);
      continue;
    }
    // The earlier of the two keeps the headline (and stays to be compared with a third).
    const [earlier, later] = publishedOf(held) - publishedOf(f) > 0 ? [f, held] : [held, f];
    first.set(key, earlier);
    report(later.file, 'title', `"${truncate(String(later.fm?.data?.['title']), 60)}" is also the headline of ${earlier.file}, so readers see two stories they cannot tell apart; give this one a headline of its own, or delete this file if it is the same story`, later.fm?.locate?.(['title']), 'warning');
  }
}
