/**
 * `updated` and correction dates record things that have happened: one later than the build's "now" would be
 * printed as a past event ("Updated Jun 1, 2027") and pin feeds and sitemaps in the future. A scheduled article
 * may carry them up to its own publication time or later (it is hidden until then anyway).
 */
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import { decideNow } from '#/domain/context.ts';
import { toUtcIso, type NewsDate } from '#/domain/dates.ts';
import { writtenCorrection, writtenDate } from './date-order.ts';

/** The other date lines that read the check's clock: a word (`now`) told the time to write (32a F8). */
export { wordDateFix } from './word-dates.ts';

/**
 * `DATELINE_NOW=…` as set, when it pins the check's clock (`now`) to a time the clock has passed: a date after it
 * but not after the clock is right, and the pin is why the line is there (32a F3: an archive build was told to "fix
 * the date" of a correct update).
 */
function pinnedBefore(now: number, epoch: number, env: Record<string, string | undefined> = process.env): string | undefined {
  const pinned = env['DATELINE_NOW']?.trim();
  if (!pinned || epoch > Date.now()) return undefined;
  try {
    return decideNow(pinned) === now ? `DATELINE_NOW=${pinned}` : undefined;
  } catch {
    return undefined;
  }
}

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
      const pin = pinnedBefore(now, date.epoch);
      const fix = pin ? `, which ${pin} pins: the date has passed by the clock, so the file is right; unset DATELINE_NOW, or pin a time after it (e.g. DATELINE_NOW=${toUtcIso(date.epoch)})` : `; ${what} can only record something that has happened, so fix the date`;
      report(field, `${writtenDate(date, written)} is after the build's time${fix}`, locate(path));
    }
  };
  check(d.updated, raw?.['updated'], ['updated'], 'updated', 'an update');
  (d.corrections ?? []).forEach((c, i) => check(c.date, writtenCorrection(raw, i)?.['date'], ['corrections', i, 'date'], `corrections[${i}].date`, 'a correction'));
}
