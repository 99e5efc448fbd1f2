/** Round 33: leftovers of round 32 (32c F4 rest, 32c F6). */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

const copy = newsroomCopies('r33');

const probe = (fields: string) =>
  `---\ntitle: A probe of the frontmatter check\ndescription: A probe article for the frontmatter check.\n${fields}published: 2026-11-20T10:00:00+04:30\nauthors: [nadia-rahyab]\nsection: economy\n---\n\nThe body of the probe, one ordinary paragraph.\n`;

const linesOf = (content: string, name: string) => checkNewsroom(content).filter((d) => d.file.endsWith(name)).map((d) => `${d.line} ${d.field}  ${d.message}`).sort();

describe('32c F6: a YAML escape slip does not hide the file’s other field problems', () => {
  it('an odd escape and a tab in another field: both in one run', () => {
    const content = copy((c) => writeFileSync(join(c, 'articles/2026/11/probe-escapes.md'), probe('dateline: "KABUL\\u0009TAB"\nsource: "Wire\\r\\nService"\n')));
    expect(linesOf(content, 'probe-escapes.md')).toEqual([
      expect.stringMatching(/^4 dateline {2}must be on one line/),
      expect.stringMatching(/^5 source {2}"\\r" inside double quotes is YAML's escape for a carriage return/),
    ]);
  });
  it('an odd escape in the required title: no "required" line for it, the other field still judged', () => {
    const text = probe('dateline: "KABUL\\u0009TAB"\n').replace('title: A probe of the frontmatter check', 'title: "A snake\\_case headline"');
    const content = copy((c) => writeFileSync(join(c, 'articles/2026/11/probe-title.md'), text));
    expect(linesOf(content, 'probe-title.md')).toEqual([
      expect.stringMatching(/^2 title {2}"\\_" inside double quotes is YAML's escape for a no-break space/),
      expect.stringMatching(/^4 dateline {2}must be on one line/),
    ]);
  });
  it('two escapes in one list field are two lines, and the rest is read', () => {
    const text = probe('corrections:\n  - date: 2026-11-21T10:00:00+04:30\n    text: "A \\_ slip"\n  - date: 2026-11-22T10:00:00+04:30\n    text: "Another \\_ slip"\ndateline: "A\\u0009B"\n');
    const content = copy((c) => writeFileSync(join(c, 'articles/2026/11/probe-list.md'), text));
    const lines = linesOf(content, 'probe-list.md');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/dateline {2}must be on one line/);
  });
});

describe('32c F4 rest: author url and canonical name what is wrong with a malformed address', () => {
  it.each([
    ['https://example.org:99999/x', 'has the port 99999, but ports run from 0 to 65535; fix the address'],
    ['https://999.1.1.1/', 'has the host "999.1.1.1", which is not an IP address (four numbers from 0 to 255, e.g. 192.0.2.1); fix the address'],
    ['https://exa mple.org/', 'is not a valid web address (check the host name for spaces, stray "%" or other characters); fix or remove it'],
  ])('%s', (url, message) => {
    const content = copy((c) => {
      writeFileSync(join(c, 'authors/probe-url.md'), `---\nname: Probe Url\nurl: "${url}"\n---\n`);
      writeFileSync(join(c, 'articles/2026/11/probe-canonical.md'), probe(`canonical: "${url}"\n`));
    });
    expect(linesOf(content, 'probe-url.md')).toEqual([`3 url  ${url} ${message}`]);
    expect(linesOf(content, 'probe-canonical.md')).toEqual([`4 canonical  ${url} ${message}`]);
  });
});

describe('review of round 32: the pinned clock reaches the check through its context, not the environment', async () => {
  const { checkVisibility, decideContext, pageVisibility } = await import('#/domain/context.ts');
  it('a pin is kept as written for a build, and the dev server (wall clock) has none', () => {
    const build = decideContext('build', '/x', { DATELINE_NOW: ' 2026-11-20T06:00:00Z ' });
    expect(checkVisibility(build)).toEqual({ now: Date.parse('2026-11-20T06:00:00Z'), includeDrafts: false, pinnedAs: '2026-11-20T06:00:00Z' });
    expect(pageVisibility(build).pinnedAs).toBe('2026-11-20T06:00:00Z');
    expect(checkVisibility(decideContext('dev', '/x', { DATELINE_NOW: '2026-11-20T06:00:00Z' })).pinnedAs).toBeUndefined();
    expect(checkVisibility(decideContext('build', '/x', {})).pinnedAs).toBeUndefined();
  });
});

describe('32a F11: npm run related knows renamed, held and scheduled stories, as release and the check do', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdirSync, renameSync } = await import('node:fs');
  const ROOT = join(import.meta.dirname, '../..');
  const related = (slug: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/related.ts', slug], { cwd: ROOT, env: { ...process.env, DATELINE_NOW: '2026-12-01T12:00:00Z', ...env }, encoding: 'utf8' });
  it('an old slug listed in formerly', () => {
    const run = related('carpet-exporters-turn-to-northern-rail');
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'no article has the slug "carpet-exporters-turn-to-northern-rail"; the story was renamed to "carpet-exporters-look-to-northern-rail-corridor" (content/articles/2026/11/carpet-exporters-look-to-northern-rail-corridor.md lists "carpet-exporters-turn-to-northern-rail" in formerly): run npm run related -- carpet-exporters-look-to-northern-rail-corridor',
    );
  });
  it('a story kept in _drafts/', () => {
    const content = copy((c) => {
      mkdirSync(join(c, 'articles/_drafts'));
      renameSync(join(c, 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md'), join(c, 'articles/_drafts/envoy-lands-in-kabul-ahead-of-doha-round.md'));
    });
    const run = related('envoy-lands-in-kabul-ahead-of-doha-round', { DATELINE_CONTENT_DIR: content });
    expect(run.stderr).toMatch(/"envoy-lands-in-kabul-ahead-of-doha-round" is kept unread at \S*articles\/_drafts\/envoy-lands-in-kabul-ahead-of-doha-round\.md \(a name starting with "_" is never published\), so it has no related links; move the file among the articles to publish it\n$/);
  });
  it('a scheduled story: its time as the site prints it', () => {
    const run = related('new-year-outlook-for-regional-diplomacy');
    expect(run.stderr).toContain('"new-year-outlook-for-regional-diplomacy" is scheduled for Jan 1, 2027, 8:00 AM AFT, so it is not published and has no related links yet');
  });
});

describe('32b F4 rest, 33b F3: a search excerpt keeps headline, standfirst, dateline and body apart', async () => {
  const { readableExcerpt, PART_MARK } = await import('#/client/search-words.ts');
  it('Chinese parts: no index space left, a visible separator between the parts', () => {
    expect(readableExcerpt(`过境 <mark>协定</mark> ${PART_MARK} 来自 喀布尔 的 商人 ${PART_MARK} 喀布尔 ${PART_MARK} 喀布尔 的 商人 表示`)).toBe('过境<mark>协定</mark> · 来自喀布尔的商人 · 喀布尔 · 喀布尔的商人表示');
  });
  it('Latin parts, and a window that opens or ends at a mark', () => {
    expect(readableExcerpt(`${PART_MARK} KABUL ${PART_MARK} The ministry said`)).toBe('KABUL · The ministry said');
    expect(readableExcerpt(`in a <mark>week</mark> ${PART_MARK}`)).toBe('in a <mark>week</mark>');
  });
  it('the record text: one line per part, the mark a line of its own', () => {
    expect(readableExcerpt(`Outlook\n${PART_MARK}\nWhat next.`)).toBe('Outlook\n · \nWhat next.');
  });
});

describe('33b search findings', async () => {
  const { ownLetters, readableExcerpt, searchForm } = await import('#/client/search-words.ts');
  const { markedIn, standfirstOf, withoutTitleTail } = await import('#/client/excerpt-title.ts');
  const { searchVocabulary } = await import('#/outputs/search-vocabulary.ts');
  const { suggestWord } = await import('#/client/suggest-word.ts');
  it('F5: a number after Hebrew’s maqaf is a word of its own, and the excerpt keeps the spelling', () => {
    expect(searchForm('ההסכם נחתם ב־1994 וקבע').split(' ')).toContain('1994');
    expect(readableExcerpt(searchForm('נחתם ב־1994 וקבע').replace('1994', '<mark>1994</mark>'))).toBe('נחתם ב־<mark>1994</mark> וקבע');
  });
  it('F13: an Arabic story’s excerpt in its own letters; a Dari one keeps the Persian letters', () => {
    const indexed = searchForm('مبعوثون خليجيون يصلون إلى كابل');
    expect(indexed).toContain('\u06cc');
    expect(ownLetters(indexed, 'ar')).toBe('مبعوثون خليجيون يصلون إلى كابل');
    expect(ownLetters(indexed, 'fa-AF')).toBe(indexed);
  });
  it('F2: a hit inside a long headline marks the words there and shows the standfirst', () => {
    const title = 'Provincial councils agree, after 11 days of talks in a converted wedding hall, on a timetable';
    const whole = ['…talks in a converted ', 'wedding', ' ', 'hall', ', on a timetable'];
    expect(markedIn(title, whole)).toEqual(['Provincial councils agree, after 11 days of talks in a converted ', 'wedding', ' ', 'hall', ', on a timetable']);
    expect(standfirstOf(`${title} \u2063 The councils met for eleven days. \u2063 KABUL`)).toBe('The councils met for eleven days.');
    expect(standfirstOf(undefined)).toBe('');
    expect(withoutTitleTail(['a converted wedding hall · The councils met'], title.replace(', on a timetable', ''))).toEqual(['The councils met']);
  });
  it('F4: a reporter’s name typed without accents is suggested from the vocabulary', () => {
    const words = searchVocabulary([{ data: { title: 'Wheat prices', description: 'Prices ease', tags: [] }, authors: [{ data: { name: 'José García Ñúñez' } }] }] as never);
    expect(words).toContain('garcía');
    expect(suggestWord('garcia', words)).toBe('garcía');
  });
});

describe('an excerpt that opens with a one-word headline is not cut there', async () => {
  const { readableParts } = await import('#/client/excerpt-credits.ts');
  it('no "…" before "Snow", one after a window cut inside a paragraph', () => {
    const content = 'Snow\n · \nIt snowed.\n · \nKabul woke to the first snow of the winter and more.';
    expect(readableParts(['', 'Snow', ' · It ', 'snowed.', ' · Kabul woke to the first'], content).join('')).toBe('Snow · It snowed. · Kabul woke to the first…');
    expect(readableParts(['woke to the ', 'snow', ' of the winter and more.'], content).join('')).toBe('…woke to the snow of the winter and more.');
  });
});

describe('33b F6: a window inside a long byline reads as credits', async () => {
  const { readableParts } = await import('#/client/excerpt-credits.ts');
  it('“— ” before it, marks kept', () => {
    const content = 'Twenty reporters\n · \nThe count went on.\n⁂ Nadia Rahyab, Li Wei, José García Ñúñez, Amina Yusuf\n⁂ elections';
    expect(readableParts(['Li Wei, José ', 'García', ' Ñúñez, Amina Yusuf'], content)).toEqual(['— Li Wei, José ', 'García', ' Ñúñez, Amina Yusuf']);
    expect(readableParts(['The count ', 'went', ' on.'], content).join('')).toBe('The count went on.');
  });
});
