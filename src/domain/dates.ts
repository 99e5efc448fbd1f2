/**
 * Dates are parsed once, from the string the editor wrote, and keep their offset. They are displayed in the
 * newsroom's time zone, never the build machine's.
 */
import { isoVariant, otherDateForm, spacedOffsetDate, unixTime } from './date-forms.ts';
import { lookalikeDateProblem } from './date-lookalikes.ts';

/** A parsed frontmatter date: the instant, how it was written, and whether it had a time. */
export interface NewsDate {
  /** Milliseconds since the epoch. */
  epoch: number;
  /**
   * Full ISO 8601 value with offset, e.g. `2019-12-05T09:30:00+04:30` (date-only values: start of that day in the
   * newsroom; in UTC, `1879-12-31T19:23:12Z`, when the zone's offset then had seconds).
   */
  iso: string;
  /** True when the editor gave a calendar date without a time. */
  dateOnly: boolean;
}

export type DateParseResult = { ok: true; date: NewsDate } | { ok: false; problem: string };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * Years a date may have. From 1583, the first full year of the Gregorian calendar that every date is written
 * and shown in (browsers' and ICU's calendars switch to the Julian one before October 1582); the first printed
 * newspapers date from 1605, so an archive of any newsroom fits. To 9999, the last four-digit year.
 */
export const YEAR_RANGE = { min: 1583, max: 9999 } as const;

/**
 * `Date.UTC` without its two-digit-year quirk (it reads years 0–99 as 1900–1999): every instant in this module
 * is made here.
 */
export function utcEpoch(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcEpoch(year, month + 1, 0)).getUTCDate();
}

function yearProblem(text: string, y: number): DateParseResult | undefined {
  if (y >= YEAR_RANGE.min && y <= YEAR_RANGE.max) return undefined;
  return { ok: false, problem: `"${text}" is in the year ${y < 0 ? '-' : ''}${pad(y, 4)}, outside the years this site accepts (${YEAR_RANGE.min}–${YEAR_RANGE.max}); check the year` };
}

function checkCalendarDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12) return `month ${pad(m)} does not exist`;
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return `day ${pad(d)} does not exist in ${y}-${pad(m)} (it has ${max} days)`;
  return undefined;
}

/** Offset in minutes of `timeZone` at `epoch` (east of UTC positive). */
export function zoneOffsetMinutes(epoch: number, timeZone: string): number {
  return Math.round(zoneOffsetSeconds(epoch, timeZone) / 60);
}

/** Offset in seconds: zones before standard time (local mean time, e.g. Kabul's +04:36:48 until 1890) have them. */
export function zoneOffsetSeconds(epoch: number, timeZone: string): number {
  const parts = zonedParts(epoch, timeZone);
  const asUtc = utcEpoch(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 1000);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function zonedParts(epoch: number, timeZone: string) {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(epoch))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out['year'] ?? 0,
    month: out['month'] ?? 1,
    day: out['day'] ?? 1,
    hour: out['hour'] ?? 0,
    minute: out['minute'] ?? 0,
    second: out['second'] ?? 0,
  };
}

