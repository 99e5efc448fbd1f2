/**
 * A date-time written with an offset no place used in its year (round 26a #11: `-04:30`, a sign slip on Kabul's
 * `+04:30`, published the story nine hours off without a word). A warning on the field: the value may be meant.
 */
import type { NewsDate } from '#/domain/dates.ts';
import { unusedOffset } from '#/domain/offsets-in-use.ts';
import type { Position } from '#/check/frontmatter.ts';
import type { DatedFields } from './date-order.ts';
import { fieldName } from './zod-issues.ts';

export function checkDateOffsets(a: DatedFields, timeZone: string, locate: (path: PropertyKey[]) => Position | undefined, report: (field: string, message: string, pos?: Position) => void): void {
  const dates: [NewsDate | undefined, (string | number)[]][] = [[a.published, ['published']], [a.updated, ['updated']]];
  // forEach skips the holes a failed item leaves.
  a.corrections?.forEach((c, i) => dates.push([c?.date, ['corrections', i, 'date']]));
  for (const [date, path] of dates) {
    const line = unusedOffset(date, timeZone);
    if (line) report(fieldName(path), line, locate(path));
  }
}
