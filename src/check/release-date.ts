/**
 * What `npm run release` (scripts/release.ts) writes in `published`, and what it says about it (round 29 #2, #3).
 * A draft `npm run new` started (its draft line's comment) or copied from the template with its sample date is dated
 * when released: it was dated when started (round 26a #2). Any other draft whose date has passed was out before
 * (taken down for a legal review, then put back) and keeps its date: re-dating it to now made an October story
 * today's news without a word. A future date is the editor's schedule and stays. `--at` always sets the time, and
 * every line says what `published` was.
 */
import { parseNewsDate, type NewsDate } from '#/domain/dates.ts';
import { dateOrderIssues } from './rules/date-order.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { site } from '#/site.config.ts';
import { isTemplateSampleDate } from './scaffold.ts';

export interface ReleaseFacts {
  slug: string;
  /** `published` as the frontmatter reads (a string, or whatever else was written). */
  written: unknown;
  /** The `--at` time as written in the file ("now" already turned into the time), if given. */
  at?: string | undefined;
  /** Now in the newsroom's zone, as written in a file. */
  nowIso: string;
  now: number;
  /** The draft line is the one `npm run new` wrote (scaffold.ts startedByNew). */
  startedByNew: boolean;
}

export interface ReleaseDate {
  /** The value to write, or undefined to keep the one written. */
  write: string | undefined;
  /** What the release line says of `published`, after "released <file>: ". */
  said: string;
}

const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** The date the frontmatter holds, when it is one this site reads. */
export function writtenDate(written: unknown): NewsDate | undefined {
  const parsed = written === undefined ? undefined : parseNewsDate(written, site.timeZone);
  return parsed?.ok ? parsed.date : undefined;
}

export function releaseDate(f: ReleaseFacts): ReleaseDate {
  const old = writtenDate(f.written);
  const redate = `npm run release -- ${f.slug} --at now`;
  if (f.at !== undefined) {
    const past = Date.parse(f.at) < f.now - 60_000 ? '; a time in the past: the story is dated then' : '';
    const later = Date.parse(f.at) > f.now ? `; scheduled for ${scheduledAt(f.at)}, it appears with the first build after then` : '';
    return { write: f.at, said: `published "${f.at}" (was ${shown(f.written)}${past}${later})` };
  }
  if (old && old.epoch > f.now) {
    return { write: undefined, said: `scheduled for ${formatSiteDate(old)} (published "${old.iso}" kept, as written), so it appears with the first build after then; to publish it now instead, run ${redate}` };
  }
  if (!old || f.startedByNew || isTemplateSampleDate(old)) {
    const why = !old ? 'not a date this site reads' : f.startedByNew ? 'when the draft was started' : "the template's sample date";
    return { write: f.nowIso, said: `published "${f.nowIso}" (was ${shown(f.written)}, ${why})` };
  }
  return { write: undefined, said: `published ${shown(f.written)} kept, as the story was out before (a draft npm run new did not start, dated in the past: put back, it keeps its date); to date it now instead, run ${redate}` };
}

/** A scheduled time as the site shows it (the check's list of scheduled articles writes it so too). */
function scheduledAt(iso: string): string {
  const d = writtenDate(iso);
  return d ? formatSiteDate(d) : iso;
}

/** The line for a story that is not a draft, given no `--at`: scheduled or live, and the command to date it. */
export function notDraftLine(file: string, slug: string, written: unknown, now: number): string {
  const old = writtenDate(written);
  if (old && old.epoch > now) {
    return `${file} is scheduled for ${formatSiteDate(old)} (published "${old.iso}", no draft: true), so it appears with the first build after then; to publish it now, run npm run release -- ${slug} --at now (nothing was changed)`;
  }
  return `${file} is not a draft (its frontmatter has no draft: true), so it goes live with the next build as it is; to date it otherwise, run npm run release -- ${slug} --at now (or --at with a time) (nothing was changed)`;
}

/**
 * The `--at` value to write: the date-time in the newsroom's zone as parsed, or, for a date alone whose day starts at
 * an offset with seconds (local mean time), the date alone as typed: its UTC form (`1582-12-31T19:23:12Z` for
 * 1583-01-01 in Kabul) has a year the check refuses (32a F1).
 */
export function inZoneOrAlone(date: NewsDate, typed: string): string {
  return date.dateOnly && date.iso.endsWith('Z') ? typed.trim() : date.iso;
}

/**
 * The story's `updated` and correction dates that a new `published` would come after, as the check's lines name
 * them (`updated "…" and corrections[0].date "…"`), when dating it then makes the file one the check refuses and
 * the dates it has now do not (32a F2: `--at now` on a corrected story said nothing).
 */
export function datesBeforePublished(data: Readonly<Record<string, unknown>>, write: string, now: number): { fields: string; count: number } | undefined {
  const corrections = Array.isArray(data['corrections']) ? (data['corrections'] as unknown[]) : [];
  const dated = (published: unknown) => ({
    published: writtenDate(published),
    updated: writtenDate(data['updated']),
    corrections: corrections.map((c) => (c !== null && typeof c === 'object' ? { date: writtenDate((c as Record<string, unknown>)['date']) } : undefined)),
  });
  const before = new Set(dateOrderIssues(dated(data['published']), data, now).map((i) => i.path.join('.')));
  const issues = dateOrderIssues(dated(write), data, now).filter((i) => !before.has(i.path.join('.')));
  if (!issues.length) return undefined;
  const named = issues.map((i) => {
    const field = i.path.length === 1 ? 'updated' : `corrections[${String(i.path[1])}].date`;
    const value = i.path.length === 1 ? data['updated'] : (corrections[Number(i.path[1])] as Record<string, unknown>)['date'];
    return `${field} ${shown(typeof value === 'string' ? value.trim() : value)}`;
  });
  return { fields: named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]!, count: named.length };
}