/** Now as wall-clock time in `timeZone` with its offset: `2026-11-29T21:40:05+04:30`. */
export function nowInZone(now: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(now, timeZone);
  return `${new Date(now + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * The start of day y-m-d in `timeZone`: its instant, to the second, and the ISO value for it. An ISO or RFC 3339
 * offset has whole minutes only, so where the zone's offset has seconds (local mean time: Kabul's +04:36:48 until
 * 1890, New York's -04:56:02 until 1883) the value is the instant in UTC (`1879-12-31T19:23:12Z` for 1 January
 * 1880 in Kabul) rather than a local time with an offset the zone never had. Where the clocks jump past midnight (a
 * summer-time change at 00:00: Santiago, Havana) the day starts when they land (`T01:00:00-03:00`), not an hour
 * before, on the day before; a day the zone skipped (Samoa's 30 December 2011) has no start.
 */
function zonedDayStart(y: number, m: number, d: number, timeZone: string): { epoch: number; iso: string } | undefined {
  const guess = utcEpoch(y, m, d);
  // One correction pass handles a DST change between the guess and the answer.
  const first = guess - zoneOffsetSeconds(guess, timeZone) * 1000;
  const seconds = zoneOffsetSeconds(first, timeZone);
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const epoch = guess - seconds * 1000;
  const day = newsroomDay(epoch, timeZone);
  if (day === date) return { epoch, iso: zonedIso(epoch, seconds) };
  if (day > date) return undefined; // already past it: the zone skipped the day
  // Local midnight does not exist: find the first second of the day (within the next 26 hours).
  let lo = epoch;
  let hi = epoch + 26 * 3_600_000;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (newsroomDay(mid, timeZone) >= date) hi = mid;
    else lo = mid;
  }
  if (newsroomDay(hi, timeZone) !== date) return undefined;
  return { epoch: hi, iso: zonedIso(hi, zoneOffsetSeconds(hi, timeZone)) };
}

/** `epoch` as ISO 8601 at an offset of `seconds`: the local time and offset, or UTC when the offset is not whole minutes. */
function zonedIso(epoch: number, seconds: number): string {
  if (seconds % 60 !== 0) return toUtcIso(epoch);
  return `${new Date(epoch + seconds * 1000).toISOString().slice(0, 19)}${formatOffset(seconds / 60)}`;
}

/**
 * Parses a frontmatter date: `YYYY-MM-DD` (start of that day in `timeZone`) or a date-time with an offset.
 * Impossible dates are rejected, never rolled over.
 */
export function parseNewsDate(input: unknown, timeZone: string): DateParseResult {
  if (input instanceof Date) {
    return { ok: false, problem: 'was read as a YAML timestamp; write it as text (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)' };
  }
  if (typeof input !== 'string') {
    // Unix time or a year alone, written as a number: named, with the date to write (round 27b #5).
    const unix = typeof input === 'number' ? unixTime(String(input)) : undefined;
    const year = Number.isInteger(input) && (input as number) >= YEAR_RANGE.min && (input as number) <= YEAR_RANGE.max;
    const hint = unix ? `, which reads as ${unix.form}; write "${unix.write}"` : year ? `, ${YEAR_ALONE}` : '';
    return { ok: false, problem: `must be a date like 2019-12-05 or 2019-12-05T09:30:00+04:30, not ${describe(input)}${hint}` };
  }
  const text = input.trim();
  let m = DATE_RE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const outside = yearProblem(text, y);
    if (outside) return outside;
    const bad = checkCalendarDate(y, mo, d);
    if (bad) return { ok: false, problem: `"${text}" is not a real date: ${bad} (use YYYY-MM-DD)` };
    const start = zonedDayStart(y, mo, d, timeZone);
    if (!start) return { ok: false, problem: `"${text}" is a day the newsroom's time zone (${timeZone}) skipped (its clocks jumped over it); check the date` };
    return { ok: true, date: { ...start, dateOnly: true } };
  }
  m = DATE_TIME_RE.exec(text);
  if (!m) {
    // An en dash, another script's digits, a minus sign: named, with the date to write (round 24a #9).
    const lookalike = lookalikeDateProblem(text, (fixed) => DATE_RE.test(fixed) || DATE_TIME_RE.test(fixed));
    return { ok: false, problem: lookalike ?? otherFormProblem(text, timeZone) };
  }
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const outside = yearProblem(text, y);
  if (outside) return outside;
  const bad = checkCalendarDate(y, mo, d);
  if (bad) return { ok: false, problem: `"${text}" is not a real date: ${bad} (use YYYY-MM-DD)` };
  if (h > 23 || mi > 59 || s > 59) {
    const endOfDay = h === 24 ? variantProblem(text, timeZone) : undefined;
    return { ok: false, problem: endOfDay ?? `"${text}" is not a real time of day (hours 00-23, minutes and seconds 00-59)` };
  }
  const zone = m[8];
  if (!zone) {
    return {
      ok: false,
      problem: `"${text}" has a time but no offset; add one, e.g. "${text}+04:30" or "${text}Z"`,
    };
  }
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) {
      // No clock has been set past ±14:00 (round 30b #4: "impossible" named no fix): the newsroom's offset then.
      const own = zoneOffsetMinutes(utcEpoch(y, mo, d, Math.min(h, 23), mi, s), timeZone);
      return { ok: false, problem: `"${text}" has the offset ${zone}, which no clock uses (offsets run from -12:00 to +14:00, minutes 00-59); write the offset of the place the time was read, e.g. "${text.slice(0, text.length - zone.length)}${formatOffset(own)}" in the newsroom's zone (${timeZone})` };
    }
    offset = (digits[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const epoch = utcEpoch(y, mo, d, h, mi, s, ms) - offset * 60000;
  // Written in range, but an offset can carry the instant out of it in UTC or in the newsroom's zone (which
  // archives it): 1583-01-01T00:00+14:00 is still 1582 in UTC and in Kabul.
  const years = [new Date(epoch).getUTCFullYear(), zonedParts(epoch, timeZone).year];
  if (years.some((year) => year > YEAR_RANGE.max)) {
    return { ok: false, problem: `"${text}" falls after the year ${YEAR_RANGE.max} in UTC or in the newsroom's time zone; check the date` };
  }
  // The floor is the newsroom's year, where the article is archived, as for a date alone: `1583-01-01` in Kabul
  // starts at 1582-12-31T19:23:12Z, so a later instant of that day written with its offset is accepted too (round
  // 19; a UTC year of 1582 is still a four-digit year everywhere it is written).
  if (years[1]! < YEAR_RANGE.min) {
    return { ok: false, problem: `"${text}" falls before the year ${YEAR_RANGE.min} in the newsroom's time zone, where it would be archived (the first year this site accepts); check the date and its offset` };
  }
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(s)}${formatOffset(offset)}`;
  return { ok: true, date: { epoch, iso, dateOnly: false } };
}

const FORMS = '(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)';
const YEAR_ALONE = 'a year alone; a date needs its day: write "YYYY-MM-DD"';
/** How the line for `now`, `today` … ends; the content check names the time (src/check/rules/word-dates.ts). */
export const WORD_DATE_FIX = 'write the time itself';

/**
 * The line for ISO 8601's variants of this site's form (`+04`, `,5`, `T10`, `+002026`, 24:00: round 29): the form
 * and the value to write, or, when that value is no date either, its problem, quoting the text as written.
 */
function variantProblem(text: string, timeZone: string): string | undefined {
  const variant = isoVariant(text);
  if (!variant) return undefined;
  const outside = yearProblem(text, variant.year);
  if (outside && !outside.ok) return outside.problem;
  // This ends: `write` has no variant left but an expanded year past 9999 (9999-12-31T24:00 is +010000-01-01), which
  // the range check above answers.
  const parsed = parseNewsDate(variant.write, timeZone);
  if (!parsed.ok) return parsed.problem.replaceAll(`"${variant.write}"`, `"${text}"`);
  const forms = variant.forms.length > 1 ? `${variant.forms.slice(0, -1).join(', ')} and ${variant.forms.at(-1)}, ISO 8601 forms` : `${variant.forms[0]}, an ISO 8601 form`;
  return `"${text}" has ${forms} this site does not read ${FORMS}; write "${variant.write}"`;
}

/** The line for a date text no rule above reads: its form and the value to write when it names one (date-forms.ts). */
function otherFormProblem(text: string, timeZone: string): string {
  const variant = variantProblem(text, timeZone);
  if (variant) return variant;
  // Jekyll's and Ruby's form: a space before the offset (`2026-12-01 10:00:00 +0430`).
  const spaced = spacedOffsetDate(text);
  if (spaced && DATE_TIME_RE.test(spaced)) return `"${text}" has a space before its offset, which this site does not read; write "${spaced}"`;
  const other = otherDateForm(text);
  if (other) return `"${text}" is ${other.form}, which this site does not read ${FORMS}; ${'write' in other ? `write "${other.write}"` : other.fix}`;
  // The check names the time to write and, for an article's `published`, the release command (rules/word-dates.ts).
  if (/^(?:now|today|tomorrow|yesterday)$/i.test(text)) return `"${text}" is a word, not a date this site reads ${FORMS}; ${WORD_DATE_FIX}`;
  // A year alone in quotes (a CMS that quotes every value) is told what the number is (32a F9).
  if (/^\d{4}$/.test(text) && !yearProblem(text, Number(text))) return `must be a date like 2019-12-05 or 2019-12-05T09:30:00+04:30, not "${text}", ${YEAR_ALONE}`;
  return `"${text}" is not an ISO 8601 date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)`;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * `full`: "Dec 5, 2019, 9:30 AM AFT"; `short` (rails): "Dec 5, 9:30 AM"; `shortYear` (a rail's story from another
 * year than its newest: round 26a #4): "Dec 5, 2019, 9:30 AM"; `time` (a day's list): "9:30 AM";
 * `day` (a heading): "Thursday, December 5, 2019".
 */
export type DateStyle = 'full' | 'short' | 'shortYear' | 'time' | 'day';
const STYLES: Record<DateStyle, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]> = {
  full: [{ year: 'numeric', month: 'short', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }],
  short: [{ month: 'short', day: 'numeric' }, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }],
  shortYear: [{ year: 'numeric', month: 'short', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }],
  time: [{ month: 'short', day: 'numeric' }, { hour: 'numeric', minute: '2-digit' }],
  day: [{ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }],
};
function displayFormatter(locale: string, timeZone: string, withTime: boolean, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}|${style}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...STYLES[style][withTime ? 1 : 0] });
    displayFormatters.set(key, f);
  }
  return f;
}

export interface DisplayOptions {
  /** BCP 47 locale, with its calendar and numbering system if any (e.g. `fa-AF-u-ca-persian`). */
  locale: string;
  timeZone: string;
  /** Replaces the runtime's zone name (e.g. `GMT+4:30` becomes `AFT`). */
  timeZoneLabel?: string | undefined;
  style?: DateStyle;
}

/** Human text for a date: "Dec 5, 2019, 9:30 AM AFT", or "Dec 5, 2019" for date-only values. */
const formatted = new Map<string, string>();
export function formatNewsDate(date: NewsDate, opts: DisplayOptions): string {
  // Lists show the same dates on many pages; formatting is memoised per instant and display options.
  const key = `${date.epoch}|${date.dateOnly}|${opts.locale}|${opts.timeZone}|${opts.timeZoneLabel ?? ''}|${opts.style ?? 'full'}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(date, opts);
    formatted.set(key, text);
  }
  return text;
}

