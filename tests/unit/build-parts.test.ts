import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildPartOf, partPrerenderer, planPart, writesSiteWide } from '#/build/build-part.ts';
import { partOfShard, planShards } from '#/build/search-shards.ts';
import { MergeConflict, mergeParts } from '../../scripts/merge-parts.ts';

const article = (id: string, iso: string) => ({ id, published: { epoch: Date.parse(iso), iso, dateOnly: false } });
/** n articles in each UTC month given. */
const archive = (spec: Record<string, number>) => Object.entries(spec).flatMap(([m, n]) => Array.from({ length: n }, (_, i) => article(`${m}-story-${i}`, `${m}-1${i % 9}T10:00:00Z`)));

describe('DATELINE_BUILD_PART', () => {
  it('reads k/N (1-based, as Playwright’s --shard); unset or 1/1 is the whole site', () => {
    const now = { DATELINE_NOW: '2026-11-28T12:00:00Z' };
    expect(buildPartOf({ ...now, DATELINE_BUILD_PART: '2/3' })).toEqual({ index: 2, count: 3 });
    expect(buildPartOf({ ...now, DATELINE_BUILD_PART: ' 3/3 ' })).toEqual({ index: 3, count: 3 });
    expect(buildPartOf({})).toBeUndefined();
    expect(buildPartOf({ DATELINE_BUILD_PART: '1/1' })).toBeUndefined();
    expect(writesSiteWide(undefined)).toBe(true);
    expect(writesSiteWide({ index: 1, count: 2 })).toBe(true);
    expect(writesSiteWide({ index: 2, count: 2 })).toBe(false);
  });

  it('needs a pinned clock, the same for every part', () => {
    expect(() => buildPartOf({ DATELINE_BUILD_PART: '2/3' })).toThrow('DATELINE_BUILD_PART="2/3" needs DATELINE_NOW, the same for every part');
  });

  it.each(['0/3', '4/3', '2', 'two/3', '1/0', '-1/3', '1/3/5'])('refuses %s with one line naming the setting', (value) => {
    expect(() => buildPartOf({ DATELINE_BUILD_PART: value })).toThrow(`DATELINE_BUILD_PART="${value}" is not a part k/N`);
  });
});

