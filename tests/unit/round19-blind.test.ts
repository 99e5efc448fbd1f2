/**
 * Round 19 (issue 10, blind): findings fixed in the content check.
 */
import { spawnSync } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { showContentErrors } from '#/build/dev-errors.ts';
import { atomFeed, feedItems } from '#/outputs/feeds.ts';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';
import { typedDateline } from '#/check/rules/dateline-prefix.ts';
import { decideNow } from '#/domain/context.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import { languageTagProblem } from '#/domain/language-tags.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { ROOT } from '../helpers/build-overlay.ts';

const newsroom = newsroomCopies('r19b');
const check = checkNewsroom;

describe('a dateline typed for another place than dateline: (finding 1)', () => {
  it('reads a place in capitals before a dash, with an agency or a date, as a dateline', () => {
    expect(typedDateline('HERAT — Afghan carpet exporters are increasingly', 'en')).toBe('HERAT —');
    expect(typedDateline('MAZAR-I-SHARIF (AP) – Traders said', 'en')).toBe('MAZAR-I-SHARIF (AP) –');
    expect(typedDateline('**NEW DELHI**, Nov 5 — Officials said', 'en')).toBe('NEW DELHI, Nov 5 —');
    expect(typedDateline('KABUL/ISLAMABAD — Talks resumed', 'en')).toBe('KABUL/ISLAMABAD —');
  });

  it('leaves sentences alone: a capitalised subject, a hyphenated word, one capital, an uncased script', () => {
    expect(typedDateline('Herat — the western city — was quiet.', 'en')).toBeUndefined();
    expect(typedDateline('HERAT-based traders said', 'en')).toBeUndefined();
    expect(typedDateline('A — as in Afghanistan — is first.', 'en')).toBeUndefined();
    expect(typedDateline('HERAT traders said the road reopened.', 'en')).toBeUndefined();
    expect(typedDateline('هرات — صادرکنندگان قالین', 'fa')).toBeUndefined();
  });

  it('warns, naming both places, when the body opens with another place’s dateline', () => {
    const content = newsroom((c) => replaceIn(join(c, ENVOY), 'The convenor of the regional contact group made', 'HERAT — The convenor of the regional contact group made'));
    const lines = check(content).filter((d) => d.field === 'body' && d.file.endsWith('envoy-lands-in-kabul-ahead-of-doha-round.md'));
    expect(lines.map((d) => `${d.severity} ${d.message}`)).toContain(
      'warning the body starts with a dateline ("HERAT —") under the one the page prints from "dateline: KABUL", so readers see two places; remove the typed one, or write its place in "dateline:" if the story was filed there',
    );
  });
});

describe('DATELINE_NOW is read by the content’s own date rule (finding 3)', () => {
  it('the same pin means the same instant on every machine: an offset is needed, a date alone is the newsroom’s day', () => {
    expect(() => decideNow('2026-12-01T04:20:00')).toThrow('DATELINE_NOW: "2026-12-01T04:20:00" has a time but no offset; add one, e.g. "2026-12-01T04:20:00+04:30" or "2026-12-01T04:20:00Z"');
    // The start of 1 December in Kabul (+04:30), as `published: 2026-12-01` means.
    expect(decideNow('2026-12-01', Date.now, 'Asia/Kabul')).toBe(Date.parse('2026-11-30T19:30:00Z'));
    expect(decideNow('2026-12-01T04:20:00Z')).toBe(Date.parse('2026-12-01T04:20:00Z'));
  });

  it('an impossible date is refused, never rolled over; so is a year outside the contract', () => {
    expect(() => decideNow('2026-02-30T00:00:00Z')).toThrow(/^DATELINE_NOW: "2026-02-30T00:00:00Z" is not a real date/);
    expect(() => decideNow('+275760-09-13T00:00:00Z')).toThrow(/^DATELINE_NOW: /);
    expect(() => decideNow('1e12')).toThrow(/^DATELINE_NOW: "1e12" is not an ISO 8601 date/);
  });

  it('a bad pin stops check:content with one line and no stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: ROOT, env: { ...process.env, DATELINE_NOW: 'garbage' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('✗ check:content stopped: DATELINE_NOW: "garbage" is not an ISO 8601 date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)');
  });
});

describe('withdrawn and special language codes (round 19b, finding 1)', () => {
  it('a withdrawn code is told its replacement, as a grandfathered tag is', () => {
    expect(languageTagProblem('iw')).toBe('"iw" (Hebrew) is a withdrawn code kept for old data; write "he"');
    expect(languageTagProblem('in-ID')).toBe('"in" (Indonesian) is a withdrawn code kept for old data; write "id-ID"');
    expect(languageTagProblem('ji')).toContain('write "yi"');
    expect(languageTagProblem('mo')).toContain('write "ro"');
  });

  it('zxx, mul and mis name no language of the story, as und does not', () => {
    for (const tag of ['zxx', 'mul', 'mis']) expect(languageTagProblem(tag)).toMatch(/is a special code .* names no language of the story; remove lang/);
    for (const tag of ['he', 'ps', 'fa-AF', 'prs', 'tl', 'sh']) expect(languageTagProblem(tag)).toBeUndefined();
  });
});

