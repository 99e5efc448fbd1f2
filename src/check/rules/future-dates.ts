/**
 * `updated` and correction dates record things that have happened: one later than the build's "now" would be
 * printed as a past event ("Updated Jun 1, 2027") and pin feeds and sitemaps in the future. A scheduled article
 * may carry them up to its own publication time or later (it is hidden until then anyway).
 */
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { writtenCorrection, writtenDate } from './date-order.ts';

type Report = (field: string, message: string, pos?: Position) => void;

export function checkFutureDates(
  d: Partial<Pick<ArticleFrontmatter, 'published' | 'updated' | 'corrections'>>,
  now: number,
  locate: (path: PropertyKey[]) => Position | undefined,
  report: Report,
  /** The fields as written, to quote a date as the editor wrote it (round 29). */
  raw?: Readonly<Record<string, unknown>>,
): void {
  const limit = Math.max(now, d.published?.epoch ?? now);
  const check = (date: NewsDate | undefined, written: unknown, path: PropertyKey[], field: string, what: string) => {
    if (date && date.epoch > limit) {
      report(field, `${writtenDate(date, written)} is after the build's time; ${what} can only record something that has happened, so fix the date`, locate(path));
    }
  };
  check(d.updated, raw?.['updated'], ['updated'], 'updated', 'an update');
  (d.corrections ?? []).forEach((c, i) => check(c.date, writtenCorrection(raw, i)?.['date'], ['corrections', i, 'date'], `corrections[${i}].date`, 'a correction'));
}
