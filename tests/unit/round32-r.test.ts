/**
 * Round 32 (helper r): the blind round 32a's editor findings: `release --at` kept in range and refused when it would
 * date a story after its own updates (F1, F2), words in date fields told the time to write (F8), the pinned clock
 * named (F3), a link to a scheduled story given a fix and the site's date (F5), case spellings of one file name
 * (F6) and a quoted year (F9).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { nowInZone } from '#/domain/dates.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BODY = 'Officials met on Monday to discuss the annex in detail and agreed on a timetable.\n';
/** The tests' clock (tests/helpers/check-bodies.ts). */
const NOW = Date.parse('2026-11-29T12:00:00Z');
const NOW_KABUL = nowInZone(NOW, 'Asia/Kabul');

describe('32a F1, F2: release --at writes what the check accepts, or nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-r32r-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
  const file = join(content, 'articles/2026/11/probe-release.md');
  const release = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['scripts/release.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    return { status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
  };
  const linesOf = () => checkNewsroom(content).filter((d) => d.file.endsWith('probe-release.md') && d.severity === 'error').map((d) => `${d.field}  ${d.message}`);

  it('F1: --at 1583-01-01 (local mean time in Kabul) is written as the date alone, which the check accepts', () => {
    writeFileSync(file, `${testFrontmatter({ draft: 'true' })}${BODY}`);
    const run = release('probe-release', '--at', '1583-01-01');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toMatch(/: draft line removed, published "1583-01-01" \(was "2026-11-20T10:00:00\+04:30"; a time in the past: the story is dated then\); then run /);
    expect(readFileSync(file, 'utf8')).toContain('published: "1583-01-01"\n');
    expect(linesOf()).toEqual([]);
  });

  it('F1: a date alone in this era keeps its time and offset, as before', () => {
    writeFileSync(file, `${testFrontmatter({ draft: 'true' })}${BODY}`);
    expect(release('probe-release', '--at', '2026-11-19').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('published: "2026-11-19T00:00:00+04:30"\n');
  });

  const corrected = `${testFrontmatter({ updated: '"2026-11-21T10:00:00+04:30"', corrections: '\n  - date: "2026-11-22T09:00:00+04:30"\n    text: An earlier version gave the wrong figure.' })}${BODY}`;
  it('F2: --at now on a story with an update and a correction is refused with one line naming both', () => {
    writeFileSync(file, corrected);
    const run = release('probe-release', '--at', 'now');
    expect(run.status).toBe(2);
    expect(run.out.split('\n')).toHaveLength(1);
    expect(run.out).toMatch(
      /^release: \S*probe-release\.md: published "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:30" would come after its updated "2026-11-21T10:00:00\+04:30" and corrections\[0\]\.date "2026-11-22T09:00:00\+04:30", which the check refuses \(a story is updated and corrected after it is published\); give --at a time before them, or remove those lines if the story goes out anew \(nothing was changed\)$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(corrected);
  });

  it('F2: a time between them names the one it passes; a time before both is written', () => {
    writeFileSync(file, corrected);
    expect(release('probe-release', '--at', '2026-11-21T12:00:00+04:30').out).toMatch(/would come after its updated "2026-11-21T10:00:00\+04:30", which the check refuses .*; give --at a time before it, or remove that line if the story goes out anew \(nothing was changed\)$/);
    const run = release('probe-release', '--at', '2026-11-20T08:00:00+04:30');
    expect(run.status, run.out).toBe(0);
    expect(linesOf()).toEqual([]);
  });
});

describe('32a F8: a word in a date field is told the time to write, and release only for published', () => {
  const WORD = (word: string) => `"${word}" is a word, not a date this site reads (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)`;
  it('updated, a correction and published', () => {
    const lines = checkArticles({ 'now-test.md': `${testFrontmatter({ published: 'now', updated: 'now', corrections: '\n  - date: today\n    text: An earlier version gave the wrong figure.' })}${BODY}` });
    expect(lines).toContain(`now-test.md:4:12 published  ${WORD('now')}; write the time itself, e.g. "${NOW_KABUL}" (now in the newsroom's zone), or for a draft going live now run npm run release -- now-test, which writes it`);
    expect(lines).toContain(`now-test.md:7:10 updated  ${WORD('now')}; write the time itself, e.g. "${NOW_KABUL}" (now in the newsroom's zone)`);
    expect(lines).toContain(`now-test.md:9:11 corrections[0].date  ${WORD('today')}; write the time itself, e.g. "${NOW_KABUL}" (now in the newsroom's zone)`);
    expect(lines.join('\n')).not.toContain('<slug>');
  });
  it('tomorrow and yesterday are told the day', () => {
    const lines = checkArticles({ 'day-test.md': `${testFrontmatter({ published: 'yesterday', updated: 'Tomorrow' })}${BODY}` });
    expect(lines).toContain(`day-test.md:4:12 published  ${WORD('yesterday')}; write the date itself, e.g. "2026-11-28" (yesterday in the newsroom's zone)`);
    expect(lines).toContain(`day-test.md:7:10 updated  ${WORD('Tomorrow')}; write the date itself, e.g. "2026-11-30" (tomorrow in the newsroom's zone)`);
  });
  const newsroom = newsroomCopies('r32r-front');
  it("front.md's until", () => {
    const content = newsroom((c) => writeFileSync(join(c, 'front.md'), '---\ntop:\n  - slug: envoy-lands-in-kabul-ahead-of-doha-round\n    until: now\n---\n'));
    const lines = checkNewsroom(content).filter((d) => d.file.endsWith('front.md')).map((d) => `${d.line}:${d.column} ${d.field}  ${d.message}`);
    expect(lines).toEqual([`4:12 top[0].until  ${WORD('now')}; write the time itself, e.g. "${NOW_KABUL}" (now in the newsroom's zone)`]);
  });
});

describe('32a F3: a date after a pinned clock that the clock has passed names the pin', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const file = `${testFrontmatter({ published: '"2026-11-20T09:40:00+04:30"', updated: '"2026-11-20T21:15:00+04:30"' })}${BODY}`;
  it('DATELINE_NOW=… is the reason, with the time to pin', () => {
    const lines = checkArticles({ 'pinned.md': file }, { now: Date.parse('2026-11-20T06:00:00Z'), includeDrafts: false, pinnedAs: '2026-11-20T06:00:00Z' });
    expect(lines).toContain(
      "pinned.md:7:10 updated  2026-11-20T21:15:00+04:30 is after the build's time, which DATELINE_NOW=2026-11-20T06:00:00Z pins: the date has passed by the clock, so the file is right; unset DATELINE_NOW, or pin a time after it (e.g. DATELINE_NOW=2026-11-20T16:45:00Z)",
    );
  });
  it('without a pin, or for a date the clock has not reached, the line is as before', () => {
    expect(checkArticles({ 'pinned.md': file }, Date.parse('2026-11-20T06:00:00Z'))).toContainEqual(expect.stringMatching(/is after the build's time; an update can only record something that has happened, so fix the date$/));
    const future = `${testFrontmatter({ published: '"2026-11-20T09:40:00+04:30"', updated: '"2099-11-20T21:15:00+04:30"' })}${BODY}`;
    expect(checkArticles({ 'pinned.md': future }, { now: Date.parse('2026-11-20T06:00:00Z'), includeDrafts: false, pinnedAs: '2026-11-20T06:00:00Z' })).toContainEqual(expect.stringMatching(/is after the build's time; an update can only record something that has happened, so fix the date$/));
  });
});

describe('32a F5: a link to a scheduled story gives the fix and the site’s date', () => {
  it('a live story linking a scheduled one', () => {
    const lines = checkArticles({
      'probe-later.md': `${testFrontmatter({ published: '"2027-01-01T08:00:00+04:30"' })}${BODY}`,
      'probe-linker.md': `${testFrontmatter()}See [the outlook](/articles/probe-later/).\n`,
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/^probe-linker\.md:9:\d+ link {2}link \[the outlook\]\(\/articles\/probe-later\/\) points to an article scheduled for Jan 1, 2027, 8:00\sAM AFT; readers would get a 404 until then: remove the link and add it once that story is out, or publish that story now \(npm run release -- probe-later --at now\)$/),
    );
  });
});

describe('32a F6: case spellings of one file name', () => {
  it('the first is told the plain name, the second a suffix naming the first', () => {
    const lines = checkArticles({ 'rel-TRUE.md': `${testFrontmatter()}${BODY}`, 'rel-True.md': `${testFrontmatter()}${BODY}` }).filter((l) => / file {2}/.test(l));
    expect(lines).toHaveLength(2);
    const told = lines.map((l) => /rename it to "([^"]+)"/.exec(l)?.[1]).sort();
    expect(told).toEqual(['rel-true-2.md', 'rel-true.md']);
    const second = lines.find((l) => l.includes('rel-true-2.md'))!;
    const first = lines.find((l) => !l.includes('rel-true-2.md'))!.split(':')[0];
    expect(second).toContain(`("rel-true.md" is the name proposed to ${first} on its own line: if this file is a copy of that one, delete one of them instead)`);
    expect(lines.join('\n')).not.toContain("another file's name");
  });
  it('a file with exactly the plain name still holds it', () => {
    const lines = checkArticles({ 'rel-TRUE.md': `${testFrontmatter()}${BODY}`, 'rel-true.md': `${testFrontmatter()}${BODY}` }).filter((l) => / file {2}/.test(l));
    expect(lines).toEqual([expect.stringContaining('rename it to "rel-true-2.md" ("rel-true.md" is another file\'s name')]);
  });
});

describe('32a F9: a quoted year alone is explained as the unquoted one', () => {
  it.each([['"2026"'], ["'2026'"], ['2026']])('%s', (written) => {
    const lines = checkArticles({ 'year.md': `${testFrontmatter({ published: written })}${BODY}` });
    expect(lines).toContainEqual(expect.stringMatching(/^year\.md:4:12 published {2}must be a date like 2019-12-05 or 2019-12-05T09:30:00\+04:30, not (?:"2026"|the number 2026), a year alone; a date needs its day: write "YYYY-MM-DD"$/));
  });
});


describe('32a F12: a canonical naming an article of this site in another scheme, host case or port', () => {
  const ENVOY = 'envoy-lands-in-kabul-ahead-of-doha-round';
  it.each([[`http://dateline.example.org/articles/${ENVOY}/`], [`https://DATELINE.example.org/articles/${ENVOY}/`], [`https://dateline.example.org:443/articles/${ENVOY}/`]])('%s', (canonical) => {
    const lines = checkArticles({ 'desk-copy.md': `${testFrontmatter({ canonical: `"${canonical}"` })}${BODY}` });
    expect(lines).toContain(`desk-copy.md:7:12 canonical  ${canonical} names the article "${ENVOY}" in another form than its page's address; write https://dateline.example.org/articles/${ENVOY}/`);
  });
  it('the address as the site writes it passes', () => {
    const lines = checkArticles({ 'desk-copy.md': `${testFrontmatter({ canonical: `"https://dateline.example.org/articles/${ENVOY}/"` })}${BODY}` });
    expect(lines.filter((l) => l.includes('canonical'))).toEqual([]);
  });
});

describe('32a F13: front.md picks name the field as written, a space at an end, and brackets', () => {
  const newsroom = newsroomCopies('r32r-f13');
  const ENVOY = 'envoy-lands-in-kabul-ahead-of-doha-round';
  const frontLines = (front: string) => {
    const content = newsroom((c) => writeFileSync(join(c, 'front.md'), front));
    return checkNewsroom(content).filter((d) => d.file.endsWith('front.md')).map((d) => `${d.line}:${d.column} ${d.field}  ${d.message}`);
  };
  it('lead: "slug " is told the space, under lead', () => {
    expect(frontLines(`---\nlead: "${ENVOY} "\n---\n`)).toEqual([`2:7 lead  must be an id: lower-case words joined by hyphens, the file name without .md; "${ENVOY} " ends in a space, which is no part of a slug; delete it`]);
  });
  it('a space after a mistyped slug: the space, then the near miss', () => {
    expect(frontLines(`---\ntop:\n  - "envoy-lands-in-kabul-ahead-of-doha-rond "\n---\n`)).toEqual([
      `3:5 top[0]  must be an id: lower-case words joined by hyphens, the file name without .md; "envoy-lands-in-kabul-ahead-of-doha-rond " ends in a space, which is no part of a slug; without it, "envoy-lands-in-kabul-ahead-of-doha-rond" is not a slug: did you mean "${ENVOY}"?`,
    ]);
  });
  it('lead: [slug] is told to drop the brackets', () => {
    expect(frontLines(`---\nlead: [${ENVOY}]\n---\n`)).toEqual([`2:7 lead  must be an article slug, or "slug:" with an optional "until:" date-time; one value, without brackets: lead: ${ENVOY}`]);
  });
  it('a "slug:" written out keeps its field name', () => {
    expect(frontLines(`---\nlead:\n  slug: "${ENVOY} "\n---\n`)).toEqual([expect.stringMatching(/^3:\d+ lead\.slug {2}must be an id: .* ends in a space, which is no part of a slug; delete it$/)]);
  });
  it('an article opening with "--- # comment" is told the comment', () => {
    expect(checkArticles({ 'fence-comment.md': `${testFrontmatter().replace(/^---\n/, '--- # front\n')}${BODY}` })).toEqual([
      'fence-comment.md:1:1 frontmatter  line 1 is "--- # front", a "---" line with a comment after it, which is not read as the start of the frontmatter; delete what follows "---" (a comment can go on a line of its own below it)',
    ]);
  });
});

describe('32a F14: npm run new option slips', () => {
  const newsroom = newsroomCopies('r32r-new');
  const content = newsroom(() => {});
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
  };
  it('an --author with no value, before another option, names the ids', () => {
    expect(run('Another fine headline', '--author', '--section', 'economy')).toEqual({
      status: 2,
      out: 'new: --author is given no value (the word after it is another option); give the author id after it, e.g. --author nadia-rahyab (authors: nadia-rahyab, zarlasht-niazai) (nothing was written)',
    });
    expect(run('Another fine headline', '--tags').out).toBe('new: --tags is given no value; give the topics after it, e.g. --tags "transit, Torkham" (nothing was written)');
  });
  it('an unknown option, and a headline starting with "-", balanced quotes', () => {
    expect(run('Another fine headline', '--bogus')).toEqual({
      status: 2,
      out: 'new: unknown option --bogus; the options are --author, --section, --tags and --slug (see npm run new -- --help), and a headline that starts with "-" goes last, after -- (options before it): npm run new -- [options] -- "--bogus …" (nothing was written)',
    });
  });
  it('a tag one letter off an established topic is written, with the check’s warning', () => {
    const r = run('Probe tag near miss', '--tags', 'Doha talk');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[1]).toMatch(/^warning: --tags: tag "Doha talk" is on no other article, and the topic "Doha talks" \(2 articles\) is spelt almost the same; did you mean "Doha talks"\?/);
  });
});

describe('32a note: the same correction twice is one line', () => {
  it('the repeat is named, with the one it repeats', () => {
    const item = '\n  - date: "2026-11-28T09:00:00+04:30"\n    text: An earlier version gave the wrong figure.';
    const lines = checkArticles({ 'twice.md': `${testFrontmatter({ corrections: `${item}${item}` })}${BODY}` });
    expect(lines).toEqual(['twice.md:10:5 corrections[1]  repeats corrections[0] (the same date and text), so the page would print that correction twice; remove the repeat']);
  });
  it('two corrections on one day with other texts pass', () => {
    const lines = checkArticles({ 'twice.md': `${testFrontmatter({ corrections: '\n  - date: "2026-11-28T09:00:00+04:30"\n    text: One fix.\n  - date: "2026-11-28T09:00:00+04:30"\n    text: Another fix.' })}${BODY}` });
    expect(lines).toEqual([]);
  });
});

describe('32a F7: two copies of one story told apart by published alone say the other way round too', () => {
  it('the copy dated earlier is told it may be the newer edit', async () => {
    const { staleCopies } = await import('#/check/rules/same-story.ts');
    const body = 'Importers raised winter fuel prices on Monday, passing on higher costs from suppliers abroad. Traders expect more rises.\n';
    const file = (path: string, published: string, description: string) => ({ file: path, id: 'winter-fuel', fm: { data: { title: 'Winter fuel prices climb', description, published }, body, bodyLine: 9 } });
    const old = file('content/articles/2026/11/winter-fuel.md', '2026-11-01T14:10:00+04:30', 'Prices climb.');
    const corrected = file('content/articles/2026/10/winter-fuel.md', '2026-10-31T14:10:00+04:30', 'Prices climb again.');
    const lines = staleCopies([old, corrected]);
    expect(lines.get(corrected)).toMatch(/; that one is the later version \(published or updated later\), so delete this file, .* \(unless this file is the newer edit, its published corrected to an earlier time: then keep this one and delete that one\)$/);
    expect(lines.get(old)).toMatch(/; this one is the later version .* \(unless that file is the newer edit, its published corrected to an earlier time: then keep that one and delete this one\)$/);
  });
});
