/**
 * RSS titles and descriptions as a feed reader sees them: the XML is parsed, then each title and description
 * is treated as HTML (what RSS readers do with them). Hostile frontmatter text must come out as the same text,
 * with no element, attribute or entity turned into markup.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed, type Feed, type FeedItem } from '#/outputs/feeds.ts';
import { elements, parse, walk } from '../helpers/html-safety.ts';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script> Kabul',
  'Tom & Jerry <b>bold</b> &lt;escaped&gt; &amp; "quoted" \'single\'',
  '<![CDATA[ <svg onload=alert(1)> ]]>',
  ']]><script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '&#60;img src=x onerror=alert(1)&#62;',
];

function item(title: string, summary: string): FeedItem {
  return {
    title,
    url: 'https://dateline.example.org/articles/x/',
    id: 'https://dateline.example.org/articles/x/',
    summary,
    html: '<p>Body</p>',
    authors: [{ name: 'A', url: 'https://dateline.example.org/authors/a/' }],
    categories: ['Economy'],
    published: { epoch: Date.parse('2026-11-06T06:30:00Z'), iso: '2026-11-06T10:00:00+04:30', dateOnly: false },
    updated: undefined,
    lang: 'en',
  };
}

/** What a reader shows for a feed text field: the field parsed as HTML, its text, and any elements in it. */
function asReaderSees(text: string): { text: string; elements: string[] } {
  const nodes = walk(parse(text));
  const shown = nodes.map((n) => ('value' in n && n.nodeName === '#text' ? (n as { value: string }).value : '')).join('');
  return { text: shown, elements: elements(text).map((e) => e.tagName) };
}

async function channel(feed: Feed) {
  const xml = await (await rssFeed(feed)).text();
  const doc = new XMLParser({ processEntities: true, htmlEntities: false, ignoreAttributes: true, parseTagValue: false, trimValues: false, cdataPropName: false }).parse(xml) as {
    rss: { channel: { title: string; description: string; item: { title: string; description: string } | { title: string; description: string }[] } };
  };
  const items = doc.rss.channel.item;
  return { channel: doc.rss.channel, items: Array.isArray(items) ? items : [items] };
}

describe('RSS title and description are plain text in a reader that renders HTML', () => {
  it.each(HOSTILE)('%s', async (text) => {
    const { channel: c, items } = await channel({ title: text, description: text, pagePath: '/', selfPath: '/rss.xml', items: [item(text, text)] });
    for (const field of [c.title, c.description, items[0]?.title, items[0]?.description]) {
      const seen = asReaderSees(String(field));
      expect(seen.elements).toEqual([]);
      expect(seen.text).toBe(text);
    }
  });

  it('ordinary text reads the same', async () => {
    const text = 'Envoy’s “unannounced” stop — trade & transit';
    const { channel: c, items } = await channel({ title: text, description: text, pagePath: '/', selfPath: '/rss.xml', items: [item(text, text)] });
    expect(asReaderSees(String(c.title)).text).toBe(text);
    expect(asReaderSees(String(items[0]?.description)).text).toBe(text);
  });
});
