/**
 * Related articles (src/domain/related/): quality over a labelled fixture newsroom, and every rule on small
 * hand-built inputs. No timings here; performance is measured outside the test suite.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { computeRelated, type RelatedInput } from '#/domain/related/engine.ts';
import { toRelatedInput, type RelatableArticle } from '#/domain/related/inputs.ts';
import { relatedInputsOf } from '#/domain/related/rendered.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { DAY, input, picksOf, T0 } from './related-input.ts';
import { normaliseTerm, words } from '#/domain/related/terms.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/related-corpus/', import.meta.url));
/** After every fixture article but the one scheduled for 2099. */
const NOW = Date.parse('2026-06-01T00:00:00Z');
const PROD: VisibilityContext = { now: NOW, includeDrafts: false };
/** The slugs a body links to, as the pipeline records them from the finished page (rehype-article-facts.ts). */
const render = createMarkdownRenderer();
const linkedOf = (markdown: string) => render(markdown).linked;
/** Story threads and unrelated filler, enough for term rarity to mean something. */
function smallNewsroom(): RelatedInput[] {
  return [
    input('torkham-closed', {
      day: 0,
      title: 'Torkham crossing closed after exchange of fire',
      description: 'Border forces traded fire overnight near the Torkham gate; lorries queue on the Jalalabad highway.',
      tags: ['torkham', 'border', 'politics'],
    }),
    input('torkham-lorries-stranded', {
      day: 3,
      title: 'Lorries stranded as Torkham closure enters fourth day',
      description: 'Fruit rots in lorries queued on the Jalalabad highway while the Torkham gate stays shut.',
      tags: ['torkham', 'trade'],
    }),
    input('torkham-reopens', {
      day: 9,
      title: 'Torkham reopens after commanders agree patrol schedule',
      description: 'Lorries cross the Torkham gate again after border commanders agree joint patrols.',
      tags: ['torkham', 'border'],
    }),
    input('salang-avalanche', {
      day: 1,
      title: 'Avalanche buries vehicles at the Salang tunnel',
      description: 'Snow came down on the Salang highway near the tunnel gallery, trapping cars.',
      tags: ['salang', 'highways'],
    }),
    input('salang-reopens', {
      day: 6,
      title: 'Salang tunnel reopens to light traffic',
      description: 'Cars cross the Salang pass again; lorries wait while the tunnel gallery is repaired.',
      tags: ['salang', 'highways'],
    }),
    input('budget-debate', {
      day: 2,
      section: 'economy',
      title: 'Ministers debate the national budget',
      description: 'The cabinet argued over spending on salaries and schools.',
      tags: ['politics', 'economy'],
    }),
    input('wheat-prices', {
      day: 5,
      section: 'economy',
      title: 'Wheat flour prices climb in Kabul markets',
      description: 'Bakers shrink loaves as flour imports slow.',
      tags: ['economy'],
    }),
  ];
}