function formatUncached(date: NewsDate, opts: DisplayOptions): string {
  const f = displayFormatter(opts.locale, opts.timeZone, !date.dateOnly, opts.style ?? 'full');
  // ICU adds an era nobody asked for to some calendars ("AP ۱۴۰۵", "1448 AH"); dropped with the space before it, so
  // the separator after it stays before the time ("1448, 10:30 AM", round 37b #7), or after it when it comes first.
  const parts = f.formatToParts(date.epoch);
  const era = parts.findIndex((p) => p.type === 'era');
  const joint = era < 0 ? -1 : parts[era - 1]?.type === 'literal' ? era - 1 : era + 1;
  const kept = parts.filter((p, j) => j !== era && !(j === joint && p.type === 'literal'));
  const text = kept.map((p) => (p.type === 'timeZoneName' && opts.timeZoneLabel && labelApplies(date.epoch, opts.timeZone) ? opts.timeZoneLabel : p.value)).join('');
  // ICU puts narrow no-break spaces before AM/PM; plain spaces copy, search and match predictably.
  return text.replace(/[\u202F\u2009]/g, ' ').trim();
}

/**
 * Whether the newsroom's zone name (`AFT`, +04:30) names the offset in force at `epoch`: the zone's offsets today
 * (winter and summer). Before standard time, or under older rules (Kabul was +04:00 until 1945 and kept local mean
 * time, +04:36:48, until 1890), the runtime's numeric name ("GMT+4:36:48") is shown instead of a wrong label.
 */
