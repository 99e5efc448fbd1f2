/** Round 26 (blind tests 26a, 26b): findings and their quiet cases. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { TEMPLATE_SAMPLES } from '#/check/scaffold.ts';
import { formatNewsDate } from '#/domain/dates.ts';
import { isRelevant, relevantMarks, wordsOf } from '#/client/search-merge.ts';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { atomFeed, feedItems, jsonFeed, rssFeed, siteFeedArticles } from '#/outputs/feeds.ts';
import { searchArticles } from '#/build/search-index.ts';
import { site } from '#/site.config.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}${body}\n`;
const lines = (body: string, fields: Record<string, string> = {}) => checkArticles({ 'x.md': story(body, fields) });
const TABLE = '| x | y |\n|---|---|\n| 1 | 2 |';

describe('26b #1: a nested list is a nested list, not a line break inside a sentence', () => {
  it.each([
    ['sub-items with figures and small letters, a table elsewhere', `Lead paragraph.\n\n- Flour\n  - 12 tonnes\n- wheat\n  - north\n\n${TABLE}`],
    ['one item with one sub-item, a table after', `Lead paragraph.\n\n- wheat\n  - northern provinces\n\nPara.\n\n${TABLE}`],
    ['numbered nesting three deep', `Lead.\n\n1. first\n   1. nested\n      - deeper with \`code\`\n\n${TABLE}`],
    ['a loose nested list starting with a figure', `Lead.\n\n- Wheat\n\n  - 12 tonnes\n\n${TABLE}`],
  ])('%s', (_, body) => {
    expect(lines(body)).toEqual([]);
  });

  it('a hard-wrapped sentence at the top level is still named', () => {
    expect(lines('The price fell to\n- 12 degrees overnight.')).toEqual([
      'x.md:10:1 body  the line break before "- 12 degrees overnight." makes "-" the mark of a list item, so the page drops it and breaks the sentence; join the line to the one before (a line break inside a sentence is a space), or write "\\-" to keep the "-"',
    ]);
  });
});

describe('26a #3: a renamed story keeps its identity in feeds', () => {
  it('RSS guid, Atom id and JSON Feed id stay the first address; the link is the new one', async () => {
    const n = await buildNewsroom(source([article('bakers-shrink-loaf', { published: '2026-05-01T08:00:00Z', formerly: ['bakers-cut-loaf-size', 'bakers-cut-loaf'] }), article('plain', { published: '2026-05-02T08:00:00Z' })]), build);
    const items = feedItems(n.articles);
    const renamed = items.find((i) => i.url.endsWith('/articles/bakers-shrink-loaf/'))!;
    const plain = items.find((i) => i.url.endsWith('/articles/plain/'))!;
    expect(renamed.id).toMatch(/\/articles\/bakers-cut-loaf-size\/$/);
    expect(plain.id).toBe(plain.url);
    const feed = { title: 'D', description: 'N', pagePath: '/', selfPath: '/rss.xml', items };
    const rss = await (await rssFeed(feed)).text();
    expect(rss).toContain(`<link>${renamed.url}</link><guid isPermaLink="false">${renamed.id}</guid>`);
    expect(rss).toContain(`<guid isPermaLink="true">${plain.url}</guid>`);
    expect(rss.match(/<guid/g)).toHaveLength(2);
    expect(await atomFeed(feed).text()).toContain(`<id>${renamed.id}</id>`);
    const json = await jsonFeed(feed).json();
    expect(json.items.map((i: { id: string; url: string }) => [i.id, i.url])).toContainEqual([renamed.id, renamed.url]);
  });
});

describe('26a #1: a story copied from the template that kept its sample date', () => {
  const template = readFileSync(new URL('../../content/articles/_template.md', import.meta.url), 'utf8');
  it('the template holds the samples the check knows', () => {
    for (const value of Object.values(TEMPLATE_SAMPLES)) expect(template).toContain(value);
  });

  it('is a warning naming the kept byline and section too', () => {
    // The folder holds the template (round 37e #2: a folder without one has no sample date to keep).
    const copy = story('Flour mills in Pul-e-Khumri add a night shift.', { published: '"2026-11-24T09:30:00+04:30"', authors: '[nadia-rahyab]', section: 'diplomacy' });
    expect(checkArticles({ 'x.md': copy, '../../_template.md': template })).toEqual([
      'x.md:4:12 published  warning: is still the sample date from content/articles/_template.md (2026-11-24T09:30:00+04:30), with its sample byline (nadia-rahyab) and section (diplomacy), so the story is dated then, not when it goes live; write the time it is published and its own byline and section',
    ]);
  });

  it('another time, or a draft, is quiet', () => {
    expect(lines('Flour mills add a night shift.', { published: '"2026-11-24T09:31:00+04:30"', authors: '[nadia-rahyab]', section: 'diplomacy' })).toEqual([]);
    expect(lines('Flour mills add a night shift.', { published: '"2026-11-24T09:30:00+04:30"', draft: 'true' })).toEqual([]);
  });
});

describe('26a #4: a rail story from another year carries its year', () => {
  it('shortYear prints the year; short does not', () => {
    const date = { epoch: Date.parse('2025-12-16T10:00:00+04:30'), iso: '2025-12-16T10:00:00+04:30', dateOnly: false };
    const opts = { locale: 'en-US', timeZone: 'Asia/Kabul' };
    expect(formatNewsDate(date, { ...opts, style: 'short' })).toBe('Dec 16, 10:00 AM');
    expect(formatNewsDate(date, { ...opts, style: 'shortYear' })).toBe('Dec 16, 2025, 10:00 AM');
  });
});

describe('round 25 leftover: numbers with group separators are searchable', () => {
  it('a comma or point between digits stays in the word; around words it does not', () => {
    expect(wordsOf('Prices: 2,900, then 3.5 tonnes. Kabul,Herat')).toEqual(['prices', '2,900', 'then', '3.5', 'tonnes', 'kabul', 'herat']);
  });

  it('a highlighted "2,900" answers "2,900" and "2900", not "2" or "900"', () => {
    const excerpt = 'paying between 2,600 and <mark>2,900</mark> afghanis';
    expect(isRelevant(excerpt, '2,900')).toBe(true);
    expect(isRelevant(excerpt, '2900')).toBe(true);
    expect(isRelevant(excerpt, '2')).toBe(false);
    expect(isRelevant(excerpt, '900')).toBe(false);
    expect(relevantMarks('<mark>2</mark> November and <mark>2,900</mark>', '2,900')).toBe('2 November and <mark>2,900</mark>');
  });
});

describe('26a #12: a desk\'s copy of a story of this site is not the story twice', () => {
  const copy = { canonical: `${site.url.replace(/\/$/, '')}/articles/wheat-harvest/`, published: '2026-05-02T08:00:00Z' };
  const wire = { canonical: 'https://example.org/wire/wheat', published: '2026-05-03T08:00:00Z' };
  it('the site feeds leave it out; a copy of another site\'s story stays', async () => {
    const n = await buildNewsroom(source([article('wheat-harvest', { published: '2026-05-01T08:00:00Z' }), article('wheat-harvest-society', copy), article('wire-wheat', wire)]), build);
    expect(siteFeedArticles(n.articles).map((a) => a.slug).sort()).toEqual(['wheat-harvest', 'wire-wheat']);
  });

  it('search leaves it out', () => {
    const entry = (id: string, data: Record<string, unknown>) => ({ id, body: 'Farmers report better yields.', data: { title: id, description: 'd', section: 'economy', authors: ['nadia-rahyab'], tags: [], published: { epoch: 0, iso: '2026-05-01T08:00:00Z', dateOnly: false }, ...data } });
    const visible = [entry('wheat-harvest', {}), entry('wheat-harvest-society', { canonical: copy.canonical }), entry('wire-wheat', { canonical: wire.canonical })];
    expect(searchArticles(visible as never, [], '/tmp').map((a) => a.id)).toEqual(['wheat-harvest', 'wire-wheat']);
  });
});

describe('26a #15: past ten gone addresses', () => {
  it('every gone address is named, and a line that knows its article is never cut', async () => {
    const { goneArticlePages } = await import('#/build/gone-pages.ts');
    const previous = [...Array.from({ length: 45 }, (_, i) => `/articles/bulk-story-${String(i + 1).padStart(2, '0')}/`), '/articles/womens-market-herat/'];
    const former = { previous: new Map([['womens-market-herat', ['womens-market-opens']]]), articles: [{ slug: 'womens-market-in-herat', file: 'content/articles/2026/11/womens-market-in-herat.md', formerly: ['womens-market-opens'] }] };
    const lines = goneArticlePages(previous, new Set(['/articles/womens-market-in-herat/', '/articles/womens-market-opens/']), 'content/articles', new Map(), former);
    expect(lines).toHaveLength(11);
    expect(lines[0]!.file).toBe('content/articles/2026/11/womens-market-in-herat.md');
    expect(lines[0]!.message).toContain('add womens-market-herat to its formerly list: formerly: [womens-market-opens, womens-market-herat]');
    expect(lines[10]!.message).toMatch(/\(and 35 more addresses gone, the same applies to each: \/articles\/bulk-story-11\/, .*\/articles\/bulk-story-45\/\)$/);
  });
});
