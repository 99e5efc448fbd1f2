/**
 * Round 29, blind tester: `npm run related` listed other links than the built pages for 6 of the 26 sample
 * articles (wheat-harvest…: the page had winter-fuel-prices-climb…, the tool trade-delegation-from-astana… and
 * winter-fuel as a near miss). The tool asked the engine for near misses, which widened the first pass's
 * neighbour lists and so changed every thread score. Now the pages and the tool call one function
 * (src/domain/related/links.ts) and the near misses never change the picks.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, contentDirFor } from '#/check/content-check.ts';
import { factsOf, packBag } from '#/build/article-facts.ts';
import { visibleArticles } from '#/build/content-load.ts';
import { runJob } from '#/build/render-batch.ts';
import { checkVisibility, decideContext } from '#/domain/context.ts';
import { buildNewsroom, type ArticleEntry, type AuthorEntry, type SectionEntry } from '#/domain/newsroom.ts';
import { computeRelated } from '#/domain/related/engine.ts';
import { relatedLinks } from '#/domain/related/links.ts';
import { site } from '#/site.config.ts';
import { article } from '../helpers/newsroom-fixture.ts';
import { toRelatedInput } from '#/domain/related/inputs.ts';
import { articleRoutes } from '#/domain/routing.ts';
import { renderSourceOf } from '#/markdown/pipeline.ts';
import { explainRelated } from '../../scripts/related-explain.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2026-12-03T07:00:00Z';
const ctx = decideContext('build', ROOT, { DATELINE_NOW: NOW });
const WHEAT = 'wheat-harvest-in-north-beats-forecasts-despite-late-rains';

/**
 * The pages' related links as a build makes them, without Astro: the loader's check and visible list, each body
 * rendered by the loader's job (src/build/newsroom-loader.ts) and stored as it stores it (the bag packed), read back
 * by the newsroom's one reader (`factsOf`), then `articleRoutes` and `relatedFor` as the article route calls them.
 */
async function pageLinks(): Promise<Map<string, string[]>> {
  const content = checkContent({ root: ROOT, visibility: checkVisibility(ctx) });
  const entries = visibleArticles(content, ctx).map((record) => {
    const out = runJob({ body: record.body, lang: record.data.lang, ...renderSourceOf(contentDirFor(ROOT), record.path), related: { lang: record.data.lang } });
    if ('error' in out) throw new Error(`${record.file}: ${out.error}`);
    const metadata = { headings: out.headings, wordCount: out.wordCount, lead: out.lead, linked: out.linked, relatedBag: packBag(out.relatedBag!) };
    return { id: record.id, data: record.data, digest: record.id, collection: 'articles', filePath: record.file, rendered: { html: out.html, metadata } };
  });
  const n = await buildNewsroom(
    {
      articles: entries as unknown as ArticleEntry[],
      authors: content.authors as unknown as AuthorEntry[],
      sections: content.sections as unknown as SectionEntry[],
      tags: [],
      facts: factsOf,
      prepareImages: async () => undefined,
    },
    ctx,
  );
  return new Map(articleRoutes(n).map((r) => [r.params.slug, n.relatedFor(r.params.slug).map((a) => a.slug)]));
}

let pages: Promise<Map<string, string[]>> | undefined;
const pageLinksOnce = () => (pages ??= pageLinks());

describe('npm run related lists the links the pages get (round 29)', () => {
  it('for every sample article, the same picks in the same order as the article route', async () => {
    const page = await pageLinksOnce();
    const tool = explainRelated(ctx);
    expect(page.size).toBe(26);
    expect(tool.articles.map((a) => a.slug).sort()).toEqual([...page.keys()].sort());
    const toolPicks = new Map([...page.keys()].map((slug) => [slug, (tool.links.get(slug)?.picks ?? []).map((p) => p.slug)]));
    expect(toolPicks).toEqual(page);
    // The tester's case, as the page shows it.
    expect(page.get(WHEAT)).toEqual([
      'central-bank-auction-draws-strongest-bids-in-three-months',
      'kabul-bakers-brace-for-winter-as-flour-prices-climb',
      'winter-fuel-prices-climb-as-importers-pass-on-higher-costs',
      'lorries-stranded-as-torkham-closure-enters-fourth-day',
    ]);
  });

  it('the command itself prints those picks (--json)', async () => {
    const page = await pageLinksOnce();
    const run = spawnSync(process.execPath, ['scripts/related.ts', WHEAT, '--json'], { cwd: ROOT, env: { ...process.env, DATELINE_NOW: NOW }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { picks: { slug: string }[]; nearMisses: { slug: string }[] };
    expect(out.picks.map((p) => p.slug)).toEqual(page.get(WHEAT));
    expect(out.nearMisses.map((p) => p.slug)).toContain('trade-delegation-from-astana-seeks-flour-and-rail-freight-deals');
  });

  it('asking for near misses and shared evidence never changes the engine\'s picks or their scores', () => {
    const { articles } = explainRelated(ctx);
    const inputs = articles.map(toRelatedInput);
    const plain = computeRelated(inputs, { count: 4 });
    for (const nearMisses of [1, 5, 12]) {
      const explained = computeRelated(inputs, { count: 4, nearMisses, explain: 4 });
      for (const [slug, r] of plain) {
        expect(explained.get(slug)?.picks.map((p) => [p.slug, p.score]), `${slug}, ${nearMisses} near misses`).toEqual(r.picks.map((p) => [p.slug, p.score]));
      }
    }
  });

  it("names the picks the desk-copy rule left out, as the pages leave them out", () => {
    const base = site.url.replace(/\/$/, '');
    const tags = ['wheat', 'harvest', 'kunduz'];
    const bag = { terms: [], counts: [], named: [], words: 0 };
    const list = [
      article('wheat-harvest', { published: '2026-05-01T08:00:00Z', tags }),
      article('wheat-harvest-society', { published: '2026-05-02T08:00:00Z', tags, canonical: `${base}/articles/wheat-harvest/` }),
      article('wheat-prices', { published: '2026-05-03T08:00:00Z', tags }),
    ].map((e) => ({ slug: e.id, bag, linked: [], data: e.data }));
    const links = relatedLinks(list);
    expect(links.get('wheat-harvest')?.picks.map((p) => p.slug)).toEqual(['wheat-prices']);
    expect(links.get('wheat-harvest')?.copies).toEqual(['wheat-harvest-society']);
    expect(links.get('wheat-prices')?.picks.map((p) => p.slug)).toEqual(['wheat-harvest']);
    expect(links.get('wheat-prices')?.copies).toEqual(['wheat-harvest-society']);
  });
});