describe('a file refused as a file is still a known id (round 19b, finding 2)', () => {
  it('an empty section, a non-UTF-8 author and a 1.3 MiB article are one line each; the files naming them get none', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'sections', 'economy.md'), '');
      writeFileSync(join(c, 'authors', 'nadia-rahyab.md'), Buffer.from('---\nname: "Nadia \xff Rahyab"\n---\n', 'latin1'));
      const envoy = join(c, ENVOY);
      writeFileSync(envoy, `${readFileSync(envoy, 'utf8')}\n\n${'More words here. '.repeat(80_000)}`);
    });
    const errors = check(content).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file.split('/content/')[1]} ${d.field}`).sort()).toEqual([
      'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md file',
      'authors/nadia-rahyab.md file',
      'sections/economy.md file',
    ]);
  });
});

describe('the 1583 floor is one rule for dates and date-times (round 19b, finding 7)', () => {
  it('the newsroom\'s year decides, for a date alone and a date-time alike', () => {
    expect(parseNewsDate('1583-01-01', 'Asia/Kabul').ok).toBe(true);
    // 20:00 UTC on 31 December 1582 is 00:36:48 on 1 January 1583 in Kabul (local mean time): accepted as the day is.
    expect(parseNewsDate('1583-01-01T01:00:00+05:00', 'Asia/Kabul').ok).toBe(true);
    const early = parseNewsDate('1583-01-01T00:00:00+14:00', 'Asia/Kabul');
    expect(!early.ok && early.problem).toContain('falls before the year 1583 in the newsroom\'s time zone, where it would be archived');
  });
});

describe('the dev server answers feeds and sitemaps with the error lines too (round 19b, finding 5)', () => {
  it('a feed request gets HTTP 500 and the lines as text while content has an error; assets pass', async () => {
    const content = newsroom((c) => replaceIn(join(c, ENVOY), 'published: "2026-11-03T14:20:00+04:30"', 'published: "2026-02-30T08:45:00+04:30"'));
    const root = join(content, '..');
    let handler: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | undefined;
    showContentErrors({ middlewares: { use: (fn) => (handler = fn) }, watcher: { on: () => {} } }, { mode: 'dev', now: Date.now(), root, cacheDir: join(root, 'cache'), buildId: 'test' });
    const ask = (url: string, accept: string) =>
      new Promise<{ status: number; type: string; body: string } | 'next'>((done) => {
        const headers: Record<string, string> = {};
        const res = { statusCode: 200, setHeader: (k: string, v: string) => (headers[k] = v), end: (body: string) => done({ status: res.statusCode, type: headers['content-type'] ?? '', body }) };
        handler!({ method: 'GET', url, headers: { accept } } as IncomingMessage, res as unknown as ServerResponse, () => done('next'));
      });
    for (const url of ['/rss.xml', '/atom.xml', '/feed.json', '/sections/diplomacy/rss.xml', '/sitemap-index.xml']) {
      const answer = await ask(url, 'application/rss+xml, */*');
      expect(answer, url).toMatchObject({ status: 500, type: 'text/plain; charset=utf-8' });
      expect(answer !== 'next' && answer.body, url).toContain('envoy-lands-in-kabul-ahead-of-doha-round.md:4:12  published  "2026-02-30T08:45:00+04:30" is not a real date');
    }
    expect(await ask('/_astro/site.css', 'text/css')).toBe('next');
  });
});

describe('HTML tags in frontmatter text fields (round 19b, finding 9)', () => {
  it('a tag in a headline, standfirst, dateline or image text is a warning; in a topic, an error with the words to write', () => {
    const content = newsroom((c) => {
      const envoy = join(c, ENVOY);
      replaceIn(envoy, 'title: Envoy lands in Kabul a week ahead of the Doha round', 'title: Envoy <em>lands</em> in Kabul a week ahead of the Doha round');
      replaceIn(envoy, 'dateline: KABUL', 'dateline: <b>KABUL</b>');
      replaceIn(envoy, 'tags: [Doha talks, envoys]', 'tags: [<i>Doha talks</i>, envoys]');
    });
    const lines = check(content).filter((d) => d.file.endsWith('envoy-lands-in-kabul-ahead-of-doha-round.md')).map((d) => `${d.severity} ${d.field}  ${d.message}`);
    expect(lines).toContain('warning title  fields are plain text: "<em>" is an HTML tag, which only the body reads, so the page, listings and feeds would print the tag; write the words alone (emphasis and links belong in the body)');
    expect(lines.some((l) => l.startsWith('warning dateline  fields are plain text: "<b>" is an HTML tag'))).toBe(true);
    expect(lines).toContain('error tags[0]  tag "<i>Doha talks</i>" holds an HTML tag, which would be printed as typed and make a topic of its own (/tags/idoha-talksi/); tags are plain text: write "Doha talks"');
  });
});

describe('before launch the Atom feed is dated by the build, not 1970 (round 19b, finding 10)', () => {
  it('an empty feed\'s <updated> is the build\'s time', async () => {
    const xml = await atomFeed({ title: 'Dateline', description: 'News', pagePath: '/', selfPath: '/atom.xml', items: [], builtAt: Date.parse('2026-12-01T04:00:00Z') }).text();
    expect(xml).toContain('<updated>2026-12-01T04:00:00Z</updated>');
  });
});

describe('corrections reach feeds and count as a modification (round 19b, finding 12)', () => {
  it('the feed text ends with the corrections; the newest correction is the last modified date', async () => {
    const corrected = await buildNewsroom(
      source([article('story', { published: '2026-05-13T21:15:00+04:30', corrections: [{ date: '2026-05-14T10:00:00+04:30', text: 'An earlier version said nine delegations; there were seven.' }] })]),
      build,
    );
    const a = corrected.articles[0]!;
    expect(a.modified.iso).toBe('2026-05-14T10:00:00+04:30');
    const [item] = feedItems(corrected.articles);
    expect(item!.updated?.iso).toBe('2026-05-14T10:00:00+04:30');
    expect(item!.html).toContain('<h2>Corrections</h2>\n<ul><li><time datetime="2026-05-14T10:00:00+04:30">');
    expect(item!.html).toContain('An earlier version said nine delegations; there were seven.</li></ul>');
  });
});
