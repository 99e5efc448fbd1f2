/** Round 25 (leftovers of rounds 22–24): pasted lettered/dashed/other-digit lists, Pandoc heading attributes, a `lang:` in the wrong script. */
import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { typedAttributes } from '#/check/rules/wiki-links.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinesOf } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies } from '../helpers/newsroom-copy.ts';

const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}${body}\n`;
const lines = (body: string, fields: Record<string, string> = {}) => checkArticles({ 'x.md': story(body, fields) });

describe('a list pasted with dashes, letters or other digits is one line', () => {
  it.each([
    ['– first point made\n– second point made\n– third point', 'its 3 lines start with "–" (a dash, as Outlook and PDFs paste lists), which Markdown does not read as a list marker; write "- " in place of each "–"'],
    ['a) first point made\nb) second point made', 'its 2 lines start with letters ("a)" …), and Markdown has no lettered lists; write "1. ", "2. " … in their place (or "- ")'],
    ['(a) first point made\n(b) second point made', 'its 2 lines start with letters ("(a)" …)'],
    ['١. first point made\n٢. second point made', 'its 2 lines start with numbers in non-ASCII digits ("١." …), and Markdown reads list numbers in ASCII digits only; write "1. ", "2. " … in their place'],
    ['۱) first point made\n۲) second point made', '("۱)" …)'],
  ])('%s', (list, message) => {
    const [line, ...rest] = lines(`Intro.\n\n${list}`);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^x\.md:11:1 body {2}this list is printed as one run-on paragraph: /);
    expect(line).toContain(message);
  });

  it.each([
    ['letters that do not start at a', 'b) first point made\nc) second point made'],
    ['letters out of order', 'a) first point made\nc) second point made'],
    ['two kinds of dash', '– first point made\n— second point made'],
    ['one line', 'a) only one point'],
    ['code', '```\na) first\nb) second\n```'],
    ['separate Markdown items', '- a) first\n- b) second'],
  ])('passes %s', (_, list) => {
    expect(lines(`Intro.\n\n${list}\n\nMore.`)).toEqual([]);
  });
});

describe('Pandoc or kramdown attributes after a heading or on their own line are a line each', () => {
  it('names the attributes and the anchor the heading gets', () => {
    expect(lines('Intro para here.\n\n## The vote {#the-vote}\n\nText.\n\n## Other {.unnumbered}\n\nA lead para.\n{: .lead}\n\n`## x {#y}`\n\n```\n## The vote {#the-vote}\n```')).toEqual([
      'x.md:11:13 body  "{#the-vote}" after the heading is a Pandoc attribute, which this site does not read: readers would see it as typed; remove it: the heading\'s anchor comes from its words (#the-vote)',
      'x.md:15:10 body  "{.unnumbered}" after the heading is a Pandoc attribute, which this site does not read: readers would see it as typed; remove it: the heading\'s anchor comes from its words (#other)',
      'x.md:18:1 body  "{: .lead}" is a kramdown attribute line, which this site does not read: readers would see it as typed; remove it: the site styles its blocks itself',
    ]);
  });

  it('passes braces that are words', () => {
    expect(lines('Intro.\n\n## Costs {in dollars}\n\nText {#x} here.')).toEqual([]);
  });

  it('stays one pass on long heading lines', () => {
    // Each would take seconds if the scan backtracked over the line for every position (quadratic).
    for (const line of ['# ' + ' '.repeat(300_000) + 'x', '# a' + ' {#a'.repeat(100_000), '# ' + 'a '.repeat(200_000) + '{#x']) {
      expect(typedAttributes(line, 1)).toEqual([]);
    }
  });
});

describe('a lang: written in another script than the headline is a warning', () => {
  const arabic = { title: '"کابل کې د غنمو بیې راټیټې شوې"', description: '"د سوداګرو په وینا د غنمو بیې په کابل کې راټیټې شوې"' };
  it('a Pashto lang: left on an English story', () => {
    expect(lines('Body text.', { lang: 'ps' })).toEqual([
      'x.md:7:7 lang  warning: lang: "ps" is Pashto, written in Arabic script, but the headline, standfirst and body are in Latin script, so readers, feeds, search engines and screen readers are told the wrong language; write the article\'s own language as "lang:", or "ps-Latn" if it is Pashto written in Latin script, or remove "lang:" if it is in English',
    ]);
  });

  it('lang: en on a Pashto story names the languages to write', () => {
    expect(lines('د سوداګرو په وینا د غنمو بیې په کابل کې راټیټې شوې.', { lang: 'en', ...arabic })[0]).toContain('lang: "en" is English, written in Latin script, but the headline, standfirst and body are in Arabic script');
  });

  it('passes an English headline over a body in the lang: script', () => {
    expect(lines('د سوداګرو په وینا د غنمو بیې په کابل کې راټیټې شوې.', { lang: 'ps' })).toEqual([]);
  });

  it.each([
    ['fa-AF', arabic],
    ['ps', arabic],
    ['de', {}],
    ['sr-Latn', {}],
    ['zh', { title: '"喀布尔小麦价格下降"', description: '"商人说喀布尔的小麦价格下降了"' }],
    ['ja', { title: '"喀布尔小麦价格下降"', description: '"商人说喀布尔的小麦价格下降了"' }],
  ])('passes lang: %s on its own script', (lang, fields) => {
    expect(lines('Body text.', { lang, ...fields })).toEqual([]);
  });
});

describe('a front-page pick of a story taken down into _drafts/ says where it went, as a related pin does', () => {
  const newsroom = newsroomCopies('r25');
  it('names the unread file and the edit', () => {
    const content = newsroom((dir) => {
      mkdirSync(join(dir, 'articles', '_drafts'));
      renameSync(join(dir, ENVOY), join(dir, 'articles', '_drafts', 'envoy-lands-in-kabul-ahead-of-doha-round.md'));
      writeFileSync(join(dir, 'front.md'), '---\nlead: envoy-lands-in-kabul-ahead-of-doha-round\n---\n');
    });
    // The copy's temporary folder, as the printed path names it, aside.
    expect(checkLinesOf(content, 'front.md').map((l) => l.replace(/ \S*content\/articles\//, ' content/articles/'))).toEqual([
      '2:7 lead  no article has the slug "envoy-lands-in-kabul-ahead-of-doha-round": the story is kept unread at content/articles/_drafts/envoy-lands-in-kabul-ahead-of-doha-round.md (a name starting with "_" is never published), so readers cannot open it; take it off the front page (in the same commit when taking the story down: until then every build stops), or move the file back among the articles to publish it',
    ]);
  });
});
