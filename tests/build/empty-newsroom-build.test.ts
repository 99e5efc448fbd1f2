/**
 * Round-7 finding 11: a newsroom with no visible article (before launch: every story a draft or scheduled) must
 * build an empty but valid site, not crash at the end in the search index. The base newsroom is built with two
 * articles made drafts and the third scheduled for 2027.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTHING_YET } from '#/client/search-client.ts';
import { buildWithOverlay, ROOT, type OverlayBuild } from '../helpers/build-overlay.ts';

const BASE = join(ROOT, 'tests/fixtures/base-content/content/articles');
const DRAFTS = ['2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md', '2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md'];
const SCHEDULED = '2026/11/transit-talks-open-in-doha-with-trade-on-the-agenda.md';

let overlay = '';
let build: OverlayBuild;

beforeAll(async () => {
  overlay = mkdtempSync(join(tmpdir(), 'dateline-empty-overlay-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(overlay, 'articles', file)), { recursive: true });
    writeFileSync(join(overlay, 'articles', file), text);
  };
  for (const file of DRAFTS) write(file, readFileSync(join(BASE, file), 'utf8').replace(/^(published: .*)$/m, '$1\ndraft: true'));
  write(SCHEDULED, readFileSync(join(BASE, SCHEDULED), 'utf8').replace(/^published: .*$/m, 'published: "2027-06-01T10:00:00+04:30"'));
  build = await buildWithOverlay('empty', overlay);
}, 600_000);

afterAll(() => {
  if (build) rmSync(build.work, { recursive: true, force: true });
  if (overlay) rmSync(overlay, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(build.dist, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });

describe('a newsroom whose articles are all drafts or scheduled', () => {
  it('builds without an error or a stack trace', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toMatch(/\[ERROR\]|Stack trace|ENOENT/);
    expect(build.output).toContain('search index: 0 pages');
  });

  it('says on the front page, the lists and the search page that nothing is published yet', () => {
    expect(read('index.html')).toContain('No articles have been published yet.');
    expect(read('archive/index.html')).toContain('No articles yet.');
    expect(read('authors/index.html')).toContain('No reporter has a published article yet.');
    expect(read('tags/index.html')).toContain('No topics yet');
    expect(read('search/index.html')).toContain(NOTHING_YET);
    // The 404 page offers no section and no empty "Latest stories" (round 26a #13).
    expect(read('404.html')).toContain('No articles have been published yet.');
    expect(read('404.html')).not.toMatch(/Latest stories|a section/);
  });

  it('publishes no article, section or author page', () => {
    for (const path of ['articles', 'sections', 'authors/nadia-rahyab', 'archive/2026']) expect(existsSync(join(build.dist, path)), path).toBe(false);
  });

  it('writes an empty search index the search page can read', () => {
    expect(JSON.parse(read('pagefind/shards.json'))).toEqual([]);
    expect(JSON.parse(read('search/words.json'))).toEqual([]);
  });

  it('writes valid empty feeds and a sitemap without articles', () => {
    const rss = xml.parse(read('rss.xml')) as { rss: { channel: { title: string; item?: unknown } } };
    expect(rss.rss.channel.title).toBe('Dateline');
    expect(rss.rss.channel.item).toBeUndefined();
    const atom = xml.parse(read('atom.xml')) as { feed: { id: string; updated: string; entry?: unknown } };
    expect(atom.feed.entry).toBeUndefined();
    expect(Number.isNaN(Date.parse(atom.feed.updated))).toBe(false);
    expect((JSON.parse(read('feed.json')) as { items: unknown[] }).items).toEqual([]);
    expect(read('sitemap-0.xml')).not.toContain('/articles/');
    expect(existsSync(join(build.dist, 'news-sitemap.xml'))).toBe(false);
  });
});
