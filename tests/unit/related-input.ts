/** Hand-built inputs for the related-engine tests. */
import type { RelatedInput, RelatedResult } from '#/domain/related/engine.ts';

export const DAY = 86_400_000;
export const T0 = Date.parse('2026-03-01T08:00:00Z');

/** A hand-built engine input: an English security story by one author, published on day `day` after T0. */
export function input(slug: string, over: Partial<RelatedInput> & { day?: number } = {}): RelatedInput {
  const { day = 0, ...rest } = over;
  return {
    slug,
    title: slug.replace(/-/g, ' '),
    description: '',
    body: '',
    tags: [],
    section: 'security',
    authors: ['reporter'],
    published: T0 + day * DAY,
    lang: 'en',
    pinned: [],
    linked: [],
    ...rest,
  };
}

export const picksOf = (r: Map<string, RelatedResult>, slug: string) => (r.get(slug)?.picks ?? []).map((p) => p.slug);
