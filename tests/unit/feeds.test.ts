/**
 * The feeds as a specification (src/outputs/feeds.ts), from a newsroom built on in-memory collections: what each
 * item carries, links made absolute for readers outside the site, the three formats parsed back by a real parser.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { absolutizeHtml, atomFeed, feedItems, jsonFeed, rssFeed, type Feed } from '#/outputs/feeds.ts';
import { site } from '#/site.config.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

const newsroom = await buildNewsroom(
  source(
    [
      article('older', { published: '2026-05-01T08:00:00+04:30', tags: ['Trade'], dateline: 'KABUL' }),
      article('newer', { published: '2026-05-20T08:00:00Z', updated: '2026-05-21T09:00:00Z', authors: ['bashir', 'amina'], section: 'economy', source: 'Koh-e-Baba Wire' }),
      article('draft', { published: '2026-05-02T08:00:00Z', draft: true }),
      article('dari', { published: '2026-04-01T08:00:00Z', lang: 'fa-AF', dateline: 'هرات' }),
    ],
    {
      facts: (entry) => ({
        html: () => `<h2 id="x">Heading</h2><p>See <a href="/articles/newer/">the other</a>, <a href="#x">above</a>, <a href="https://example.org/">elsewhere</a> <img src="/_astro/a.webp" alt="a"></p><!-- ${entry.id} -->`,
        headings: [],
        wordCount: 10,
        lead: '',
        relatedBag: { terms: [], counts: [], named: [], words: 0 },
        linked: [],
        localImages: undefined,
      }),
    },
  ),
  build,
);
const items = feedItems(newsroom.articles);
const feed: Feed = { title: 'Dateline', description: 'News', pagePath: '/', selfPath: '/rss.xml', items };
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('feed items', () => {
  it('carry an article in another language wrapped in its language and direction (round 19); the site\'s own as is', () => {
    const dari = items.find((i) => i.url.endsWith('/dari/'))!;
    expect(dari.html).toMatch(/^<div lang="fa-AF" dir="rtl"><p><strong>هرات —<\/strong><\/p>\n<h2 id="x">Heading<\/h2>.*<\/div>$/s);
    expect(items[0]!.html).toMatch(/^<h2/);
  });

  it('are the visible articles, newest first, with absolute URLs, authors and categories', () => {
    expect(items.map((i) => i.url)).toEqual([`${site.url}/articles/newer/`, `${site.url}/articles/older/`, `${site.url}/articles/dari/`]);
    expect(items[0]!.authors).toEqual([
      { name: 'Bashir Ahmadi', url: `${site.url}/authors/bashir/` },
      // The wire the byline reports for, after the last name, as the page reads (round 19).
      { name: 'Amina Yusufzai for Koh-e-Baba Wire', url: `${site.url}/authors/amina/` },
    ]);
    expect(items[0]!.categories).toEqual(['Economy']);
    expect(items[1]!.categories).toEqual(['Politics', 'Trade']);
  });

  it('carry "updated" only for an article updated after publication', () => {
    expect(items[0]!.updated?.epoch).toBe(Date.parse('2026-05-21T09:00:00Z'));
    expect(items[1]!.updated).toBeUndefined();
  });

  it('carry the full article with its links and images absolute, and the dateline first', () => {
    const html = items[1]!.html!;
    expect(html.startsWith('<p><strong>KABUL —</strong></p>\n')).toBe(true);
    expect(html).toContain(`href="${site.url}/articles/newer/"`);
    expect(html).toContain(`href="${site.url}/articles/older/#x"`);
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain(`src="${site.url}/_astro/a.webp"`);
  });

  it('absolutizeHtml leaves protocol-relative and external URLs alone', () => {
    expect(absolutizeHtml('<a href="//cdn.example.org/x">', 'https://s.org/a/')).toBe('<a href="//cdn.example.org/x">');
  });
});

describe('feed formats', () => {
  it('RSS 2.0: channel and items in order, GUIDs are the article URLs', async () => {
    const doc = xml.parse(await (await rssFeed(feed)).text());
    const channel = doc.rss.channel;
    expect(channel.title).toBe('Dateline');
    const list = Array.isArray(channel.item) ? channel.item : [channel.item];
    expect(list.map((i: { link: string }) => i.link)).toEqual(items.map((i) => i.url));
    expect(new Date(list[1].pubDate).getTime()).toBe(Date.parse('2026-05-01T08:00:00+04:30'));
  });

  it('Atom 1.0: entries with ids, published and updated in RFC 3339, HTML content', async () => {
    const doc = xml.parse(await atomFeed(feed).text());
    const entries = doc.feed.entry;
    expect(entries).toHaveLength(3);
    expect(entries[0].id).toBe(items[0]!.url);
    expect(Date.parse(entries[0].updated)).toBe(Date.parse('2026-05-21T09:00:00Z'));
    expect(Date.parse(entries[1].published)).toBe(Date.parse('2026-05-01T08:00:00+04:30'));
    expect(entries[1].content['@type']).toBe('html');
    expect(entries[1].content['#text']).toContain('KABUL');
    expect(Date.parse(doc.feed.updated)).toBe(Date.parse('2026-05-21T09:00:00Z'));
  });

  it('JSON Feed 1.1: version, items with ids, dates and HTML', async () => {
    const doc = (await jsonFeed(feed).json()) as { version: string; items: { id: string; url: string; date_published: string; date_modified?: string; content_html: string }[] };
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.items.map((i) => i.id)).toEqual(items.map((i) => i.url));
    expect(Date.parse(doc.items[0]!.date_modified!)).toBe(Date.parse('2026-05-21T09:00:00Z'));
    expect(doc.items[1]!.date_modified).toBeUndefined();
    expect(doc.items[1]!.content_html).toContain(`href="${site.url}/articles/newer/"`);
  });
});
