/**
 * Related articles an editor would have picked. Pinned slugs first, in the editor's order; then automatic
 * picks scored by the evidence that two articles tell the same story (BM25-weighted full text with shared
 * proper names counting extra, and tags weighted by rarity and by how specific their spread shows them to be),
 * with section, authors and nearness in time only as tie-breakers (the formula and every weight are in
 * `weights.ts`).
 *
 * Input is the list of VISIBLE articles only: drafts and scheduled articles can never be picked, and a pinned
 * slug that is not in the list is dropped.
 *
 * Modules: `bag.ts` reads a text's terms and names (the build stores a body's bag instead of the body),
 * `structures.ts` holds the compact arrays, `features.ts` builds term vectors and tag weights, `scoring.ts`
 * scores one candidate exactly, `pins.ts` finds candidates and ranks them after the pins. Time and memory grow
 * linearly with the archive.
 *
 * Deterministic: the input is put in a canonical order (oldest first, then slug) before anything else, so the
 * result never depends on the order the articles were read in.
 */
import { buildTags, buildVectors } from './features.ts';
import { rankAll } from './pins.ts';
import { buildContext, scorer } from './scoring.ts';
import type { RelatedInput, RelatedOptions, RelatedResult } from './types.ts';

export type { RelatedInput, RelatedOptions, RelatedPick, RelatedResult, ScoreParts, SharedEvidence } from './types.ts';

/** Computes related links for every article once. Returns a map from slug to picks. */
export function computeRelated(inputs: readonly RelatedInput[], opts: RelatedOptions): Map<string, RelatedResult> {
  const docs = canonical(inputs);
  const text = buildVectors(docs);
  const tags = buildTags(docs, text);
  const ctx = buildContext(docs);
  const whole = (v: number | undefined) => Math.max(0, Math.floor(v ?? 0));
  return rankAll(docs, ctx, text, tags, scorer(ctx, text, tags), {
    count: whole(opts.count),
    nearMisses: whole(opts.nearMisses),
    explain: whole(opts.explain),
  });
}

/** Oldest first, then slug; a repeated slug keeps its first article. */
function canonical(inputs: readonly RelatedInput[]): RelatedInput[] {
  const sorted = [...inputs].sort((x, y) => x.published - y.published || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  const seen = new Set<string>();
  return sorted.filter((a) => !seen.has(a.slug) && Boolean(seen.add(a.slug)));
}
