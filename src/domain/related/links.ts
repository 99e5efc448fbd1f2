/**
 * The related links of a newsroom: the one computation behind the pages' "Related" (newsroom.ts `relatedFor`) and
 * `npm run related` (scripts/related-explain.ts), so the explanation lists exactly the links the pages get. The
 * engine at `site.relatedCount`, then the desk-copy rule; asking for an explanation (near misses, shared evidence)
 * adds to the result and never changes the picks.
 */
import { site } from '#/site.config.ts';
import { onSiteOriginal } from '../site-links.ts';
import { computeRelated, type RelatedPick, type RelatedResult } from './engine.ts';
import { toRelatedInput, type RelatableArticle } from './inputs.ts';

/** An article as the related links read it: the engine's facts and the `canonical` the desk-copy rule reads. */
export interface LinkableArticle extends RelatableArticle {
  data: RelatableArticle['data'] & { canonical?: string | undefined };
}

/** What `npm run related` asks for beside the picks. */
export interface Explanation {
  /** The best candidates that just missed. */
  nearMisses: number;
  /** Shared names, terms, tags and thread neighbours listed per pick (of each kind). */
  shared: number;
}

export interface RelatedLinks extends RelatedResult {
  /** Automatic picks left out as the same story twice (a desk's copy of it, or its original). */
  copies: string[];
}

/** Related links for every article, by slug: pins first, then automatic picks, as the pages list them. */
export function relatedLinks(articles: readonly LinkableArticle[], explain?: Explanation): Map<string, RelatedLinks> {
  const inputs = articles.map(toRelatedInput);
  const wanted = explain?.nearMisses ?? 0;
  // The engine ranks a few spare candidates past the picks, so a list that loses a copy is refilled from them and
  // keeps `relatedCount` links where the archive has them (asking for more never changes the engine's order).
  const spare = site.relatedCount;
  const engine = computeRelated(inputs, { count: site.relatedCount, nearMisses: wanted + spare, explain: explain?.shared ?? 0 });
  const canonical = new Map(articles.map((a) => [a.slug, a.data.canonical]));
  const linked = new Map(inputs.map((a) => [a.slug, a.linked]));
  const originalOf = (slug: string) => onSiteOriginal(canonical.get(slug), site.url);
  // A desk's copy of a story of this site (canonical naming it) is one story twice: its related links never list
  // its original, the original never lists it, and a list holding the original, or a body linking it (round 30b
  // #3), does not repeat it as its copy; nor a body linking the copy its original. The editor's pins stay as pinned
  // (issue 10's notes).
  const copy = (slug: string, p: RelatedPick, listed: ReadonlySet<string>): boolean => {
    if (p.pinned) return false;
    const original = originalOf(p.slug);
    const inBody = linked.get(slug) ?? [];
    return p.slug === originalOf(slug) || original === slug || (original !== undefined && (listed.has(original) || inBody.includes(original))) || inBody.some((l) => originalOf(l) === p.slug);
  };
  const links = new Map<string, RelatedLinks>();
  for (const [slug, { picks, nearMisses }] of engine) {
    const pins = picks.filter((p) => p.pinned);
    const autos = [...picks.filter((p) => !p.pinned), ...nearMisses];
    const ranked = new Set(autos.map((p) => p.slug));
    const free = site.relatedCount - pins.length;
    const kept = autos.filter((p) => !copy(slug, p, ranked));
    links.set(slug, {
      picks: [...pins, ...kept.slice(0, free)],
      nearMisses: kept.slice(free, free + wanted),
      copies: autos.slice(0, free).filter((p) => copy(slug, p, ranked)).map((p) => p.slug),
    });
  }
  return links;
}
