/**
 * `updated` and correction dates record things that have happened: one later than the build's "now" would be
 * printed as a past event ("Updated Jun 1, 2027") and pin feeds and sitemaps in the future. A scheduled article
 * may carry them up to its own publication time or later (it is hidden until then anyway).
 */
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import type { NewsDate } from '#/domain/dates.ts';

type Report = (field: string, message: string, pos?: Position) => void;

export function checkFutureDates(
  d: Partial<Pick<ArticleFrontmatter, 'published' | 'updated' | 'corrections'>>,
  now: number,
  locate: (path: PropertyKey[]) => Position | undefined,
  report: Report,
): void {
  const limit = Math.max(now, d.published?.epoch ?? now);
  const check = (date: NewsDate | undefined, path: PropertyKey[], field: string, what: string) => {
    if (date && date.epoch > limit) {
      report(field, `${date.iso} is after the build's time; ${what} can only record something that has happened, so fix the date`, locate(path));
    }
  };
  check(d.updated, ['updated'], 'updated', 'an update');
  (d.corrections ?? []).forEach((c, i) => check(c.date, ['corrections', i, 'date'], `corrections[${i}].date`, 'a correction'));
}