describe('a part’s share', () => {
  const articles = archive({ '2024-01': 3, '2024-02': 2, '2024-03': 4, '2024-04': 1, '2024-05': 3 });
  const limit = 4;
  const shards = planShards(articles, limit);

  it('deals the search shards out in turn, oldest first, and every article to exactly one part', () => {
    expect(shards.length).toBeGreaterThanOrEqual(4);
    expect(shards.map((_, i) => partOfShard(i, 3))).toEqual(shards.map((_, i) => (i % 3) + 1));
    const plans = [1, 2, 3].map((index) => planPart({ index, count: 3 }, articles, limit));
    for (const a of articles) expect(plans.filter((p) => p.ownsArticle(a.id))).toHaveLength(1);
    // An article goes with its search shard.
    shards.forEach((shard, i) => {
      for (const a of shard.articles) expect(plans[partOfShard(i, 3) - 1]!.ownsArticle(a.id)).toBe(true);
    });
  });

  it('renders its articles and their month archives; every other page is part 1’s', () => {
    const plans = [1, 2].map((index) => planPart({ index, count: 2 }, articles, limit));
    const owners = (pathname: string, route: string) => plans.filter((p) => p.rendersPage(pathname, route)).map((p) => p.part.index);
    const first = shards[0]!.articles[0]!.id;
    const second = shards[1]!.articles[0]!.id;
    expect(owners(`/articles/${first}/`, '/articles/[slug]')).toEqual([1]);
    expect(owners(`/articles/${second}/`, '/articles/[slug]')).toEqual([2]);
    const monthOf = (shard: number) => shards[shard]!.months[0].split('-');
    const [y1, m1] = monthOf(1);
    expect(owners(`/archive/${y1}/${m1}/`, '/archive/[year]/[month]/[...page]')).toEqual([2]);
    expect(owners(`/archive/${y1}/${m1}/2/`, '/archive/[year]/[month]/[...page]')).toEqual([2]);
    // A newsroom month before every shard's first month (a time zone ahead of UTC) goes with the oldest shard.
    expect(owners('/archive/2023/12/', '/archive/[year]/[month]/[...page]')).toEqual([1]);
    for (const [path, route] of [['/', '/'], ['/archive/', '/archive/[...page]'], ['/tags/trade/', '/tags/[tag]/[...page]'], ['/rss.xml', '/rss.xml'], ['/404', '/404'], ['/articles/unknown/', '/articles/[slug]']])
      expect(owners(path!, route!)).toEqual([1]);
  });

  it('filters the prerenderer’s path list and reports the others’ pages; everything else is the wrapped one’s', async () => {
    const plan = planPart({ index: 2, count: 2 }, articles, limit);
    const paths = articles.map((a) => ({ pathname: `/articles/${a.id}/`, route: { route: '/articles/[slug]' } }));
    const inner = {
      name: 'inner',
      app: { marker: true },
      setup: async () => undefined,
      getStaticPaths: async () => [...paths, { pathname: '/', route: { route: '/' } }],
      render: async () => new Response('page'),
    } as unknown as AstroPrerenderer;
    const elsewhere: string[] = [];
    const wrapped = partPrerenderer(inner, plan, { pagesElsewhere: (p) => elsewhere.push(...p), imagesElsewhere: () => [{ src: '/_astro/lead.Ab12.jpg', fsPath: '/content/lead.jpg' }] });
    const own = await wrapped.getStaticPaths();
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((p) => plan.rendersPage(p.pathname, p.route.route))).toBe(true);
    expect(own.length + elsewhere.length).toBe(paths.length + 1);
    expect(elsewhere).toContain('/');
    expect((wrapped as unknown as { app: unknown }).app).toEqual({ marker: true });
    expect(await ((await wrapped.render(new Request('http://x/'), { routeData: {} as never })) as Response).text()).toBe('page');
    const images = (await wrapped.collectStaticImages!()) as unknown as Map<string, { originalSrcPath: string; transforms: Map<string, unknown> }>;
    expect(images.get('/_astro/lead.Ab12.jpg')).toEqual({ originalSrcPath: '/content/lead.jpg', transforms: new Map() });
  });
});

describe('npm run merge-parts', () => {
  const tree = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-part-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const out = () => join(mkdtempSync(join(tmpdir(), 'dateline-merged-')), 'site');

  it('unions the parts; a file two parts wrote with the same bytes is kept once', () => {
    const a = tree({ 'index.html': 'front', 'articles/a/index.html': 'A', '_astro/site.css': 'css', 'pagefind/shards.json': '["/pagefind/"]' });
    const b = tree({ 'articles/b/index.html': 'B', '_astro/site.css': 'css', 'pagefind/shards.json': '["/pagefind/"]' });
    const site = out();
    expect(mergeParts([a, b], site)).toEqual({ files: 5, shared: 2, perPart: [4, 3] });
    expect(readdirSync(join(site, 'articles')).sort()).toEqual(['a', 'b']);
    expect(readFileSync(join(site, 'articles/b/index.html'), 'utf8')).toBe('B');
  });

  it('stops on a path two parts wrote differently, naming it and both parts, and writes nothing', () => {
    const a = tree({ 'articles/a/index.html': 'A', 'pagefind/shards.json': '["/pagefind/"]' });
    const b = tree({ 'articles/b/index.html': 'B', 'pagefind/shards.json': '["/pagefind/","/pagefind/s/1/"]' });
    const site = out();
    expect(() => mergeParts([a, b], site)).toThrow(MergeConflict);
    expect(() => mergeParts([a, b], site)).toThrow(`pagefind/shards.json: written differently by ${a} and ${b}`);
    expect(() => readdirSync(site)).toThrow();
  });

  it('stops on a file in one part where another has a folder, and on an output folder that is not empty', () => {
    const a = tree({ 'feed/index.html': 'x' });
    const b = tree({ feed: 'a file' });
    expect(() => mergeParts([a, b], out())).toThrow('feed: a folder in');
    const site = out();
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'old.html'), 'old');
    expect(() => mergeParts([a], site)).toThrow('the output folder is not empty');
  });
});
