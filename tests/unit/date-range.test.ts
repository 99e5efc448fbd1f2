/**
 * Dates for every year the contract accepts (1583–9999): parsed, shown, archived and put in sitemaps as
 * written; years outside it (0000–1582, where `Date.UTC` reads 0–99 as 1900–1999 and browsers switch to the
 * Julian calendar) are refused with one line.
 */
import { describe, expect, it } from 'vitest';
import { formatNewsDate, monthName, newsroomDay, newsroomYearMonth, parseNewsDate, utcEpoch, YEAR_RANGE, type NewsDate } from '#/domain/dates.ts';
import { archivePath } from '#/domain/urls.ts';

const kabul = { locale: 'en-US', timeZone: 'Asia/Kabul', timeZoneLabel: 'AFT' };
const ok = (input: string, tz = 'Asia/Kabul'): NewsDate => {
  const r = parseNewsDate(input, tz);
  if (!r.ok) throw new Error(r.problem);
  return r.date;
};
const problem = (input: string, tz = 'Asia/Kabul') => {
  const r = parseNewsDate(input, tz);
  if (r.ok) throw new Error(`accepted ${input}`);
  return r.problem;
};

describe('utcEpoch', () => {
  it('keeps years 0–99 as written (Date.UTC would give 1900–1999)', () => {
    expect(new Date(utcEpoch(24, 5, 1)).toISOString()).toBe('0024-05-01T00:00:00.000Z');
    expect(new Date(utcEpoch(0, 1, 1)).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(utcEpoch(2026, 11, 6, 10, 30, 5, 7)).toBe(Date.UTC(2026, 10, 6, 10, 30, 5, 7));
  });
});

describe('the accepted years', () => {
  it.each(['0000-01-01', '0024-05-01', '0099-12-31', '1000-06-15', '1582-10-15', '1582-12-31', '0024-05-01T10:00:00Z'])('refuses %s with one line naming the range', (input) => {
    const p = problem(input);
    expect(p).toContain(`outside the years this site accepts (${YEAR_RANGE.min}–${YEAR_RANGE.max})`);
    expect(p).toContain(input);
    expect(p).not.toContain('\n');
    expect(p).not.toMatch(/19\d\d/);
  });

  it('refuses an instant carried past 9999 by its offset', () => {
    expect(problem('9999-12-31T23:00:00-10:00')).toContain('after the year 9999');
  });

  it.each([
    // Kabul kept local mean time (+04:36:48) until 1890: an ISO offset has no seconds, so the day's start (to the
    // second) is written in UTC.
    ['1583-01-01', 'Jan 1, 1583', 1583, 1, '1582-12-31T19:23:12Z'],
    ['1851-09-18', 'Sep 18, 1851', 1851, 9, '1851-09-17T19:23:12Z'],
    ['1900-02-28', 'Feb 28, 1900', 1900, 2, '1900-02-28T00:00:00+04:00'],
    ['1969-12-31', 'Dec 31, 1969', 1969, 12, '1969-12-31T00:00:00+04:30'],
    ['1970-01-01', 'Jan 1, 1970', 1970, 1, '1970-01-01T00:00:00+04:30'],
    ['2000-02-29', 'Feb 29, 2000', 2000, 2, '2000-02-29T00:00:00+04:30'],
    ['9999-12-31', 'Dec 31, 9999', 9999, 12, '9999-12-31T00:00:00+04:30'],
  ])('%s is shown as %s and archived under its own year and month', (input, shown, year, month, iso) => {
    const d = ok(input);
    expect(d.iso).toBe(iso);
    expect(formatNewsDate(d, kabul)).toBe(shown);
    expect(newsroomYearMonth(d.epoch, kabul.timeZone)).toEqual({ year, month });
    expect(archivePath(year, month)).toBe(`/archive/${input.slice(0, 4)}/${input.slice(5, 7)}/`);
    // The ISO value is a valid W3C datetime / RFC 3339 for the day's start in the newsroom: with the day as written
    // and its offset, or (an offset with seconds) the same instant in UTC.
    expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)$/);
    expect(Date.parse(d.iso)).toBe(d.epoch);
    expect(newsroomDay(d.epoch, kabul.timeZone)).toBe(input);
    if (!d.iso.endsWith('Z')) expect(d.iso.slice(0, 10)).toBe(input);
  });

  it('refuses an instant carried before 1583 by its offset (it would be archived under 1582)', () => {
    const p = problem('1583-01-01T00:00:00+14:00');
    expect(p).toContain('before the year 1583');
    expect(p).not.toContain('\n');
    // A later instant of the newsroom's 1 January 1583 is accepted, as the date alone is (round 19).
    expect(ok('1583-01-01T02:00:00+04:30').epoch).toBe(Date.parse('1582-12-31T21:30:00Z'));
  });

  it('shows the zone label only for the offsets it names; older offsets are shown as numbers', () => {
    // Kabul kept local mean time (+04:36:48) until 1890 and +04:00 until 1945: "AFT" (+04:30) would be wrong.
    expect(formatNewsDate(ok('1583-03-01T08:00:00+04:30'), kabul)).not.toContain('AFT');
    expect(formatNewsDate(ok('1583-03-01T08:00:00+04:30'), kabul)).toContain('GMT+4:36:48');
    expect(formatNewsDate(ok('1930-03-01T08:00:00+04:00'), kabul)).toBe('Mar 1, 1930, 8:00 AM GMT+4');
    expect(formatNewsDate(ok('2019-12-05T09:30:00+04:30'), kabul)).toBe('Dec 5, 2019, 9:30 AM AFT');
  });

  it('date-times at the edges keep their instant', () => {
    expect(new Date(ok('1583-01-01T00:00:00Z').epoch).toISOString()).toBe('1583-01-01T00:00:00.000Z');
    expect(new Date(ok('9999-12-31T19:29:59Z').epoch).toISOString()).toBe('9999-12-31T19:29:59.000Z');
    expect(problem('9999-12-31T23:59:59Z')).toContain('after the year 9999');
    expect(formatNewsDate(ok('1583-03-01T08:00:00+04:30'), kabul)).toMatch(/^Mar 1, 1583/);
  });

  it('leap years across the range follow the Gregorian rules', () => {
    expect(newsroomDay(ok('1600-02-29').epoch, kabul.timeZone)).toBe('1600-02-29');
    expect(problem('1700-02-29')).toContain('day 29 does not exist in 1700-02');
    expect(ok('2400-02-29').iso.slice(0, 10)).toBe('2400-02-29');
  });

  it('month names for old years', () => {
    expect(monthName(1583, 1, 'en-US')).toBe('January');
  });
});
