/**
 * Dates written in a form this site does not read but that names one instant or day (round 27b #5): ISO 8601's
 * week (`2026-W48-2`), ordinal (`2026-335`) and basic (`20261201T100000+0430`) forms, RFC 2822 as feeds and mail
 * write it (`Tue, 01 Dec 2026 10:00:00 +0430`), Unix time. They were told "is not an ISO 8601 date" (false for the
 * first three) with no value to write; the line now names the form and gives the date in this site's form.
 * Read only once the date has failed to parse; every pattern is anchored and linear.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/** `YYYY-MM-DD` of a UTC epoch's day (`+010000-01-01` past 9999: 24:00 on its last day, told as out of range). */
const dayOf = (ms: number) => new Date(ms).toISOString().replace(/T.*/, '');

/** `+04:30` from `+0430`, `+04:30` or `+04`; `Z` as is. */
function offsetOf(zone: string): string {
  if (/^(?:z|gmt|ut|utc)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

/** The day of ISO week `week`, weekday `day` (1 Monday … 7 Sunday) of `year`, or undefined when there is none. */
function weekDay(year: number, week: number, day: number): string | undefined {
  if (week < 1 || week > 53 || day < 1 || day > 7) return undefined;
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const ms = monday + ((week - 1) * 7 + day - 1) * 86_400_000;
  // Week 53 exists only in long years: it must still be the year's week (its Thursday in `year`).
  return new Date(ms + (4 - day) * 86_400_000).getUTCFullYear() === year ? dayOf(ms) : undefined;
}

/**
 * The form `text` is written in and the date to write instead (or, where the text names no one day, `fix`: what to
 * write), or undefined when it is none of them.
 */
export function otherDateForm(text: string): ({ form: string } & ({ write: string } | { fix: string })) | undefined {
  let m = /^(\d{4})-?W(\d{2})-?([1-7])$/i.exec(text);
  if (m) {
    const day = weekDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { form: 'an ISO 8601 week date', write: day } : undefined;
  }
  m = /^(\d{4})-(\d{3})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const ordinal = Number(m[2]);
    const ms = Date.UTC(year, 0, ordinal);
    return ordinal >= 1 && new Date(ms).getUTCFullYear() === year ? { form: 'an ISO 8601 ordinal date (day of the year)', write: dayOf(ms) } : undefined;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}(?::?\d{2})?))?$/i.exec(text);
  if (m) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    return { form: 'the ISO 8601 basic form (no separators)', write: m[4] ? `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offsetOf(m[7]!)}` : date };
  }
  m = /^(?:[A-Za-z]{3},?[ \t]+)?(\d{1,2})[ \t]+([A-Za-z]{3})[A-Za-z]*\.?[ \t]+(\d{4})[ \t]+(\d{2}):(\d{2})(?::(\d{2}))?[ \t]*(Z|GMT|UTC?|[+-]\d{4})$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    return { form: 'an RFC 2822 date (as feeds and e-mail write it)', write: `${m[3]}-${pad(month)}-${pad(Number(m[1]))}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offsetOf(m[7]!)}` };
  }
  return zoneWordDate(text) ?? dayFirstDate(text) ?? unixTime(text);
}

/**
 * Round 36 blind #4: an offset with seconds (`+04:30:00`), a zone written as a word (`09:00 UTC`), a month with no
 * day (`2026-11`), a day, month and year with slashes or dots (`30/11/2026`; `03/04/2026` is told it reads two ways).
 */
function zoneWordDate(text: string): { form: string; write: string } | undefined {
  let m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?([+-]\d{2}:\d{2}):00$/.exec(text);
  if (m) return { form: `a date-time whose offset has seconds (${m[4]}:00)`, write: `${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4]}` };
  m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?[ \t]*(UTC|GMT|UT)$/i.exec(text);
  if (m) return { form: `a date-time with its zone written as "${m[4]}"`, write: `${m[1]}T${m[2]}${m[3] ?? ':00'}Z` };
  return undefined;
}

