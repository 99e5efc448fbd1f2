/**
 * Round 10, findings 5 and 7: "Updated" is decided on the minutes pages show (in the newsroom's zone, where local
 * mean time has offsets with seconds), a photo in a `.` folder is refused like one in a `_` folder, and `npm run new`
 * calls a repeated author a repeat instead of proposing the id already given.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { displayedMinute, formatNewsDate, newsroomDay, parseNewsDate, shownLater, utcEpoch, type NewsDate } from '#/domain/dates.ts';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { checkLeadImage } from '#/check/rules/trust.ts';
import { isUnpublishedName } from '#/check/rules/unpublished-names.ts';
import { idOptionProblem } from '#/check/scaffold-options.ts';
import { repeatedAuthor } from '#/check/rules/repeated-author.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const kabul = { locale: 'en-US', timeZone: 'Asia/Kabul', timeZoneLabel: 'AFT' };
const ok = (input: string, tz = 'Asia/Kabul'): NewsDate => {
  const r = parseNewsDate(input, tz);
  if (!r.ok) throw new Error(r.problem);
  return r.date;
};

describe('"Updated" is decided on the minutes a page shows (finding 5)', () => {
  it('Kabul in 1880 (+04:36:48): one second later in another UTC minute is the same minute on the page', () => {
    const published = ok('1880-01-01T10:00:59Z');
    const updated = ok('1880-01-01T10:01:00Z');
    expect(formatNewsDate(published, kabul)).toBe('Jan 1, 1880, 2:37 PM GMT+4:36:48');
    expect(formatNewsDate(updated, kabul)).toBe(formatNewsDate(published, kabul));
    expect(shownLater(updated, published, kabul.timeZone)).toBe(false);
  });

  it('and one second later in the same UTC minute can be the next minute on the page', () => {
    const published = ok('1880-01-01T10:00:11Z');
    const updated = ok('1880-01-01T10:00:12Z');
    expect(formatNewsDate(published, kabul)).toBe('Jan 1, 1880, 2:36 PM GMT+4:36:48');
    expect(formatNewsDate(updated, kabul)).toBe('Jan 1, 1880, 2:37 PM GMT+4:36:48');
    expect(shownLater(updated, published, kabul.timeZone)).toBe(true);
  });

  it('the newsroom shows "Updated", and feeds and sitemaps take the modified date, by the same test', async () => {
    const n = await buildNewsroom(
      source([
        article('lmt-same', { published: '1880-01-01T10:00:59Z', updated: '1880-01-01T10:01:00Z' }),
        article('lmt-next', { published: '1880-01-01T10:00:11Z', updated: '1880-01-01T10:00:12Z' }),
        article('today', { published: '2026-05-20T10:00:59+04:30', updated: '2026-05-20T10:01:00+04:30' }),
      ]),
      build,
    );
    expect(n.bySlug.get('lmt-same')).toMatchObject({ wasUpdated: false, modified: { iso: '1880-01-01T10:00:59+00:00' } });
    expect(n.bySlug.get('lmt-next')).toMatchObject({ wasUpdated: true, modified: { iso: '1880-01-01T10:00:12+00:00' } });
    expect(n.bySlug.get('today')).toMatchObject({ wasUpdated: true });
  });

  it('agrees with the shown text for every second across minutes, offsets and the years the site accepts', () => {
    // Local mean time (+04:36:48), +04:00 (1890–1945), +04:30 today; an offset far east and one west of UTC as written.
    const starts = ['1583-03-01T08:00:00Z', '1889-12-31T19:22:00Z', '1920-06-01T12:00:00-05:00', '2026-11-20T23:59:00+14:00', '9999-06-01T00:00:00Z'];
    for (const start of starts) {
      const base = ok(start).epoch;
      for (let s = 0; s < 150; s += 1) {
        const a = { epoch: base + s * 1000, iso: '', dateOnly: false };
        const b = { epoch: base + (s + 1) * 1000, iso: '', dateOnly: false };
        expect(shownLater(b, a, kabul.timeZone), `${start} +${s}s`).toBe(formatNewsDate(b, kabul) !== formatNewsDate(a, kabul));
      }
    }
  });

  it('a clock set back shows one wall-clock minute twice, with two offsets: the later one is an update', () => {
    // New York, 1 November 2026: 01:30 EDT, then an hour later 01:30 EST.
    const first = ok('2026-11-01T01:30:00-04:00', 'America/New_York');
    const second = ok('2026-11-01T01:30:00-05:00', 'America/New_York');
    expect(displayedMinute(first.epoch, 'America/New_York')).not.toBe(displayedMinute(second.epoch, 'America/New_York'));
    expect(shownLater(second, first, 'America/New_York')).toBe(true);
    // New York kept local mean time (-04:56:02) until 1883: west of UTC the seconds shift the minute too.
    const ny = { locale: 'en-US', timeZone: 'America/New_York' };
    const p = ok('1880-01-01T12:00:01Z', ny.timeZone);
    const u = ok('1880-01-01T12:00:02Z', ny.timeZone);
    expect([formatNewsDate(p, ny), formatNewsDate(u, ny)]).toEqual(['Jan 1, 1880, 7:03 AM GMT-4:56:02', 'Jan 1, 1880, 7:04 AM GMT-4:56:02']);
    expect(shownLater(u, p, ny.timeZone)).toBe(true);
  });

  it('an earlier or equal instant is never "later", whatever the minutes', () => {
    const a = ok('1880-01-01T10:00:59Z');
    expect(shownLater(a, a, kabul.timeZone)).toBe(false);
    expect(shownLater(ok('1880-01-01T09:00:00Z'), a, kabul.timeZone)).toBe(false);
  });
});

describe('a date without a time starts on its own day in every zone (hunt: clocks that jump past midnight)', () => {
  it('Santiago and Havana move their clocks at midnight: the day starts when they land, not on the day before', () => {
    for (const [input, tz, iso, shown] of [
      ['2024-09-08', 'America/Santiago', '2024-09-08T01:00:00-03:00', 'Sep 8, 2024'],
      ['2024-03-10', 'America/Havana', '2024-03-10T01:00:00-04:00', 'Mar 10, 2024'],
    ] as const) {
      const d = ok(input, tz);
      expect(d.iso).toBe(iso);
      expect(new Date(d.epoch).toISOString()).toBe(new Date(iso).toISOString());
      expect(formatNewsDate(d, { locale: 'en-US', timeZone: tz })).toBe(shown);
      expect(newsroomDay(d.epoch, tz)).toBe(input);
    }
  });

  it('a day the zone skipped is one line, never a date shown on the day before', () => {
    const r = parseNewsDate('2011-12-30', 'Pacific/Apia');
    expect(r).toEqual({ ok: false, problem: '"2011-12-30" is a day the newsroom\'s time zone (Pacific/Apia) skipped (its clocks jumped over it); check the date' });
    expect(parseNewsDate('1994-12-31', 'Pacific/Kiritimati').ok).toBe(false);
    expect(ok('2011-12-31', 'Pacific/Apia').iso).toBe('2011-12-31T00:00:00+14:00');
  });

  it('every day of 2024 and every first of the month since 1583, in zones with midnight changes, local mean time and +14:00', () => {
    const zones = ['Asia/Kabul', 'America/Santiago', 'America/Havana', 'America/Asuncion', 'Asia/Beirut', 'America/New_York', 'Pacific/Kiritimati', 'Africa/Monrovia'];
    const days: string[] = [];
    for (let t = utcEpoch(2024, 1, 1); t < utcEpoch(2025, 1, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    for (let y = 1583; y <= 2030; y += 7) for (let m = 1; m <= 12; m++) days.push(`${y}-${String(m).padStart(2, '0')}-01`);
    for (const tz of zones) {
      for (const day of days) {
        const r = parseNewsDate(day, tz);
        if (!r.ok) continue; // a skipped day (Kiritimati's 1994-12-31 is not in the sample)
        expect(newsroomDay(r.date.epoch, tz), `${day} ${tz}`).toBe(day);
        // The day as written, or (local mean time: an offset with seconds) the same instant in UTC.
        if (!r.date.iso.endsWith('Z')) expect(r.date.iso.slice(0, 10), `${day} ${tz}`).toBe(day);
        expect(Date.parse(r.date.iso), `${day} ${tz}`).toBe(r.date.epoch);
      }
    }
  });
});

describe('a photo in a "." folder is refused like one in a "_" folder (finding 7a)', () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-r10c-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = join(work, 'content');
  const story = join(content, 'articles/2026/11/story.md');
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  for (const p of ['articles/2026/11/images/photo.png', 'articles/2026/11/.private/photo.png', 'articles/2026/11/images/.photo.png', 'articles/.drafts/photo.png', 'articles/2026/11/_hidden/photo.png']) {
    mkdirSync(join(content, p, '..'), { recursive: true });
    writeFileSync(join(content, p), PNG);
  }
  const image = (src: string) => checkLeadImage(content, story, src, (p) => relative(work, p));

  it.each([
    ['./.private/photo.png', '.private'],
    ['./images/.photo.png', '.photo.png'],
    ['../../.drafts/photo.png', '.drafts'],
    ['./images/../.private/photo.png', '.private'],
  ])('%s is one line naming %s', (src, step) => {
    expect(image(src)).toBe(`"${src}" is in a file or folder whose name starts with ".", which is never published ("${step}": an embargoed photo stays there); move the photo next to the article, e.g. ./images/photo.jpg`);
  });

  it('"_" folders keep their line, in the same words', () => {
    expect(image('./_hidden/photo.png')).toBe('"./_hidden/photo.png" is in a file or folder whose name starts with "_", which is never published ("_hidden": an embargoed photo stays there); move the photo next to the article, e.g. ./images/photo.jpg');
    expect(image('./images/photo.png')).toBeUndefined();
  });

  it('one rule for what is never read or published', () => {
    expect(['_drafts', '.private', '.photo.png', '_template.md'].every(isUnpublishedName)).toBe(true);
    expect(['images', 'photo.png', 'a.b', 'x_y'].some(isUnpublishedName)).toBe(false);
  });
});

describe('npm run new: an author given twice in two spellings is a repeat (finding 7b)', () => {
  const authors = [
    { id: 'nadia-rahyab', name: 'Nadia Rahyab' },
    { id: 'wahid-tanin', name: 'Wahid Tanin' },
  ];

  it('says what the check says of the same byline, never "did you mean" the id already given', () => {
    const line = idOptionProblem('NADIA-RAHYAB', authors, 'authors', ['nadia-rahyab']);
    expect(line).toBe('--author "NADIA-RAHYAB" is the author "Nadia Rahyab", whose id "nadia-rahyab" is already in the list: remove the duplicate');
    expect(line).not.toContain('did you mean');
    expect(idOptionProblem('Nadia Rahyab', authors, 'authors', ['nadia-rahyab'])).toContain('already in the list: remove the duplicate');
    expect(repeatedAuthor('nadia-rahyab')).toBe('author "nadia-rahyab" is listed twice; remove the repeat');
  });

  it('still proposes the id when it is not given yet', () => {
    expect(idOptionProblem('NADIA-RAHYAB', authors, 'authors')).toBe('--author "NADIA-RAHYAB" is the author "Nadia Rahyab": write its id "nadia-rahyab"; authors: nadia-rahyab, wahid-tanin');
    expect(idOptionProblem('nadya-rahyab', authors, 'authors')).toBe('--author "nadya-rahyab" is not one of content/authors/: did you mean "nadia-rahyab"?; authors: nadia-rahyab, wahid-tanin');
    expect(idOptionProblem('wahid', authors, 'authors')).toContain('did you mean "wahid-tanin"?');
    expect(idOptionProblem('nadia-rahyab', authors, 'authors', ['wahid-tanin'])).toBeUndefined();
  });

  it('the script prints it and writes nothing', () => {
    const content = mkdtempSync(join(tmpdir(), 'dateline-r10c-new-'));
    mkdirSync(join(content, 'authors'));
    writeFileSync(join(content, 'authors/nadia-rahyab.md'), '---\nname: Nadia Rahyab\n---\n');
    for (const order of [['nadia-rahyab', 'NADIA-RAHYAB'], ['NADIA-RAHYAB', 'nadia-rahyab']]) {
      const run = spawnSync(process.execPath, ['scripts/new.ts', 'Author as name', ...order.flatMap((a) => ['--author', a])], {
        cwd: ROOT,
        env: { ...process.env, DATELINE_CONTENT_DIR: content },
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe('new: --author "NADIA-RAHYAB" is the author "Nadia Rahyab", whose id "nadia-rahyab" is already in the list: remove the duplicate');
    }
    rmSync(content, { recursive: true, force: true });
  });
});
