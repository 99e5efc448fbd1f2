/** Round 29 (helper h29d): ISO 8601's variants of the site's date form name the form and the value to write. */
import { describe, expect, it } from 'vitest';
import { parseNewsDate } from '#/domain/dates.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const FORMS = '(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)';
const article = (fields: Record<string, string>) => `${testFrontmatter(fields)}Body text.\n`;
const fixOf = (line: string) => /write "([^"]+)"$/.exec(line)?.[1];

/** Each value as written, what the line says it has, the value to write, and the instant both name. */
const variants: [written: string, has: string, write: string, instant: number][] = [
  ['2026-11-20T10:00:00+04', 'its offset in hours only (+04), an ISO 8601 form', '2026-11-20T10:00:00+04:00', Date.UTC(2026, 10, 20, 6)],
  ['2026-11-20T10:00:00-05', 'its offset in hours only (-05), an ISO 8601 form', '2026-11-20T10:00:00-05:00', Date.UTC(2026, 10, 20, 15)],
  ['2026-11-20T10:00:00,5+04:30', 'a comma as its decimal sign (,5), an ISO 8601 form', '2026-11-20T10:00:00.5+04:30', Date.UTC(2026, 10, 20, 5, 30, 0, 500)],
  ['2026-11-20T10+04:30', 'its time in hours only (T10), an ISO 8601 form', '2026-11-20T10:00:00+04:30', Date.UTC(2026, 10, 20, 5, 30)],
  ['+002026-11-20T10:00:00+04:30', 'an expanded year (+002026), an ISO 8601 form', '2026-11-20T10:00:00+04:30', Date.UTC(2026, 10, 20, 5, 30)],
  ['2026-11-20T24:00:00+04:30', "the time 24:00 (24:00 is the end of the day, the next day's 00:00), an ISO 8601 form", '2026-11-21T00:00:00+04:30', Date.UTC(2026, 10, 20, 19, 30)],
  ['2026-11-20T10+04', 'its time in hours only (T10) and its offset in hours only (+04), ISO 8601 forms', '2026-11-20T10:00:00+04:00', Date.UTC(2026, 10, 20, 6)],
];

describe('29 h29d: ISO 8601 variants in published, quoted or not', () => {
  const files: Record<string, string> = {};
  const fixes: Record<string, string> = {};
  variants.forEach(([written, , write], i) => {
    files[`q${i}.md`] = article({ published: `"${written}"` });
    files[`u${i}.md`] = article({ published: written });
    fixes[`q${i}.md`] = article({ published: `"${write}"` });
    fixes[`u${i}.md`] = article({ published: write });
  });
  const lines = checkArticles(files);

  it.each(variants.map((v, i) => [i, ...v] as const))('%i: %s → one line naming the form and the value to write', (i, written, has, write) => {
    const line = `4:12 published  "${written}" has ${has} this site does not read ${FORMS}; write "${write}"`;
    // Unquoted, YAML reads the same text: the same line.
    expect(lines.filter((l) => l.startsWith(`q${i}.md:`) || l.startsWith(`u${i}.md:`))).toEqual([`q${i}.md:${line}`, `u${i}.md:${line}`]);
  });

  it('each value to write, written as given, quoted or not, passes', () => {
    expect(checkArticles(fixes)).toEqual([]);
  });

  it.each(variants)('%s: the value to write is the same instant', (written, _has, write, instant) => {
    const fixed = parseNewsDate(write, 'Asia/Kabul');
    expect(fixed.ok && fixed.date.epoch).toBe(instant);
    // The offset is kept: the value to write ends with the written offset, two-part.
    expect(write.slice(-6)).toBe(written.endsWith('+04') ? '+04:00' : written.endsWith('-05') ? '-05:00' : '+04:30');
  });
});