function dayFirstDate(text: string): ({ form: string } & ({ write: string } | { fix: string })) | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { form: 'a month with no day', fix: `a date needs its day: write "${text}-DD" (e.g. "${text}-01")` };
  const m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[3]), m[4]!];
  const real = (mo: number, d: number) => mo >= 1 && mo <= 12 && d >= 1 && dayOf(Date.UTC(Number(year), mo - 1, d)) === `${year}-${pad(mo)}-${pad(d)}`;
  const dayFirst = real(b, a) ? `${year}-${pad(b)}-${pad(a)}` : undefined;
  const monthFirst = real(a, b) ? `${year}-${pad(a)}-${pad(b)}` : undefined;
  const form = `a date with "${m[2]}" between its parts`;
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const day = (iso: string) => `${Number(iso.slice(8))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]}`;
    return { form: `${form} (it reads as ${day(dayFirst)} or as ${day(monthFirst)}, depending on the country)`, fix: `write "${dayFirst}" for ${day(dayFirst)} or "${monthFirst}" for ${day(monthFirst)}` };
  }
  const write = dayFirst ?? monthFirst;
  return write ? { form, write } : undefined;
}

/** Unix time in seconds (9–10 digits) or milliseconds (12–13), as a UTC time; undefined for other numbers. */
export function unixTime(text: string): { form: string; write: string } | undefined {
  if (!/^\d{9,10}$|^\d{12,13}$/.test(text)) return undefined;
  const ms = text.length <= 10 ? Number(text) * 1000 : Number(text);
  const write = new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  return { form: `Unix time in ${text.length <= 10 ? 'seconds' : 'milliseconds'} (${write})`, write };
}

/**
 * ISO 8601's variants of this site's own form (round 29): an expanded year (`+002026-11-30`), a time in hours only
 * (`T10+04:30`, reduced precision), a comma as the decimal sign (`10:00:00,5`), an offset in hours only (`+04`) and
 * 24:00, the end of the day. Each names the same instant as a value this site reads: `forms` says what the text
 * has, `write` is that value (the instant and the offset kept; 24:00 is the next day's 00:00), `year` the year as
 * written (the caller checks its range). Undefined when the text has none of them; `write` may still be no date
 * (`2026-02-30`): the caller parses it. Anchored and linear.
 */
const EXTENDED = /^(?:([+-])(\d{4,9})|(\d{4}))-(\d{2})-(\d{2})(?:([T ])(\d{2})(?::(\d{2})(?::(\d{2})(?:([.,])(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function isoVariant(text: string): { forms: string[]; write: string; year: number } | undefined {
  const m = EXTENDED.exec(text);
  if (!m) return undefined;
  const [, sign, expanded, plain, mo, d, sep, h, mi, s, mark, fraction, zone] = m;
  const year = Number(expanded ? `${sign}${expanded}` : plain);
  const forms: string[] = [];
  if (expanded) forms.push(`an expanded year (${sign}${expanded})`);
  let date = `${pad(year, 4)}-${mo}-${d}`;
  if (h === undefined) return forms.length ? { forms, write: date, year } : undefined;
  let hour = h;
  // 24:00 (ISO 8601's end of the day) only on a day that exists: `2026-11-31T24:00` stays "not a real date".
  const noon = h === '24' ? Date.UTC(year, Number(mo) - 1, Number(d), 12) : NaN;
  if (Number.isFinite(noon) && (mi ?? '00') === '00' && (s ?? '00') === '00' && !/[1-9]/.test(fraction ?? '') && dayOf(noon) === date) {
    forms.push("the time 24:00 (24:00 is the end of the day, the next day's 00:00)");
    date = dayOf(noon + 86_400_000);
    hour = '00';
  }
  if (mi === undefined) forms.push(`its time in hours only (${sep!.trim()}${h})`);
  let time = mi === undefined ? `${hour}:00:00` : `${hour}:${mi}${s === undefined ? '' : `:${s}`}`;
  if (fraction !== undefined && hour === h) time += `.${fraction}`;
  if (mark === ',') forms.push(`a comma as its decimal sign (,${fraction})`);
  let offset = zone ?? '';
  if (/^[+-]\d{2}$/.test(offset)) {
    forms.push(`its offset in hours only (${offset})`);
    offset += ':00';
  }
  return forms.length ? { forms, write: `${date}${sep}${time}${offset}`, year } : undefined;
}

/**
 * Jekyll's and Ruby's form, a space before the offset (`2026-12-01 10:00:00 +0430`), written this site's way
 * (`2026-12-01T10:00:00+04:30`); undefined when the text has no such offset.
 */
export function spacedOffsetDate(text: string): string | undefined {
  const m = /^(\S+[ T]\S+)\s+([+-]\d{2}:?\d{2}|Z)$/i.exec(text.trim());
  if (!m) return undefined;
  const offset = m[2]!.length === 5 ? `${m[2]!.slice(0, 3)}:${m[2]!.slice(3)}` : m[2]!;
  return `${m[1]!.replace(' ', 'T')}${offset}`;
}
