import { describe, expect, it } from 'vitest';
import { formatNewsDate, monthName, newsroomYearMonth, parseNewsDate, type NewsDate } from '#/domain/dates.ts';

const kabul = { locale: 'en-US', timeZone: 'Asia/Kabul', timeZoneLabel: 'AFT' };
const ok = (input: unknown, tz = 'Asia/Kabul'): NewsDate => {
  const r = parseNewsDate(input, tz);
  if (!r.ok) throw new Error(r.problem);
  return r.date;
};
const problem = (input: unknown) => {
  const r = parseNewsDate(input, 'Asia/Kabul');
  if (r.ok) throw new Error(`accepted ${String(input)}`);
  return r.problem;
};

describe('parseNewsDate', () => {
  it('keeps the offset of a date-time and finds the instant', () => {
    const d = ok('2019-12-05T09:30:00+04:30');
    expect(d.iso).toBe('2019-12-05T09:30:00+04:30');
    expect(d.epoch).toBe(Date.UTC(2019, 11, 5, 5, 0, 0));
    expect(d.dateOnly).toBe(false);
  });
  it('accepts Z, minutes-only times and compact offsets', () => {
    expect(ok('2019-12-05T09:30Z').iso).toBe('2019-12-05T09:30:00+00:00');
    expect(ok('2019-12-05T09:30:15-0500').epoch).toBe(Date.UTC(2019, 11, 5, 14, 30, 15));
  });
  it('reads a date alone as the start of that day in the newsroom zone', () => {
    const d = ok('2019-12-05');
    expect(d.dateOnly).toBe(true);
    expect(d.iso).toBe('2019-12-05T00:00:00+04:30');
    expect(d.epoch).toBe(Date.UTC(2019, 11, 4, 19, 30));
  });
  it('follows daylight saving time for date-only values in zones that have it', () => {
    expect(ok('2026-07-01', 'Europe/London').iso).toBe('2026-07-01T00:00:00+01:00');
    expect(ok('2026-01-01', 'Europe/London').iso).toBe('2026-01-01T00:00:00+00:00');
    expect(ok('2026-04-05', 'Pacific/Auckland').iso).toBe('2026-04-05T00:00:00+13:00');
  });
  it('rejects impossible dates instead of rolling them over', () => {
    expect(problem('2019-02-30')).toMatch(/not a real date/);
    expect(problem('2019-02-29')).toMatch(/28 days/);
    expect(ok('2020-02-29').iso).toBe('2020-02-29T00:00:00+04:30');
    expect(problem('2019-13-01')).toMatch(/month 13/);
    expect(problem('2019-04-31T10:00:00Z')).toMatch(/not a real date/);
    // 24:00 is ISO 8601's end of the day, still refused, with the next day's 00:00 to write (round 29).
    expect(problem('2019-04-30T24:00:00Z')).toMatch(/24:00 is the end of the day.*; write "2019-05-01T00:00:00Z"$/);
    expect(problem('2019-04-30T24:01:00Z')).toMatch(/time of day/);
  });
  it('requires an offset on date-times', () => {
    expect(problem('2019-12-05T09:30:00')).toMatch(/no offset/);
  });
  it('rejects what is not ISO 8601', () => {
    expect(problem('5 December 2019')).toMatch(/not an ISO 8601 date/);
    // Either day-month order is a real date: both are offered (round 37c #4).
    expect(problem('12/05/2019')).toMatch(/write "2019-05-12" for 12 May or "2019-12-05" for 5 December$/);
    expect(problem(20191205)).toMatch(/must be a date/);
    expect(problem(new Date())).toMatch(/YAML timestamp/);
    expect(problem(undefined)).toMatch(/empty/);
  });
});

describe('formatNewsDate', () => {
  it('shows date-times in the newsroom zone with its label', () => {
    expect(formatNewsDate(ok('2019-12-05T09:30:00+04:30'), kabul)).toBe('Dec 5, 2019, 9:30 AM AFT');
    // The same instant written in UTC is still shown in Kabul time.
    expect(formatNewsDate(ok('2019-12-05T05:00:00Z'), kabul)).toBe('Dec 5, 2019, 9:30 AM AFT');
  });
  it('shows date-only values without a time', () => {
    expect(formatNewsDate(ok('2019-12-05'), kabul)).toBe('Dec 5, 2019');
  });
  it('crosses midnight into the newsroom day', () => {
    expect(formatNewsDate(ok('2019-12-05T22:00:00Z'), kabul)).toBe('Dec 6, 2019, 2:30 AM AFT');
  });
  it("uses the runtime's zone name when no label is configured", () => {
    expect(formatNewsDate(ok('2026-07-01T12:00:00Z'), { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Jul 1, 2026, 8:00 AM EDT',
    );
  });
  it('does not depend on the process time zone', () => {
    const before = process.env['TZ'];
    process.env['TZ'] = 'Pacific/Auckland';
    try {
      expect(formatNewsDate(ok('2019-12-05T09:30:00+04:30'), kabul)).toBe('Dec 5, 2019, 9:30 AM AFT');
    } finally {
      process.env['TZ'] = before;
    }
  });
});

describe('calendar helpers', () => {
  it('puts an article in the newsroom month, not the UTC month', () => {
    expect(newsroomYearMonth(ok('2026-11-30T21:00:00Z').epoch, 'Asia/Kabul')).toEqual({ year: 2026, month: 12 });
  });
  it('names months', () => {
    expect(monthName(2026, 11, 'en-US')).toBe('November');
  });
});
