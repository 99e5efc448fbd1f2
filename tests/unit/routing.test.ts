/**
 * Routes and their incremental-build keys (src/domain/routing.ts): every page of every list route, and the
 * promise behind `cacheKey` — equal keys mean equal HTML — checked by changing each input a page shows and
 * watching the key of exactly the pages that show it change.
 */
import { describe, expect, it } from 'vitest';
import { buildNewsroom, type Newsroom, type NewsroomSource } from '#/domain/newsroom.ts';
import { archiveRoutes, articleRoutes, authorFeedRoutes, authorRoutes, monthRoutes, sectionFeedRoutes, sectionRoutes, tagRoutes } from '#/domain/routing.ts';
import { article, author, build, section, source } from '../helpers/newsroom-fixture.ts';

const PAGE = 2;
const stories = [
  article('a1', { published: '2026-05-01T08:00:00Z', tags: ['Trade'] }),
  article('a2', { published: '2026-05-02T08:00:00Z', tags: ['Trade', 'Water'], authors: ['bashir'] }),
  article('a3', { published: '2026-05-03T08:00:00Z', section: 'economy' }),
  article('a4', { published: '2026-04-04T08:00:00Z', section: 'economy', tags: ['Water'] }),
  article('a5', { published: '2026-04-05T08:00:00Z' }),
];

/** Every generated page of the newsroom with its key and the slugs it lists, by its URL parameters. */
function pages(n: Newsroom): Map<string, { key: string | undefined; shows: string[] }> {
  const out = new Map<string, { key: string | undefined; shows: string[] }>();
  const add = (kind: string, params: object, key: string | undefined, shows: string[]) => out.set(`${kind} ${JSON.stringify(params)}`, { key, shows });
  for (const r of articleRoutes(n)) add('article', r.params, r.cacheKey, [r.props.article.slug]);
  for (const r of archiveRoutes(n, PAGE)) add('archive', r.params, r.cacheKey, r.props.page.items.map((a) => a.slug));
  for (const r of monthRoutes(n, PAGE)) add('month', r.params, r.cacheKey, r.props.page.items.map((a) => a.slug));
  for (const r of sectionRoutes(n, PAGE)) add('section', r.params, r.cacheKey, r.props.page.items.map((a) => a.slug));
  for (const r of authorRoutes(n, PAGE)) add('author', r.params, r.cacheKey, r.props.page.items.map((a) => a.slug));
  for (const r of tagRoutes(n, PAGE)) add('tag', r.params, r.cacheKey, r.props.page.items.map((a) => a.slug));
  // Feeds list every article of their section or author here (fewer than the feed size).
  for (const r of sectionFeedRoutes(n)) add('section feed', r.params, r.cacheKey, n.articlesInSection(r.params.id).map((a) => a.slug));
  for (const r of authorFeedRoutes(n)) add('author feed', r.params, r.cacheKey, n.articlesByAuthor(r.params.id).map((a) => a.slug));
  return out;
}

const newsroom = (s: NewsroomSource) => buildNewsroom(s, build);

/** The pages whose key differs between two newsrooms (pages only in one of them count as changed). */
async function changed(before: NewsroomSource, after: NewsroomSource): Promise<Set<string>> {
  const [a, b] = [pages(await newsroom(before)), pages(await newsroom(after))];
  return new Set([...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id)?.key !== b.get(id)?.key));
}

describe('routing', () => {
  it('paginates every list and gives every page a key', async () => {
    const all = pages(await newsroom(source(stories)));
    expect([...all.keys()].filter((k) => k.startsWith('archive'))).toEqual(['archive {}', 'archive {"page":"2"}', 'archive {"page":"3"}']);
    expect([...all.keys()].filter((k) => k.startsWith('month'))).toEqual([
      'month {"year":"2026","month":"05"}',
      'month {"year":"2026","month":"05","page":"2"}',
      'month {"year":"2026","month":"04"}',
    ]);
    expect([...all.keys()].filter((k) => k.startsWith('tag'))).toEqual(['tag {"tag":"trade"}', 'tag {"tag":"water"}']);
    for (const [id, page] of all) expect(page.key, id).toMatch(/^[\w-]{43}$/);
    expect(new Set([...all.values()].map((p) => p.key)).size).toBe(all.size);
  });

  it('the same input gives the same keys', async () => {
    expect([...(await changed(source(stories), source(stories)))]).toEqual([]);
  });

  it("editing an article changes the key of every page that shows it, and of no list that does not", async () => {
    const edited = stories.map((s) => (s.id === 'a4' ? article('a4', { published: '2026-04-04T08:00:00Z', section: 'economy', tags: ['Water'] }, 'a4-edited') : s));
    const diff = await changed(source(stories), source(edited));
    const all = pages(await newsroom(source(stories)));
    for (const [id, page] of all) if (page.shows.includes('a4')) expect(diff.has(id), id).toBe(true);
    for (const [id, page] of all) if (!id.startsWith('article') && !page.shows.includes('a4')) expect(diff.has(id), id).toBe(false);
  });

  it("editing an author's file changes their page and every page showing their byline", async () => {
    const diff = await changed(source(stories), source(stories, { authors: [author('amina', 'Amina Yusufzai'), author('bashir', 'Bashir Ahmadi', 'new-bio')] }));
    expect(diff.has('author {"id":"bashir"}')).toBe(true);
    expect(diff.has('author feed {"id":"bashir"}')).toBe(true);
    expect(diff.has('author feed {"id":"amina"}')).toBe(false);
    expect(diff.has('article {"slug":"a2"}')).toBe(true);
    expect(diff.has('tag {"tag":"trade"}')).toBe(true); // shows a2
    expect(diff.has('author {"id":"amina"}')).toBe(false);
  });

  it('a section edited, added or renamed changes every page (the navigation is on every page)', async () => {
    const all = pages(await newsroom(source(stories)));
    const renamed = await changed(source(stories), source(stories, { sections: [section('politics', 'Politics', 1), section('economy', 'Economy and trade', 2, 'renamed')] }));
    expect(renamed.size).toBe(all.size);
  });

  it('a new article changes the archive pages (their total and their lists) and its own lists, not other sections', async () => {
    const diff = await changed(source(stories), source([...stories, article('a6', { published: '2026-03-01T08:00:00Z', section: 'economy' })]));
    for (const id of ['archive {}', 'archive {"page":"2"}', 'archive {"page":"3"}', 'article {"slug":"a6"}', 'month {"year":"2026","month":"03"}']) expect(diff.has(id), id).toBe(true);
    expect(diff.has('month {"year":"2026","month":"05"}')).toBe(false);
  });

  it("a topic's spelling (from its newest article) changes its page", async () => {
    const respelled = stories.map((s) => (s.id === 'a2' ? article('a2', { published: '2026-05-02T08:00:00Z', tags: ['TRADE', 'Water'], authors: ['bashir'] }, 'a2-respelled') : s));
    const [before, after] = [await newsroom(source(stories)), await newsroom(source(respelled))];
    expect(after.tags.find((t) => t.slug === 'trade')?.name).not.toBe(before.tags.find((t) => t.slug === 'trade')?.name);
    expect((await changed(source(stories), source(respelled))).has('tag {"tag":"trade"}')).toBe(true);
  });

  it('a page moving to another page number changes its pagination links and key', async () => {
    const fewer = stories.filter((s) => s.id !== 'a5');
    const diff = await changed(source(stories), source(fewer));
    expect(diff.has('archive {"page":"3"}')).toBe(true); // gone
    expect(diff.has('archive {"page":"2"}')).toBe(true); // now the last page
  });
});