describe('quality over the labelled fixture newsroom', () => {
  const threads = JSON.parse(readFileSync(`${FIXTURE}threads.json`, 'utf8')) as Record<string, string[] | string>;
  const threadOf = new Map<string, string>();
  for (const [thread, slugs] of Object.entries(threads)) if (Array.isArray(slugs)) for (const s of slugs) threadOf.set(s, thread);
  const content = checkContent({ root: ROOT, contentDir: `${FIXTURE}content`, visibility: PROD });
  const visible = content.articles.filter((a) => isVisible(a.data, PROD));
  // Editor pins are stripped: the measure is of the automatic picks alone.
  const inputs = relatedInputsOf(visible).map((a) => ({ ...a, pinned: [] }));
  const related = computeRelated(inputs, { count: 4 });

  it('the fixture is valid content with at least 5 threads of 4-6 articles and 20 filler articles', () => {
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const sizes = Object.values(threads).filter(Array.isArray).map((s) => s.length);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(4);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(6);
    for (const slug of threadOf.keys()) expect(visible.some((a) => a.id === slug), slug).toBe(true);
    expect(visible.filter((a) => !threadOf.has(a.id)).length).toBeGreaterThanOrEqual(20);
    expect(visible.some((a) => threadOf.has(a.id) && (a.data.lang === 'ps' || a.data.lang?.startsWith('fa')))).toBe(true);
  });

  it('the top 4 automatic picks of each thread article come from its own thread in at least 90% of slots', () => {
    let slots = 0;
    let inThread = 0;
    const misses: string[] = [];
    for (const [slug, thread] of threadOf) {
      const picks = picksOf(related, slug);
      slots += 4;
      for (const p of picks) {
        if (threadOf.get(p) === thread) inThread++;
        else misses.push(`${slug} → ${p}`);
      }
    }
    const share = inThread / slots;
    expect(share, `${inThread}/${slots} in-thread; out of thread: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('the Dari thread finds its own articles by text, not by language alone', () => {
    const dari = Object.entries(threads).find(([name]) => name.includes('dari'))?.[1] as string[];
    for (const slug of dari) {
      const result = related.get(slug);
      const textual = (result?.picks ?? []).filter((p) => dari.includes(p.slug) && p.parts.text > 0);
      expect(textual.length, slug).toBe(dari.length - 1);
    }
  });

  it('drafts and scheduled articles of the fixture are never picked, even though they match threads closely', () => {
    const hidden = content.articles.filter((a) => !isVisible(a.data, PROD)).map((a) => a.id);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const result of related.values()) {
      for (const p of [...result.picks, ...result.nearMisses]) expect(hidden).not.toContain(p.slug);
    }
  });
});

describe('exclusion rules', () => {
  it('never picks the article itself, even when it is pinned to itself', () => {
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), pinned: ['torkham-closed'] };
    const related = computeRelated(list, { count: 4, nearMisses: 5 });
    for (const [slug, result] of related) {
      expect([...result.picks, ...result.nearMisses].map((p) => p.slug)).not.toContain(slug);
    }
  });

  it('never picks drafts or scheduled articles: the site feeds only articles that pass the visibility rule', () => {
    const at = (epoch: number): NewsDate => ({ epoch, iso: new Date(epoch).toISOString(), dateOnly: false });
    const article = (slug: string, title: string, published: number, draft = false, related: string[] = []): RelatableArticle & { data: { draft: boolean } } => ({
      slug,
      bag: { terms: [], counts: [], named: [], words: 0 },
      linked: [],
      data: { title, description: '', published: at(published), authors: ['reporter'], section: 'security', tags: ['torkham'], related, draft },
    });
    const now = T0 + 30 * DAY;
    const all = [
      article('torkham-closed', 'Torkham crossing closed after exchange of fire', T0, false, ['torkham-draft', 'torkham-scheduled']),
      article('torkham-draft', 'Torkham crossing closed after exchange of fire: draft follow-up', T0 + DAY, true),
      article('torkham-scheduled', 'Torkham crossing closed after exchange of fire: scheduled follow-up', now + DAY),
      article('torkham-reopens', 'Torkham crossing reopens', T0 + 9 * DAY),
    ];
    const ctx: VisibilityContext = { now, includeDrafts: false };
    const visible = all.filter((a) => isVisible(a.data, ctx));
    expect(visible.map((a) => a.slug)).toEqual(['torkham-closed', 'torkham-reopens']);
    const related = computeRelated(visible.map(toRelatedInput), { count: 4, nearMisses: 5 });
    const result = related.get('torkham-closed');
    // The pins to the draft and the scheduled article are dropped too.
    expect(result?.picks.map((p) => p.slug)).toEqual(['torkham-reopens']);
    expect(result?.nearMisses).toEqual([]);
  });

  it('never repeats an article: pins listed twice, a pin that would also be picked, a slug given twice', () => {
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), pinned: ['torkham-reopens', 'torkham-reopens', 'salang-avalanche'] };
    list.push({ ...(list[1] as RelatedInput) }); // the same article read twice
    const related = computeRelated(list, { count: 4, nearMisses: 5 });
    for (const result of related.values()) {
      const slugs = [...result.picks, ...result.nearMisses].map((p) => p.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    expect(picksOf(related, 'torkham-closed').slice(0, 2)).toEqual(['torkham-reopens', 'salang-avalanche']);
  });

  it('does not repeat, as an automatic pick, an article the body already links to (both link forms)', () => {
    const body = 'As [we reported](./torkham-lorries-stranded.md), queues grew. See also [the reopening](/articles/torkham-reopens/).';
    expect(linkedOf(body).sort()).toEqual(['torkham-lorries-stranded', 'torkham-reopens']);
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), linked: linkedOf(body) };
    const withLinks = computeRelated(list, { count: 4, nearMisses: 5 });
    const without = computeRelated(smallNewsroom(), { count: 4 });
    expect(picksOf(without, 'torkham-closed')).toContain('torkham-reopens');
    const all = [...(withLinks.get('torkham-closed')?.picks ?? []), ...(withLinks.get('torkham-closed')?.nearMisses ?? [])];
    expect(all.map((p) => p.slug)).not.toContain('torkham-reopens');
    expect(all.map((p) => p.slug)).not.toContain('torkham-lorries-stranded');
  });

  it('keeps an editor pin even when the body links to it too', () => {
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), linked: ['torkham-reopens'], pinned: ['torkham-reopens'] };
    const related = computeRelated(list, { count: 4 });
    expect(related.get('torkham-closed')?.picks[0]).toMatchObject({ slug: 'torkham-reopens', pinned: true });
  });

  it('links in code are not body links; every form of a link to an article is, raw HTML included', () => {
    expect(linkedOf('```\n[x](./torkham-reopens.md)\n```\n~~~\n[x](/articles/a/)\n~~~\nText `[x](./b.md)`.')).toEqual([]);
    expect(linkedOf('[elsewhere](https://example.com/articles.md.html) and [a file](./photo.png)')).toEqual([]);
    expect(linkedOf('[a](../10/a.md) [b](https://dateline.example.org/articles/b) <a href="/articles/c/">c</a>\n\n[d][ref]\n\n[ref]: /articles/d/')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not pick an article that shares nothing, even if that leaves slots empty', () => {
    const list = [
      input('a', { title: 'Torkham crossing closed', tags: ['torkham'] }),
      input('b', { title: 'Torkham crossing reopens', tags: ['torkham'], day: 2 }),
      input('c', { title: 'Cricket team returns', section: 'society', authors: ['other'], tags: ['cricket'], day: 1 }),
    ];
    expect(picksOf(computeRelated(list, { count: 4 }), 'a')).toEqual(['b']);
  });
});

describe('pinning', () => {
  it('pins come first, in the editor order, then automatic picks fill up to the count', () => {
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), pinned: ['wheat-prices', 'salang-reopens'] };
    const result = computeRelated(list, { count: 4 }).get('torkham-closed');
    expect(result?.picks.map((p) => [p.slug, p.pinned])).toEqual([
      ['wheat-prices', true],
      ['salang-reopens', true],
      ['torkham-lorries-stranded', false],
      ['torkham-reopens', false],
    ]);
  });

  it('a pinned slug that is not visible (or does not exist) is dropped and its slot goes to an automatic pick', () => {
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), pinned: ['torkham-draft', 'salang-reopens', 'no-such-article'] };
    const picks = computeRelated(list, { count: 3 }).get('torkham-closed')?.picks ?? [];
    expect(picks.map((p) => p.slug)).toEqual(['salang-reopens', 'torkham-lorries-stranded', 'torkham-reopens']);
    expect(picks.map((p) => p.pinned)).toEqual([true, false, false]);
  });

  it('every pin is kept even beyond the count; the count is configurable and 4 fills four slots', () => {
    const list = smallNewsroom();
    list[0] = { ...(list[0] as RelatedInput), pinned: ['wheat-prices', 'salang-reopens', 'budget-debate'] };
    expect(picksOf(computeRelated(list, { count: 2 }), 'torkham-closed')).toEqual(['wheat-prices', 'salang-reopens', 'budget-debate']);
    expect(picksOf(computeRelated(smallNewsroom(), { count: 1 }), 'torkham-closed')).toHaveLength(1);
    expect(picksOf(computeRelated(smallNewsroom(), { count: 2 }), 'torkham-closed')).toHaveLength(2);
  });
});

describe('ranking', () => {
  it('articles in the same language come first, even when another language scores higher', () => {
    const list = [
      input('a', { lang: 'ps', title: 'Torkham crossing closed', tags: ['torkham'] }),
      input('english-twin', { lang: 'en', title: 'Torkham crossing closed again', tags: ['torkham'], day: 1 }),
      input('pashto-weak', { lang: 'ps', title: 'Torkham weather', tags: [], day: 20 }),
    ];
    const result = computeRelated(list, { count: 2 }).get('a');
    expect(result?.picks.map((p) => p.slug)).toEqual(['pashto-weak', 'english-twin']);
    expect((result?.picks[1]?.score ?? 0) > (result?.picks[0]?.score ?? 0)).toBe(true);
    expect(result?.picks.map((p) => p.sameLang)).toEqual([true, false]);
  });

  it('equal scores break by newer first, then by slug', () => {
    const same = { title: 'Torkham crossing closed', tags: ['torkham'] };
    const list = [
      input('a', { ...same, day: 10 }),
      input('older', { ...same, day: 7 }),
      input('newer', { ...same, day: 13 }),
      input('b-same-time', { ...same, day: 13 }),
      input('filler', { title: 'Cricket team returns', section: 'society', authors: ['x'], day: 1 }),
    ];
    const result = computeRelated(list, { count: 3 }).get('a');
    const scores = result?.picks.map((p) => p.score) ?? [];
    expect(new Set(scores).size).toBe(1);
    expect(result?.picks.map((p) => p.slug)).toEqual(['b-same-time', 'newer', 'older']);
  });

  it('is deterministic: any input order gives identical output', () => {
    const content = checkContent({ root: ROOT, contentDir: `${FIXTURE}content`, visibility: PROD });
    const inputs = relatedInputsOf(content.articles.filter((a) => isVisible(a.data, PROD)));
    const snapshot = (list: RelatedInput[]) => JSON.stringify([...computeRelated(list, { count: 4, nearMisses: 5 })].sort(([x], [y]) => (x < y ? -1 : 1)));
    const expected = snapshot(inputs);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 5; run++) {
      const shuffled = [...inputs];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j] as RelatedInput, shuffled[i] as RelatedInput];
      }
      expect(snapshot(shuffled)).toBe(expected);
    }
    expect(snapshot([...inputs].reverse())).toBe(expected);
  });

  it('a follow-up of the same story beats an old piece that shares one tag', () => {
    const list = [
      ...smallNewsroom(),
      input('torkham-old-feature', {
        day: -700,
        title: 'A history of the Khyber Pass',
        description: 'Caravans, forts and the railway built through the pass a century ago.',
        tags: ['torkham'],
      }),
    ];
    const result = computeRelated(list, { count: 4, nearMisses: 5 }).get('torkham-lorries-stranded');
    const order = [...(result?.picks ?? []), ...(result?.nearMisses ?? [])].map((p) => p.slug);
    expect(order.indexOf('torkham-reopens')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('torkham-reopens')).toBeLessThan(order.indexOf('torkham-old-feature') === -1 ? Infinity : order.indexOf('torkham-old-feature'));
    const followUp = result?.picks.find((p) => p.slug === 'torkham-reopens');
    const old = [...(result?.picks ?? []), ...(result?.nearMisses ?? [])].find((p) => p.slug === 'torkham-old-feature');
    expect(followUp?.parts.time ?? 0).toBeGreaterThan(old?.parts.time ?? 0);
    expect(followUp?.parts.text ?? 0).toBeGreaterThan(0);
  });

  it('in a large archive where the story names are common, follow-ups near in time are still found', () => {
    // 400 Torkham stories over three years: the "torkham" tag and term are too common for their whole postings
    // lists to be read (only the articles nearest in time are proposed); the rarer words and tag the two
    // shooting stories share still bring them together, and the archive does not crowd them out.
    const archive = Array.from({ length: 400 }, (_, k) =>
      input(`torkham-archive-${String(k).padStart(3, '0')}`, {
        day: -1100 + k * 2.5,
        title: `Torkham crossing report number ${k}`,
        description: 'Traffic at the Torkham gate on the Jalalabad highway.',
        tags: ['torkham', 'politics'],
      }),
    );
    const story = [
      input('torkham-shooting', {
        day: 30,
        title: 'Shooting at Torkham gate wounds customs officers',
        description: 'Customs officers wounded as gunmen opened fire at the Torkham gate.',
        tags: ['torkham', 'customs'],
      }),
      input('torkham-shooting-arrests', {
        day: 33,
        title: 'Arrests after shooting at Torkham gate that wounded customs officers',
        description: 'Police detain suspects in the shooting of customs officers at the Torkham gate.',
        tags: ['torkham', 'customs'],
      }),
    ];
    const result = computeRelated([...archive, ...story], { count: 4 });
    expect(picksOf(result, 'torkham-shooting')[0]).toBe('torkham-shooting-arrests');
    expect(picksOf(result, 'torkham-shooting-arrests')[0]).toBe('torkham-shooting');
  });

  it('explains every score as the sum of its parts', () => {
    const result = computeRelated(smallNewsroom(), { count: 4, nearMisses: 5 });
    for (const r of result.values()) {
      for (const p of [...r.picks, ...r.nearMisses]) {
        const { tags, text, thread, section, author, time } = p.parts;
        expect(p.score).toBeCloseTo(tags + text + thread + section + author + time, 10);
      }
    }
  });
});

describe('right-to-left languages', () => {
  // Pashto: a follow-up written with Arabic letter variants (ي for ی, ك for ک), a tatweel and a zero-width
  // non-joiner, as different keyboards produce; and an unrelated Pashto story in the same section.
  const pashto = [
    input('ps-flood', {
      lang: 'ps',
      title: 'په بغلان کې سېلاب د کلیو کورونه ویجاړ کړل',
      description: 'د بغلان ولایت په نهرین ولسوالۍ کې سېلاب سل کورونه ویجاړ کړل او کروندې یې له منځه یوړې.',
      tags: [],
    }),
    input('ps-flood-aid', {
      lang: 'ps',
      day: 2,
      title: 'نهرین ته د سېلاب ځپلو لپاره مرستې ورسېدې',
      description: 'د بغلان ولايت په نهرين ولسوالۍ كې د سېـلاب ځپلو کورنیو ته خیمې او خوراکي توکي ورسېدل.',
      tags: [],
    }),
    input('ps-cricket', {
      lang: 'ps',
      day: 1,
      title: 'د کرکټ ملي لوبډله کابل ته راستنه شوه',
      description: 'زرګونو مینه والو د کابل هوایي ډګر ته نږدې د لوبغاړو هرکلی وکړ.',
      tags: [],
    }),
    input('ps-prices', {
      lang: 'ps',
      day: 3,
      title: 'په کابل کې د اوړو بیې لوړې شوې',
      description: 'نانوایانو وویل چې د اوړو بیې په یوه میاشت کې لوړې شوې دي.',
      tags: [],
    }),
  ];

  it('splits Pashto and Dari text into words with Intl.Segmenter and unifies letter variants', () => {
    expect(words('د بغلان ولایت په نهرین ولسوالۍ کې', 'ps')).toEqual(['د', 'بغلان', 'ولایت', 'په', 'نهرین', 'ولسوالۍ', 'کې']);
    expect(normaliseTerm('ولايت')).toBe(normaliseTerm('ولایت'));
    expect(normaliseTerm('نهرين')).toBe('نهرین');
    expect(normaliseTerm('سېـلاب')).toBe('سېلاب');
    expect(normaliseTerm('زنده‌جان')).toBe(normaliseTerm('زندهجان'));
    expect(normaliseTerm('زلزلهٔ')).toBe('زلزله');
    expect(normaliseTerm('په')).toBeUndefined(); // a Pashto stop word
    expect(normaliseTerm('۱۴۰۴')).toBeUndefined(); // Eastern Arabic digits are numbers
  });

  it('relates a Pashto follow-up to its story by text alone, despite spelling variants', () => {
    const result = computeRelated(pashto, { count: 3 }).get('ps-flood');
    expect(result?.picks[0]?.slug).toBe('ps-flood-aid');
    expect(result?.picks[0]?.parts.text).toBeGreaterThan(0);
    expect(result?.picks[0]?.parts.tags).toBe(0);
    for (const p of result?.picks.slice(1) ?? []) expect(p.parts.text).toBe(0);
  });
});
