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
import { newsroomDay, nowInZone, parseNewsDate, type NewsDate } from '#/domain/dates.ts';
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

/** Why a date alone on the day of publication moves nothing (shared by `updated` and the corrections' lines). */
export const DATE_ALONE = 'a date alone is the start of that day';

/**
 * The date-time to suggest for a date alone given on the day of publication (`day`, parsed as that day's start), one
 * that passes when copied: not before publication and not after the build's `now` (rules/future-dates.ts refuses
 * that: round 29 #1, a story out at 10:51 was told "16:00" at 10:55; a scheduled story's limit is its own time). On
 * the build's own day it is `now` to the minute in the newsroom's zone; on another day 16:00, or 23:59 when the story
 * went out later. Where that is out of range, publication's next whole minute that day, or publication itself.
 */
export function sameDayTime(day: NewsDate, published: NewsDate, now: number): string {
  const latest = Math.max(now, published.epoch);
  const fits = (epoch: number) => epoch >= published.epoch && epoch <= latest && newsroomDay(epoch, site.timeZone) === newsroomDay(day.epoch, site.timeZone);
  const offset = /[+-]\d{2}:\d{2}$|Z$/.exec(day.iso)?.[0] ?? '';
  const late = published.epoch - day.epoch >= 16 * 3_600_000;
  const usual = `${newsroomDay(day.epoch, site.timeZone)}T${late ? '23:59:00' : '16:00:00'}${offset}`;
  const at = parseNewsDate(usual, site.timeZone);
  const today = newsroomDay(now, site.timeZone) === newsroomDay(day.epoch, site.timeZone);
  if (!today && at.ok && fits(at.date.epoch)) return usual;
  const minute = Math.floor(latest / 60_000) * 60_000;
  const next = Math.ceil(published.epoch / 60_000) * 60_000;
  const chosen = [today ? minute : next, next, published.epoch].find(fits) ?? published.epoch;
  return nowInZone(chosen, site.timeZone);
}

/**
 * A date as the editor wrote it (`raw`: the field's value before validation), for the lines that quote it (round
 * 29: `2026-11-30T05:29:00Z` was quoted as `2026-11-30T05:29:00+00:00`, a value nobody typed); its ISO value when
 * the written text is not at hand (the schema's refinement).
 */
export function writtenDate(date: NewsDate, raw: unknown): string {
  return typeof raw === 'string' ? raw.trim() : date.iso;
}

/**
 * `raw`: the fields as written (the frontmatter before validation), to quote the dates as the editor wrote them;
 * `now`: the build's time (epoch ms), which the suggested time of a same-day update is never after.
 */
export function dateOrderIssues(a: DatedFields, raw?: Readonly<Record<string, unknown>>, now = Date.now()): DateOrderIssue[] {
  const published = a.published;
  if (!published) return [];
  const issues: DateOrderIssue[] = [];
  // A date alone is published's start of day, the instant the line is about; a time is quoted as written.
  const publishedAt = published.dateOnly ? published.iso : writtenDate(published, raw?.['published']);
  const updated = a.updated;
  if (updated && updated.epoch < published.epoch) {
    // A date alone is quoted as written; on the day of publication the date is right and only its time is missing
    // (round 26a #5: "fix the date" quoted a midnight the editor never typed).
    const written = updated.dateOnly ? newsroomDay(updated.epoch, site.timeZone) : writtenDate(updated, raw?.['updated']);
    const sameDay = updated.dateOnly && written === newsroomDay(published.epoch, site.timeZone);
    const message = sameDay
      ? `${written} is the day the story was published, and ${DATE_ALONE}, before it was published (${publishedAt}); give the time of the update, e.g. updated: "${sameDayTime(updated, published, now)}"`
      : `${written} is before published (${publishedAt}); fix the date or remove "updated"`;
    issues.push({ path: ['updated'], message });
  }
  // forEach skips the holes a failed item leaves.
  a.corrections?.forEach((c, i) => {
    const date = c?.date;
    // A correction given as a date alone is shown as that day: on the day of publication it is not "before" it
    // (round 15, finding 6), since the desk means the day, not its midnight.
    const before = date && (date.dateOnly ? newsroomDay(date.epoch, site.timeZone) < newsroomDay(published.epoch, site.timeZone) : date.epoch < published.epoch);
    if (date && before) {
      const written = writtenDate(date, writtenCorrection(raw, i)?.['date']);
      issues.push({ path: ['corrections', i, 'date'], message: `${written} is before the article was published (${publishedAt}); fix the correction's date` });
    }
  });
  return issues;
}

/** Correction `i` as written, when it is a mapping. */
export function writtenCorrection(raw: Readonly<Record<string, unknown>> | undefined, i: number): Record<string, unknown> | undefined {
  const item: unknown = Array.isArray(raw?.['corrections']) ? (raw['corrections'] as unknown[])[i] : undefined;
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
}

/** Reports {@link dateOrderIssues} as the content check's lines, each at its value; `raw`: the fields as written. */
export function checkDateOrder(
  a: DatedFields,
  locate: (path: PropertyKey[]) => Position | undefined,
  report: (field: string, message: string, pos?: Position) => void,
  raw: Readonly<Record<string, unknown>> | undefined,
  now: number,
): void {
  for (const issue of dateOrderIssues(a, raw, now)) report(fieldName(issue.path), issue.message, locate(issue.path));
  // The same correction twice (a CMS's double save) would be printed twice, as repeats in authors or tags are errors.
  const seen = new Map<string, number>();
  a.corrections?.forEach((c, i) => {
    const text = writtenCorrection(raw, i)?.['text'];
    if (!c?.date || typeof text !== 'string') return;
    const key = `${c.date.epoch}\u0000${text.trim()}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else report(`corrections[${i}]`, `repeats corrections[${first}] (the same date and text), so the page would print that correction twice; remove the repeat`, locate(['corrections', i]));
  });
}
