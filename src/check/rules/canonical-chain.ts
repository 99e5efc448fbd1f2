/**
 * A canonical must name the original. When it names another article of this site that itself has a canonical,
 * the story is sent along a chain (C → A → B) or round a loop (A → B → A): search engines drop every page of a
 * loop from their results (none is its own canonical, so none is in the sitemaps either) and may stop following
 * a chain. The canonical is followed to its end: a chain names the original to point at instead; a loop says so.
 */
import { resolveSiteLink } from '#/domain/site-links.ts';
import { articlePath } from '#/domain/urls.ts';

/** Steps followed before a chain is called too long (a newsroom's real chains have one). */
const MAX_STEPS = 100;

export type CanonicalOf = (slug: string) => string | undefined;

/**
 * The problem with pointing the canonical of `self` at the article `target`, or undefined when `target` is an
 * original (has no canonical of its own).
 */
export function canonicalChainProblem(self: string, target: string, canonicalOf: CanonicalOf, siteUrl: string): string | undefined {
  const first = canonicalOf(target);
  if (!first) return undefined;
  const root = siteUrl.replace(/\/+$/, '');
  const path = [target];
  const seen = new Set([target]);
  let slug = target;
  let next: string | undefined = first;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (!next) {
      // `slug` has no canonical: it is the original.
      return `names the article "${target}", which itself has a canonical (${chain([self, ...path])}); a canonical must name the original, so write canonical: ${root}${articlePath(slug)}`;
    }
    const link = resolveSiteLink(next, siteUrl, articlePath(slug));
    if (link.kind !== 'article') {
      // The chain leaves this site (or ends at an address its own article's rule refuses): that address is the original.
      const external = link.kind === 'other';
      return external
        ? `names the article "${target}", which itself has a canonical (${chain([self, ...path])} → ${next}); a canonical must name the original, so write canonical: ${next}`
        : `names the article "${target}", which itself has a canonical (${next}); a canonical must name the original: fix "${slug}" first, then point at the original`;
    }
    if (link.slug === self) {
      return `names the article "${target}", whose canonical leads back to this article (${chain([self, ...path, self])}): a loop, so no page is the original and search engines drop them all; keep "canonical" only on the copies and remove it from the original`;
    }
    if (seen.has(link.slug)) {
      return `names the article "${target}", whose canonical goes round a loop (${chain([self, ...path, link.slug])}), so no page is the original; remove "canonical" from the original in that loop, then point this one at it`;
    }
    seen.add(link.slug);
    path.push(link.slug);
    slug = link.slug;
    next = canonicalOf(slug);
  }
  return `names the article "${target}", which starts a chain of more than ${MAX_STEPS} canonicals; a canonical must name the original, so point at it directly`;
}

function chain(slugs: string[]): string {
  return slugs.map((s) => `"${s}"`).join(' → ');
}
