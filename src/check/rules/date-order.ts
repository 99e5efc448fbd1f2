/**
 * The order an article's own dates must keep: `updated` and every correction not before `published` (a correction
 * given as a date alone: not before the day of publication). The schema
 * refines with it (src/schemas/article.ts), but Zod runs a refinement only when every field passed, so a slip in
 * one correction (`text: [x]`, a correction written as a list) hid the "before published" finding of its valid
 * neighbours until the next run. So the content check runs it itself on the fields that passed (all of them, or a
 * failed file's valid parts) and skips the schema's issues, marked {@link DATE_ORDER}. Items that failed their own
 * shape check are holes in the list (or lack a `date`) and are skipped; the others keep their index
 * (`corrections[1].date`).
 */
import { newsroomDay, type NewsDate } from '#/domain/dates.ts';
import { site } from '#/site.config.ts';
import type { Position } from '#/check/frontmatter.ts';
import { fieldName } from './zod-issues.ts';

/** The key in `params` that marks the schema's date-order issues (reported by {@link checkDateOrder} instead). */
export const DATE_ORDER = 'dateOrder';

export interface DatedFields {
  published?: NewsDate | undefined;
  updated?: NewsDate | undefined;
  /** Possibly sparse (the valid items at their own places) or holding items without a valid date. */
  corrections?: readonly ({ date?: NewsDate | undefined } | undefined)[] | undefined;
}

export interface DateOrderIssue {
  path: (string | number)[];
  message: string;
}

export function dateOrderIssues(a: DatedFields): DateOrderIssue[] {
  const published = a.published;
  if (!published) return [];
  const issues: DateOrderIssue[] = [];
  if (a.updated && a.updated.epoch < published.epoch) {
    issues.push({ path: ['updated'], message: `${a.updated.iso} is before published (${published.iso}); fix the date or remove "updated"` });
  }
  // forEach skips the holes a failed item leaves.
  a.corrections?.forEach((c, i) => {
    const date = c?.date;
    // A correction given as a date alone is shown as that day: on the day of publication it is not "before" it
    // (round 15, finding 6), since the desk means the day, not its midnight.
    const before = date && (date.dateOnly ? newsroomDay(date.epoch, site.timeZone) < newsroomDay(published.epoch, site.timeZone) : date.epoch < published.epoch);
    if (date && before) {
      issues.push({ path: ['corrections', i, 'date'], message: `${date.iso} is before the article was published (${published.iso}); fix the correction's date` });
    }
  });
  return issues;
}

/** Reports {@link dateOrderIssues} as the content check's lines, each at its value. */
export function checkDateOrder(
  a: DatedFields,
  locate: (path: PropertyKey[]) => Position | undefined,
  report: (field: string, message: string, pos?: Position) => void,
): void {
  for (const issue of dateOrderIssues(a)) report(fieldName(issue.path), issue.message, locate(issue.path));
}
