/**
 * Round 29 (h29s): a same-day update's suggested time passes the check when copied (#1); `npm run release` on a
 * scheduled story (#2), on a story taken down and put back (#3), and on an old or mistyped slug (#4).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { sameDayTime } from '#/check/rules/date-order.ts';
import { releaseDate } from '#/check/release-date.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_DESCRIPTION, scaffold, startedByNew, TEMPLATE_SAMPLES } from '#/check/scaffold.ts';
import { parseNewsDate, type NewsDate } from '#/domain/dates.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const date = (s: string): NewsDate => {
  const d = parseNewsDate(s, 'Asia/Kabul');
  if (!d.ok) throw new Error(d.problem);
  return d.date;
};
const at = (s: string) => Date.parse(s);

describe('#1: the time suggested for a same-day update or correction passes when copied', () => {
  const PUBLISHED = '"2026-11-20T10:51:36+04:30"';
  const NOW = at('2026-11-20T10:55:20+04:30');
  const lines = (fields: Record<string, string>, now = NOW) => checkArticles({ 'x.md': `${testFrontmatter({ published: PUBLISHED, ...fields })}Body.\n` }, now);

  it('updated: on the build\'s own day the example is now, to the minute, and the check then accepts it', () => {
    const [line] = lines({ updated: '2026-11-20' });
    expect(line).toContain('give the time of the update, e.g. updated: "2026-11-20T10:55:00+04:30"');
    expect(lines({ updated: '"2026-11-20T10:55:00+04:30"' })).toEqual([]);
    // What the blind tester was told before: after the build's time, an error.
    expect(lines({ updated: '"2026-11-20T16:00:00+04:30"' }).join('\n')).toContain("is after the build's time");
  });

  it('a correction\'s warning suggests the same, and the suggestion is no error', () => {
    const corrections = (d: string) => `[{date: ${d}, text: An earlier version misspelt the name of the market.}]`;
    const [line] = lines({ corrections: corrections('2026-11-20') });
    expect(line).toMatch(/warning: .*give the time of the correction, e\.g\. date: "2026-11-20T10:55:00\+04:30"$/);
    expect(lines({ corrections: corrections('"2026-11-20T10:55:00+04:30"') })).toEqual([]);
  });

  it('published after 16:00 on the build\'s day: now, not 23:59', () => {
    const late = (fields: Record<string, string>) => checkArticles({ 'x.md': `${testFrontmatter({ published: '"2026-11-20T17:30:00+04:30"', ...fields })}Body.\n` }, at('2026-11-20T18:02:40+04:30'));
    expect(late({ updated: '2026-11-20' })[0]).toContain('e.g. updated: "2026-11-20T18:02:00+04:30"');
    expect(late({ updated: '"2026-11-20T18:02:00+04:30"' })).toEqual([]);
  });

  it('built in the minute of publication: the example is not before it (the minute\'s start would be)', () => {
    const now = at('2026-11-20T10:51:50+04:30');
    const [line] = lines({ updated: '2026-11-20' }, now);
    const suggested = /updated: "([^"]+)"/.exec(line ?? '')?.[1];
    expect(suggested).toBe('2026-11-20T10:51:36+04:30');
    expect(lines({ updated: `"${suggested}"` }, now)).toEqual([]);
  });

  it('an earlier day keeps 16:00 (or 23:59); a scheduled story\'s example is its own time; all stay on the day', () => {
    const day = date('2026-11-20');
    expect(sameDayTime(day, date('2026-11-20T10:00:00+04:30'), at('2026-11-29T12:00:00Z'))).toBe('2026-11-20T16:00:00+04:30');
    expect(sameDayTime(day, date('2026-11-20T17:30:00+04:30'), at('2026-11-29T12:00:00Z'))).toBe('2026-11-20T23:59:00+04:30');
    // Out at 23:59:30: 23:59 is before it and the next minute is the next day.
    expect(sameDayTime(day, date('2026-11-20T23:59:30+04:30'), at('2026-11-29T12:00:00Z'))).toBe('2026-11-20T23:59:30+04:30');
    // Scheduled for 20:00 today, checked at 10:55: no time after now passes but the publication itself.
    expect(sameDayTime(day, date('2026-11-20T20:00:00+04:30'), NOW)).toBe('2026-11-20T20:00:00+04:30');
    // Scheduled for tomorrow 10:00: 16:00 is after it.
    expect(sameDayTime(date('2026-11-21'), date('2026-11-21T10:00:00+04:30'), NOW)).toBe('2026-11-21T10:00:00+04:30');
  });
});

describe('the release date rule (src/check/release-date.ts)', () => {
  const now = at('2026-12-03T10:55:00+04:30');
  const base = { slug: 'court-case', nowIso: '2026-12-03T10:55:00+04:30', now, startedByNew: false };

  it('a draft npm run new started, or the template\'s sample date, is dated now and says what it was', () => {
    expect(releaseDate({ ...base, written: '2026-11-30T09:00:00+04:30', startedByNew: true })).toEqual({ write: base.nowIso, said: `published "${base.nowIso}" (was "2026-11-30T09:00:00+04:30", when the draft was started)` });
    expect(releaseDate({ ...base, written: TEMPLATE_SAMPLES.published }).write).toBe(base.nowIso);
    expect(releaseDate({ ...base, written: 'now' }).said).toContain('(was "now", not a date this site reads)');
  });

  it('a past date on any other draft is kept, with the command that re-dates it', () => {
    const kept = releaseDate({ ...base, written: '2026-10-21T12:30:00+04:30' });
    expect(kept.write).toBeUndefined();
    expect(kept.said).toBe('published "2026-10-21T12:30:00+04:30" kept, as the story was out before (a draft npm run new did not start, dated in the past: put back, it keeps its date); to date it now instead, run npm run release -- court-case --at now');
  });

  it('a future date is the schedule, kept; --at always wins and names what it replaced', () => {
    expect(releaseDate({ ...base, written: '2027-01-21T12:30:00+04:30', startedByNew: true }).said).toBe('scheduled for Jan 21, 2027, 12:30 PM AFT (published "2027-01-21T12:30:00+04:30" kept, as written), so it appears with the first build after then; to publish it now instead, run npm run release -- court-case --at now');
    expect(releaseDate({ ...base, written: '2026-10-21T12:30:00+04:30', at: base.nowIso })).toEqual({ write: base.nowIso, said: `published "${base.nowIso}" (was "2026-10-21T12:30:00+04:30")` });
  });

  it('knows the draft line npm run new writes, now and before round 27', () => {
    const line = scaffold({ headline: 'H', authors: [], section: '', tags: [], draft: true, published: base.nowIso }).split('\n').find((l) => l.startsWith('draft:'))!;
    expect(startedByNew(line)).toBe(true);
    expect(startedByNew('draft: true # remove this line (or set false) to publish')).toBe(true);
    expect(startedByNew('draft: true')).toBe(false);
    expect(startedByNew('draft: true # legal review')).toBe(false);
  });
});

describe('npm run release (#2, #3, #4)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-h29s-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
  const file = join(content, 'articles/2026/10/court-hears-land-case.md');
  const story = (fields: Record<string, string>) =>
    `---\n${Object.entries({ title: 'Court hears land case', description: 'A standfirst for the story.', published: '"2026-10-21T12:30:00+04:30"', authors: '[nadia-rahyab]', section: 'economy', ...fields }).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\nThe court heard the case on Tuesday.\n`;
  const release = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['scripts/release.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    return { status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
  };
  const publishedIn = () => /^published: "(.+)"$/m.exec(readFileSync(file, 'utf8'))?.[1];
  const errorsAt = (now: number) => checkContent({ root: ROOT, contentDir: content, visibility: { now, includeDrafts: false } }).diagnostics.filter((d) => d.file.includes('court-hears') && d.severity === 'error');

  it('#2: a scheduled story is said to be scheduled, as the site shows the time; --at now, as told, publishes it', () => {
    const text = story({ published: '"2027-01-21T12:30:00+04:30"' });
    writeFileSync(file, text);
    const run = release('court-hears-land-case');
    expect(run.status).toBe(2);
    expect(run.out).toMatch(/^release: \S*court-hears-land-case\.md is scheduled for Jan 21, 2027, 12:30 PM AFT \(published "2027-01-21T12:30:00\+04:30", no draft: true\), so it appears with the first build after then; to publish it now, run npm run release -- court-hears-land-case --at now \(nothing was changed\)$/);
    expect(run.out).not.toContain('goes live with the next build');
    expect(readFileSync(file, 'utf8')).toBe(text);
    const before = Math.floor(Date.now() / 1000) * 1000;
    const now = release('court-hears-land-case', '--at', 'now');
    expect(now.status, now.out).toBe(0);
    expect(Date.parse(publishedIn()!)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(publishedIn()!)).toBeLessThanOrEqual(Date.now());
    expect(now.out).toMatch(/^dated \S*court-hears-land-case\.md: published "[^"]+" \(was "2027-01-21T12:30:00\+04:30"\); then run DATELINE_CONTENT_DIR=\S+ npm run check:content, commit and push$/);
    expect(errorsAt(Date.now() + 1000)).toEqual([]);
  });

  it('#3: a story taken down and put back keeps its date and says how to re-date it; the told command re-dates it', () => {
    writeFileSync(file, story({ draft: 'true' }));
    const run = release('court-hears-land-case');
    expect(run.status, run.out).toBe(0);
    expect(publishedIn()).toBe('2026-10-21T12:30:00+04:30');
    expect(readFileSync(file, 'utf8')).not.toMatch(/draft/);
    expect(run.out).toMatch(/^released \S*court-hears-land-case\.md: draft line removed, published "2026-10-21T12:30:00\+04:30" kept, as the story was out before .*; to date it now instead, run npm run release -- court-hears-land-case --at now; then run DATELINE_CONTENT_DIR=\S+ npm run check:content, commit and push$/);
    const redate = release('court-hears-land-case', '--at', 'now');
    expect(redate.status, redate.out).toBe(0);
    expect(redate.out).toContain('(was "2026-10-21T12:30:00+04:30")');
    expect(publishedIn()).not.toBe('2026-10-21T12:30:00+04:30');
  });

  it('#3: a draft npm run new wrote is dated now, and the line names the start date it replaced', () => {
    // Written first: release refuses a draft that still holds the scaffold's placeholders (round 36g #1).
    const started = scaffold({ headline: 'Court hears land case', authors: ['nadia-rahyab'], section: 'economy', tags: [], draft: true, published: '2026-10-21T12:30:00+04:30' });
    writeFileSync(file, started.replace(PLACEHOLDER_DESCRIPTION, 'A court heard the land case.').replace(PLACEHOLDER_BODY, 'The court heard the case on Tuesday.'));
    const run = release('court-hears-land-case');
    expect(run.status, run.out).toBe(0);
    expect(publishedIn()).not.toBe('2026-10-21T12:30:00+04:30');
    expect(run.out).toContain(`draft line removed, published "${publishedIn()}" (was "2026-10-21T12:30:00+04:30", when the draft was started)`);
  });

  it('#4: an old slug a renamed story lists in formerly names the new slug; a slip of one letter is "did you mean"', () => {
    writeFileSync(file, story({ formerly: '[land-case-hearing]', draft: 'true' }));
    const renamed = release('land-case-hearing');
    expect(renamed.status).toBe(2);
    expect(renamed.out).toMatch(/^release: no article content\/articles\/\*\*\/land-case-hearing\.md: the story was renamed to "court-hears-land-case" \(\S*content\/articles\/2026\/10\/court-hears-land-case\.md lists "land-case-hearing" in formerly\); run npm run release -- court-hears-land-case \(nothing was changed\)$/);
    const near = release('court-hears-land-cose');
    expect(near.out).toBe('release: no article content/articles/**/court-hears-land-cose.md; did you mean "court-hears-land-case"? run npm run release -- court-hears-land-case (nothing was changed)');
    expect(release('nothing-like-any-story-here').out).toBe('release: no article content/articles/**/nothing-like-any-story-here.md; the slug is the file name without .md');
    expect(readFileSync(file, 'utf8')).toContain('draft: true');
  });
});
