/**
 * Every RSS and Atom feed read by a parser nobody here wrote: Debian's Universal Feed Parser (python3-feedparser,
 * provisioned by scripts/ensure-validators.ts). A feed it flags as malformed ("bozo"), an entry whose link is not a
 * page the build wrote, or a date it cannot read is a feed reader showing the newsroom's stories wrongly.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { byNewest } from '#/domain/visibility.ts';
import { DIST, visibleArticles } from './site-data.ts';

const ORIGIN = 'https://dateline.example.org';

type ParsedFeed = {
  file: string;
  bozo: boolean;
  problem: string;
  version: string;
  title: string;
  entries: { title: string; link: string; id: string; published: boolean; updated: boolean; authors: number }[];
};

const PARSE_ALL = `
import feedparser, json, sys
out = []
for f in sys.argv[1:]:
    d = feedparser.parse(f)
    out.append({
        'file': f, 'bozo': bool(d.bozo), 'problem': str(d.get('bozo_exception', '')), 'version': d.version,
        'title': d.feed.get('title', ''),
        'entries': [{'title': e.get('title', ''), 'link': e.get('link', ''), 'id': e.get('id', ''),
                     'published': e.get('published_parsed') is not None, 'updated': e.get('updated_parsed') is not None,
                     'authors': len(e.get('authors', []))} for e in d.entries]})
print(json.dumps(out))
`;

function feedFiles(): string[] {
  const files = ['rss.xml', 'atom.xml'].map((f) => join(DIST, f));
  for (const dir of ['sections', 'authors', 'tags']) {
    if (!existsSync(join(DIST, dir))) continue;
    for (const id of readdirSync(join(DIST, dir))) {
      const feed = join(DIST, dir, id, 'rss.xml');
      if (existsSync(feed)) files.push(feed);
    }
  }
  return files;
}

test('feedparser reads every feed without a flaw, and every entry is a published page with its date and author', () => {
  const files = feedFiles();
  expect(files.length).toBeGreaterThan(2);
  const run = spawnSync('/usr/bin/python3', ['-c', PARSE_ALL, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(run.error).toBeUndefined();
  expect(run.stderr).toBe('');
  const feeds = JSON.parse(run.stdout) as ParsedFeed[];
  const titleOf = new Map(visibleArticles.map((a) => [`${ORIGIN}/articles/${a.id}/`, a.data.title]));
  for (const feed of feeds) {
    const name = feed.file.slice(DIST.length + 1);
    expect({ name, bozo: feed.bozo, problem: feed.problem }).toEqual({ name, bozo: false, problem: '' });
    expect(feed.version, name).toBe(name === 'atom.xml' ? 'atom10' : 'rss20');
    expect(feed.title, name).not.toBe('');
    expect(feed.entries.length, name).toBeGreaterThan(0);
    expect(new Set(feed.entries.map((e) => e.id)).size, `${name}: unique ids`).toBe(feed.entries.length);
    for (const e of feed.entries) {
      // The link is a page of this site the build wrote, and the entry's title is that article's headline.
      expect(titleOf.has(e.link), `${name}: ${e.link}`).toBe(true);
      expect(e.title, `${name}: ${e.link}`).toBe(titleOf.get(e.link));
      expect(e.published, `${name}: ${e.link} has a readable date`).toBe(true);
      if (name === 'atom.xml') expect(e.updated, `${name}: ${e.link} updated`).toBe(true);
      expect(e.authors, `${name}: ${e.link} names its authors`).toBeGreaterThan(0);
    }
  }
  // The site feeds carry the newest story first (the one sort helper, byNewest, decides ties).
  const newest = [...visibleArticles].sort((a, b) => byNewest({ slug: a.id, published: a.data.published }, { slug: b.id, published: b.data.published }))[0];
  for (const name of ['rss.xml', 'atom.xml']) {
    const feed = feeds.find((f) => f.file === join(DIST, name))!;
    expect(feed.entries[0]?.link, name).toBe(`${ORIGIN}/articles/${newest?.id}/`);
  }
});