describe('29 h29d: the variants in updated and in the corrections', () => {
  it('updated, a correction in a block list and in { } quoted: the same line, and the fix passes', () => {
    const value = '2026-11-20T11:00:00,5+04:30';
    const line = `"${value}" has a comma as its decimal sign (,5), an ISO 8601 form this site does not read ${FORMS}; write "2026-11-20T11:00:00.5+04:30"`;
    const block = (date: string) => `\n  - date: ${date}\n    text: The council's vote count was 14, not 41.`;
    expect(
      checkArticles({
        'u.md': article({ updated: value }),
        'b.md': article({ corrections: block(value) }),
        'f.md': article({ corrections: `[{date: "${value}", text: "A fix."}]` }),
        'h.md': article({ updated: '"2026-11-20T24:00+04:30"' }),
      }),
    ).toEqual([
      `b.md:8:11 corrections[0].date  ${line}`,
      `f.md:7:22 corrections[0].date  ${line}`,
      `h.md:7:10 updated  "2026-11-20T24:00+04:30" has the time 24:00 (24:00 is the end of the day, the next day's 00:00), an ISO 8601 form this site does not read ${FORMS}; write "2026-11-21T00:00+04:30"`,
      `u.md:7:10 updated  ${line}`,
    ]);
    const fixed = '2026-11-20T11:00:00.5+04:30';
    expect(
      checkArticles({
        'u.md': article({ updated: fixed }),
        'b.md': article({ corrections: block(fixed) }),
        'f.md': article({ corrections: `[{date: "${fixed}", text: "A fix."}]` }),
        'h.md': article({ updated: '"2026-11-21T00:00+04:30"' }),
      }),
    ).toEqual([]);
  });

  it('unquoted in { }, where the comma ends the value: one line at the date with the value, not a date without offset and a field "5+04:30"', () => {
    const lines = checkArticles({ 'c.md': article({ corrections: '[{date: 2026-11-20T11:00:00,5+04:30, text: "A fix."}]' }) });
    expect(lines).toEqual([
      'c.md:7:22 corrections[0].date  "2026-11-20T11:00:00,5+04:30" has a comma as its decimal sign, which inside { } also ends the value (YAML reads "2026-11-20T11:00:00" and a field "5+04:30"); write "2026-11-20T11:00:00.5+04:30"',
    ]);
    // Written as told, still unquoted in { }: it passes.
    expect(checkArticles({ 'c.md': article({ corrections: `[{date: ${fixOf(lines[0]!)}, text: "A fix."}]` }) })).toEqual([]);
  });
});

describe('29 h29d: what the variants do not hide', () => {
  it('an expanded year outside 1583–9999 is the range line; 24:00 on a day that does not exist, or 24:30, keep their lines', () => {
    expect(
      checkArticles({
        'a.md': article({ published: '"+012026-11-20T10:00:00+04:30"' }),
        'b.md': article({ published: '"-002026-11-20"' }),
        'c.md': article({ published: '"2026-11-31T24:00:00+04:30"' }),
        'd.md': article({ published: '"2026-11-20T24:30:00+04:30"' }),
        'e.md': article({ published: '"2026-02-30T10+04:30"' }),
      }),
    ).toEqual([
      'a.md:4:12 published  "+012026-11-20T10:00:00+04:30" is in the year 12026, outside the years this site accepts (1583–9999); check the year',
      'b.md:4:12 published  "-002026-11-20" is in the year -2026, outside the years this site accepts (1583–9999); check the year',
      'c.md:4:12 published  "2026-11-31T24:00:00+04:30" is not a real date: day 31 does not exist in 2026-11 (it has 30 days) (use YYYY-MM-DD)',
      'd.md:4:12 published  "2026-11-20T24:30:00+04:30" is not a real time of day (hours 00-23, minutes and seconds 00-59)',
      // The value's own problem comes first, quoting the value as written.
      'e.md:4:12 published  "2026-02-30T10+04:30" is not a real date: day 30 does not exist in 2026-02 (it has 28 days) (use YYYY-MM-DD)',
    ]);
  });

  it('24:00 at the end of a month and of a year is the next month and year; an expanded date alone is the date', () => {
    const lines = checkArticles({
      'm.md': article({ published: '"2026-10-31T24:00:00+04:30"' }),
      'y.md': article({ published: '"2025-12-31T24:00:00Z"' }),
      'd.md': article({ published: '"+002026-11-20"' }),
    });
    expect(lines.map(fixOf)).toEqual(['2026-11-20', '2026-11-01T00:00:00+04:30', '2026-01-01T00:00:00Z']);
    expect(lines[0]).toBe(`d.md:4:12 published  "+002026-11-20" has an expanded year (+002026), an ISO 8601 form this site does not read ${FORMS}; write "2026-11-20"`);
  });

  it('an offset written +0430 and a time without seconds are read already', () => {
    expect(checkArticles({ 'a.md': article({ published: '"2026-11-20T10:00:00+0430"' }), 'b.md': article({ published: '2026-11-20T10:00+04:30' }) })).toEqual([]);
  });
});

describe('29 h29d: dates quoted back as written', () => {
  it('an updated or correction date before published, or after the build, is quoted as the editor wrote it', () => {
    expect(
      checkArticles({
        'u.md': article({ updated: '"2026-11-20T05:29:00Z"' }),
        'c.md': article({ published: '2026-11-20T06:00:00z', corrections: '[{date: "2026-11-20T05:29:00Z", text: "A fix."}, {date: 2026-11-19, text: "Another fix."}]' }),
        'f.md': article({ updated: '"2026-12-20T05:29:00Z"' }),
      }),
    ).toEqual([
      'c.md:7:22 corrections[0].date  2026-11-20T05:29:00Z is before the article was published (2026-11-20T06:00:00z); fix the correction\'s date',
      'c.md:7:70 corrections[1].date  2026-11-19 is before the article was published (2026-11-20T06:00:00z); fix the correction\'s date',
      "f.md:7:10 updated  2026-12-20T05:29:00Z is after the build's time; an update can only record something that has happened, so fix the date",
      'u.md:7:10 updated  2026-11-20T05:29:00Z is before published (2026-11-20T10:00:00+04:30); fix the date or remove "updated"',
    ]);
  });
});