function labelApplies(epoch: number, timeZone: string): boolean {
  const year = new Date().getUTCFullYear();
  const key = `${timeZone}|${year}`;
  let today = todaysOffsets.get(key);
  if (!today) {
    today = [utcEpoch(year, 1, 1), utcEpoch(year, 7, 1)].map((t) => zoneOffsetSeconds(t, timeZone));
    todaysOffsets.set(key, today);
  }
  return today.includes(zoneOffsetSeconds(epoch, timeZone));
}
/** The zone's winter and summer offsets this year, by zone: the same for every date a build formats. */
const todaysOffsets = new Map<string, number[]>();

/**
 * The minute a page shows for an instant: the wall-clock minute in `timeZone` and the offset in force, as a key
 * (`1880-01-01T14:37+16608`). Today's offsets are whole minutes, so this minute starts with UTC's; local mean time
 * is not (Kabul's +04:36:48 until 1890), and there two instants a second apart in one UTC minute show different
 * minutes, or in two UTC minutes the same one. The offset is part of the key: a clock set back shows a minute twice.
 */
export function displayedMinute(epoch: number, timeZone: string): string {
  const p = zonedParts(epoch, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}${zoneOffsetSeconds(epoch, timeZone)}`;
}

/**
 * Whether `later` reads as a later time than `earlier` on a page (shown to the minute in the newsroom's zone):
 * the one test of whether "Updated" is shown, and so of every feed's and sitemap's modified date.
 */
export function shownLater(later: NewsDate, earlier: NewsDate, timeZone: string): boolean {
  return later.epoch > earlier.epoch && displayedMinute(later.epoch, timeZone) !== displayedMinute(earlier.epoch, timeZone);
}

/** `2019-12-05`: the calendar day of an instant in the newsroom's zone (grouping lists by day; comparable as text). */
export function newsroomDay(epoch: number, timeZone: string): string {
  const p = zonedParts(epoch, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The calendar year and month of an instant in the newsroom's zone (archive pages). */
export function newsroomYearMonth(epoch: number, timeZone: string): { year: number; month: number } {
  const p = zonedParts(epoch, timeZone);
  return { year: p.year, month: p.month };
}

/** RFC 3339 in UTC without milliseconds; used where a consumer wants one canonical form. */
export function toUtcIso(epoch: number): string {
  return new Date(epoch).toISOString().replace('.000Z', 'Z');
}

/** "November" for month 11 of `year`, in `locale` (computed at noon UTC so no zone can shift the month). */
export function monthName(year: number, month: number, locale: string): string {
  const key = `${locale}|${year}|${month}`;
  let name = monthNames.get(key);
  if (name === undefined) {
    name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(utcEpoch(year, month, 15, 12));
    monthNames.set(key, name);
  }
  return name;
}
const monthNames = new Map<string, string>();
