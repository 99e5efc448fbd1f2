/**
 * Round-7 finding 5: a feed's size must not multiply with co-authors. An article appears in the feed of each of
 * its authors, so section and author feeds carry the headline, standfirst and link (a summary feed), and only the
 * site feeds carry the full text: 20 articles of 200 KB by the same 20 authors make 20 small author feeds, not
 * 20 copies of every article.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { atomFeed, FEED_TEXT_BUDGET, feedItems, jsonFeed, rssFeed, type Feed } from '#/outputs/feeds.ts';
import { article, author, build, source } from '../helpers/newsroom-fixture.ts';

const AUTHORS = Array.from({ length: 20 }, (_, i) => `reporter-${String(i).padStart(2, '0')}`);
const BIG = `<p>${'The talks resumed at noon with the transit framework first on the agenda. '.repeat(2_700)}</p>`; // ~200 KB

const newsroom = await buildNewsroom(
  source(
    Array.from({ length: 20 }, (_, i) => article(`big-${String(i).padStart(2, '0')}`, { published: `2026-05-${String(i + 1).padStart(2, '0')}T08:00:00Z`, authors: AUTHORS })),
    {
      authors: AUTHORS.map((id) => author(id, `Reporter ${id.slice(-2)}`)),
      facts: () => ({ html: () => BIG, headings: [], wordCount: 36_000, lead: '', relatedBag: { terms: [], counts: [], named: [], words: 0 }, linked: [], localImages: undefined }),
    },
  ),
  build,
);
const feedOf = (items: Feed['items'], selfPath = '/authors/reporter-00/rss.xml'): Feed => ({ title: 'Reporter 00', description: 'Articles', pagePath: '/authors/reporter-00/', selfPath, items });
const xml = new XMLParser({ ignoreAttributes: false });

describe('summary feeds (sections and authors)', () => {
  const items = feedItems(newsroom.articlesByAuthor('reporter-00'), 'summary');

  it('carry headline, standfirst, link, byline and dates, but not the article text', () => {
    expect(items).toHaveLength(20);
    for (const i of items) {
      expect(i.html).toBeUndefined();
      expect(i.summary).toBe('What happened.');
      expect(i.authors).toHaveLength(20);
    }
  });

  it('stay small however long the articles and however many their co-authors', async () => {
    let total = 0;
    for (const id of AUTHORS) total += (await (await rssFeed(feedOf(feedItems(newsroom.articlesByAuthor(id), 'summary')))).text()).length;
    // 20 feeds of 20 items: the full text would be 20 × 20 × 200 KB = 80 MB.
    expect(total).toBeLessThan(20 * 40_000);
  });


  it('are valid in each format: RSS without content:encoded, Atom without content, JSON Feed with content_text', async () => {
    const rss = xml.parse(await (await rssFeed(feedOf(items))).text()) as { rss: { channel: { item: Record<string, unknown>[] } } };
    expect(rss.rss.channel.item[0]!['description']).toBe('What happened.');
    expect(rss.rss.channel.item[0]!['content:encoded']).toBeUndefined();
    const atom = xml.parse(await atomFeed(feedOf(items)).text()) as { feed: { entry: Record<string, unknown>[] } };
    expect(atom.feed.entry[0]!['content']).toBeUndefined();
    expect(atom.feed.entry[0]!['summary']).toMatchObject({ '#text': 'What happened.' });
    const json = (await jsonFeed(feedOf(items)).json()) as { items: Record<string, unknown>[] };
    expect(json.items[0]).toMatchObject({ content_text: 'What happened.' });
    expect(json.items[0]!['content_html']).toBeUndefined();
  });
});

describe('the site feeds', () => {
  it('carry the full article', () => {
    expect(feedItems(newsroom.articles)[0]!.html).toContain('The talks resumed at noon');
  });

  it('carry at most FEED_TEXT_BUDGET of text (28c #1: 40 MB feeds): newest first, the rest as summary and link', async () => {
    const items = feedItems(newsroom.articles);
    expect(items).toHaveLength(20);
    const full = items.filter((i) => i.html !== undefined);
    // 20 articles of ~200 KB: the first five fit in 1 MiB, in order; the others are listed with their standfirst.
    expect(items.slice(0, full.length).every((i) => i.html !== undefined)).toBe(true);
    expect(full.length).toBe(Math.floor(FEED_TEXT_BUDGET / Buffer.byteLength(full[0]!.html!)));
    expect(items.slice(full.length).every((i) => i.html === undefined && i.summary === 'What happened.')).toBe(true);
    const rss = await (await rssFeed(feedOf(items, '/rss.xml'))).text();
    expect(rss.length).toBeLessThan(FEED_TEXT_BUDGET + 20 * 4_000);
    expect(Buffer.byteLength(await atomFeed(feedOf(items, '/atom.xml')).text())).toBeLessThan(2 * FEED_TEXT_BUDGET);
    expect(Buffer.byteLength(await jsonFeed(feedOf(items, '/feed.json')).text())).toBeLessThan(2 * FEED_TEXT_BUDGET);
  });
});
