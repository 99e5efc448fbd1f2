/**
 * `updated` and correction dates record things that have happened: one later than the build's "now" would be
 * printed as a past event ("Updated Jun 1, 2027") and pin feeds and sitemaps in the future. A scheduled article
 * may carry them up to its own publication time or later (it is hidden until then anyway).
 */
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import type { VisibilityContext } from '#/domain/visibility.ts';
import { toUtcIso, type NewsDate } from '#/domain/dates.ts';
import { writtenCorrection, writtenDate } from './date-order.ts';

/**
 * `DATELINE_NOW=…` as set, when it pinned the check's clock to a time the real clock has passed: a date after the
 * pin but not after the real clock is right, and the pin is why the line is there (32a F3: an archive build was told
 * to "fix the date" of a correct update).
 */
function pinnedBefore(visibility: Pick<VisibilityContext, 'pinnedAs'>, epoch: number, clock: () => number): string | undefined {
  return visibility.pinnedAs && epoch <= clock() ? `DATELINE_NOW=${visibility.pinnedAs}` : undefined;
}

type Report = (field: string, message: string, pos?: Position) => void;

export function checkFutureDates(
  d: Partial<Pick<ArticleFrontmatter, 'published' | 'updated' | 'corrections'>>,
  visibility: Pick<VisibilityContext, 'now' | 'pinnedAs'>,
  locate: (path: PropertyKey[]) => Position | undefined,
  report: Report,
  /** The fields as written, to quote a date as the editor wrote it (round 29). */
  raw?: Readonly<Record<string, unknown>>,
  clock: () => number = Date.now,
): void {
  const { now } = visibility;
  const limit = Math.max(now, d.published?.epoch ?? now);
  const check = (date: NewsDate | undefined, written: unknown, path: PropertyKey[], field: string, what: string) => {
    if (date && date.epoch > limit) {
      const pin = pinnedBefore(visibility, date.epoch, clock);
      const fix = pin ? `, which ${pin} pins: the date has passed by the clock, so the file is right; unset DATELINE_NOW, or pin a time after it (e.g. DATELINE_NOW=${toUtcIso(date.epoch)})` : `; ${what} can only record something that has happened, so fix the date`;
      report(field, `${writtenDate(date, written)} is after the build's time${fix}`, locate(path));
    }
  };
  check(d.updated, raw?.['updated'], ['updated'], 'updated', 'an update');
  (d.corrections ?? []).forEach((c, i) => check(c.date, writtenCorrection(raw, i)?.['date'], ['corrections', i, 'date'], `corrections[${i}].date`, 'a correction'));
}
