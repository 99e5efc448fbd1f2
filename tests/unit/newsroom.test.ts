/**
 * The newsroom as a specification, built from in-memory collections (no Astro build, no content layer): the one
 * visibility rule, the one order, the lists every page reads, the facts read through typed handles, and the keys
 * that decide which pages an incremental build may copy.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildNewsroom, type NewsroomSource } from '#/domain/newsroom.ts';
import { article, author, build, dev, section, source } from '../helpers/newsroom-fixture.ts';

// Nothing here may reach the content layer: the newsroom is built from the source it is given.
vi.mock('astro:content', () => {
  throw new Error('the newsroom must not query astro:content itself');
});

const sample = [
  article('older', { published: '2026-05-01T08:00:00Z', tags: ['Trade', 'Kabul'] }),
  article('newer', { published: '2026-05-20T08:00:00Z', authors: ['bashir', 'amina'], tags: ['Trade'] }),
  article('same-time-b', { published: '2026-05-10T08:00:00Z', section: 'economy' }),
  article('same-time-a', { published: '2026-05-10T08:00:00Z', section: 'economy' }),
  article('draft', { published: '2026-05-02T08:00:00Z', draft: true }),
  article('scheduled', { published: '2026-07-01T08:00:00Z' }),
];

describe('newsroom', () => {
  it('a build shows published articles only, newest first, equal times by slug', async () => {
    const n = await buildNewsroom(source(sample), build);
    expect(n.articles.map((a) => a.slug)).toEqual(['newer', 'same-time-a', 'same-time-b', 'older']);
    expect(n.bySlug.has('draft')).toBe(false);
    expect(n.bySlug.has('scheduled')).toBe(false);
  });

  it('the development server previews drafts and scheduled articles', async () => {
    const n = await buildNewsroom(source(sample), dev);
    expect(n.articles.map((a) => a.slug)).toEqual(['scheduled', 'newer', 'same-time-a', 'same-time-b', 'draft', 'older']);
  });

  it('lists sections in their order, authors by name, each with their articles', async () => {
    const n = await buildNewsroom(source(sample), build);
    expect(n.sections.map((s) => s.id)).toEqual(['politics', 'economy']);
    expect(n.authors.map((a) => a.id)).toEqual(['amina', 'bashir']);
    expect(n.articlesInSection('economy').map((a) => a.slug)).toEqual(['same-time-a', 'same-time-b']);
    expect(n.articlesByAuthor('bashir').map((a) => a.slug)).toEqual(['newer']);
    expect(n.articlesInSection('nowhere')).toEqual([]);
  });

  it('a section or author with no visible article gets no page', async () => {
    const n = await buildNewsroom(source([article('only', { published: '2026-05-01T08:00:00Z' })]), build);
    expect(n.sections.map((s) => s.id)).toEqual(['politics']);
    expect(n.authors.map((a) => a.id)).toEqual(['amina']);
  });

  it('groups tags by their URL form and months in the newsroom zone', async () => {
    const n = await buildNewsroom(source(sample), build);
    expect(n.tags.map((t) => [t.slug, t.articles.map((a) => a.slug)])).toEqual([
      ['kabul', ['older']],
      ['trade', ['newer', 'older']],
    ]);
    expect(n.months.map((m) => [m.year, m.month, m.articles.length])).toEqual([[2026, 5, 4]]);
  });

  it('reads the pipeline facts through typed handles', async () => {
    const n = await buildNewsroom(source(sample), build);
    const a = n.bySlug.get('older')!;
    expect(a.html()).toBe('<p>older</p>');
    expect(a.headings).toEqual([{ depth: 2, slug: 'h', text: 'H' }]);
    expect(a.wordCount).toBe(450);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(2);
  });

  it('an article is "updated" only when updated is later than published', async () => {
    const n = await buildNewsroom(
      source([
        article('same', { published: '2026-05-01T08:00:00Z', updated: '2026-05-01T08:00:00Z' }),
        article('later', { published: '2026-05-01T08:00:00Z', updated: '2026-05-03T08:00:00Z' }),
      ]),
      build,
    );
    expect(n.bySlug.get('same')).toMatchObject({ wasUpdated: false, modified: { epoch: Date.parse('2026-05-01T08:00:00Z') } });
    expect(n.bySlug.get('later')).toMatchObject({ wasUpdated: true, modified: { epoch: Date.parse('2026-05-03T08:00:00Z') } });
  });

  it('an update within the published minute is no update (pages show minutes)', async () => {
    const n = await buildNewsroom(
      source([
        article('seconds', { published: '2026-05-20T10:00:00+04:30', updated: '2026-05-20T10:00:30+04:30' }),
        article('fraction', { published: '2026-05-20T10:00:00+04:30', updated: '2026-05-20T10:00:00.500+04:30' }),
        article('next-minute', { published: '2026-05-20T10:00:59+04:30', updated: '2026-05-20T10:01:00+04:30' }),
      ]),
      build,
    );
    expect(n.bySlug.get('seconds')).toMatchObject({ wasUpdated: false, modified: { epoch: Date.parse('2026-05-20T10:00:00+04:30') } });
    expect(n.bySlug.get('fraction')).toMatchObject({ wasUpdated: false });
    expect(n.bySlug.get('next-minute')).toMatchObject({ wasUpdated: true });
  });

  it("an article's key changes with its file, its authors' and its section's", async () => {
    const keyOf = async (s: NewsroomSource) => (await buildNewsroom(s, build)).bySlug.get('older')!.key;
    const base = await keyOf(source(sample));
    expect(await keyOf(source(sample))).toBe(base);
    expect(await keyOf(source([article('older', { published: '2026-05-01T08:00:00Z', tags: ['Trade', 'Kabul'] }, 'edited'), ...sample.slice(1)]))).not.toBe(base);
    expect(await keyOf(source(sample, { authors: [author('amina', 'Amina Yusufzai', 'bio-edited'), author('bashir', 'Bashir Ahmadi')] }))).not.toBe(base);
    expect(await keyOf(source(sample, { sections: [section('politics', 'Politics', 1, 'renamed'), section('economy', 'Economy', 2)] }))).not.toBe(base);
  });

  it('every page key changes with the site-wide navigation (a section file edited)', async () => {
    const a = await buildNewsroom(source(sample), build);
    const b = await buildNewsroom(source(sample, { sections: [section('politics', 'Politics', 1), section('economy', 'Economy', 2, 'edited')] }), build);
    expect(a.pageKey({ x: 1 })).toBe((await buildNewsroom(source(sample), build)).pageKey({ x: 1 }));
    expect(b.pageKey({ x: 1 })).not.toBe(a.pageKey({ x: 1 }));
    expect(a.pageKey({ x: 2 })).not.toBe(a.pageKey({ x: 1 }));
  });

  it('the front page is composed here: the newest stories, then section blocks without repeats', async () => {
    const n = await buildNewsroom(source(sample), build);
    const front = n.frontPage();
    expect(front.lead?.article.slug).toBe('newer');
    const onFront = new Set(front.onPage);
    for (const block of front.blocks) for (const a of block.articles) expect(onFront.has(a.slug)).toBe(false);
  });
});
