/**
 * Links to a place on a page (`#some-heading`, `/articles/<slug>/#key-figures`, `../10/story.md#nope`) must name an
 * id that page carries, or readers land at the top of the page (or nowhere, in-page).
 *
 * - An article page carries the ids of its body, read by the renderer's own pipeline (src/markdown/page-ids.ts:
 *   headings, footnotes, editors' anchors, with the sanitiser's `user-content-` prefix), plus the page's own:
 *   `main`, `related-title` and, when the article has corrections, `corrections-title`.
 * - Every other page of the site (lists, topics, the front page, author and section pages) is allowed only the
 *   id every page has, `main`: their other ids come and go as stories are published (day headings, section
 *   blocks), so a link to them would break unnoticed. An author's bio or section text may also link its own ids.
 * - `#` and `#top` always work (browsers scroll to the top). Feeds and files in `public/` are not looked into.
 *
 * A body is read only when a link points into it, once per page, and only its skeleton (src/markdown/id-skeleton.ts:
 * the lines that decide ids, prose cut to one letter a line) and only when that is within the check's nesting and
 * markup limits: linear in the bodies linked into, and cheap for long prose. "Did you mean" compares with the page's ids for the
 * first broken links of a file only.
 */
import { createIdReader, fallbackIdsOf } from '#/markdown/page-ids.ts';
import { idSkeleton } from '#/markdown/id-skeleton.ts';
import { htmlScanProblem } from '#/markdown/html-scan-cost.ts';
import { inPageTarget } from '#/markdown/heading-ids.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { safeDecode } from '#/domain/urls.ts';
import { checkAmplification } from './amplification.ts';
import { distance } from './suggest.ts';
import { codePoint } from './invisible-chars.ts';

/** The page's own places a body heading can share words with, as the message names them. */
const PAGE_PLACES: Record<string, string> = {
  main: 'main content',
  top: 'top',
  'related-title': 'Related box',
  'corrections-title': 'Corrections box',
  'user-content-footnote-label': 'Footnotes box',
};

/** The id every page of the site carries (src/layouts/Base.astro, the skip link's target). */
const EVERY_PAGE = ['main'];

export interface AnchorSource {
  /** The body shown on an article's page and whether the page lists corrections, or undefined (no such article). */
  article(slug: string): { body: string; corrections: boolean } | undefined;
}

export interface AnchorIndex {
  /**
   * Why `#fragment` on the article `slug` would not land, or undefined (fine, or the body is not readable).
   * `inPage`: written as `#fragment` alone on that very page, which the renderer points at an editor's prefixed
   * anchor (`user-content-…`) when that is the id that exists; links from elsewhere are kept as written.
   */
  onArticle(slug: string, fragment: string, opts: { suggest: boolean; inPage: boolean }): string | undefined;
  /** Why `#fragment` on another page of the site (`/sections/economy/`) would not land, or undefined. */
  onPage(path: string, fragment: string): string | undefined;
  /** Why `#fragment` on the page showing `body` (an author's bio, a section text) would not land, or undefined. */
  onProfile(body: string, fragment: string, suggest: boolean): string | undefined;
}

export function anchorIndex(source: AnchorSource): AnchorIndex {
  let read: ReturnType<typeof createIdReader> | undefined;
  const cache = new Map<string, Set<string> | undefined>();
  const profiles = new Map<string, Set<string> | undefined>();
  /** Id sets read from a skeleton that cut a long heading: fragments of that length or more are not judged. */
  const inexact = new WeakMap<Set<string>, number>();
  const missing = (fragment: string, ids: Set<string> | undefined, opts: MissingOptions) => {
    const long = ids ? inexact.get(ids) : undefined;
    return long !== undefined && safeDecode(fragment).length >= long ? undefined : missingId(fragment, ids, opts);
  };
  const bodyIds = (body: string): Set<string> | undefined => {
    // Read from the body's skeleton (the same ids; its cost follows the markup, not the prose: id-skeleton.ts).
    // Only a skeleton within the check's limits is parsed; a body the check refuses has its own error line.
    const { markdown: skeleton, texts, longIds } = idSkeleton(body);
    if (skeleton.trim() === '' || htmlScanProblem(skeleton) || nestingProblem(skeleton) || checkAmplification(skeleton, 1).length) return undefined;
    try {
      read ??= createIdReader();
      const ids = read(skeleton, texts);
      if (longIds !== undefined) inexact.set(ids, longIds);
      return ids;
    } catch {
      return undefined; // the build reports the body itself (`body  could not be rendered: …`)
    }
  };
  const articleIds = (slug: string) => {
    if (!cache.has(slug)) {
      const a = source.article(slug);
      const ids = a ? bodyIds(a.body) : undefined;
      if (ids) for (const id of ['main', 'related-title', ...(a?.corrections ? ['corrections-title'] : [])]) ids.add(id);
      cache.set(slug, ids);
    }
    return cache.get(slug);
  };
  return {
    onArticle: (slug, fragment, opts) => missing(fragment, articleIds(slug), opts),
    onPage: (path, fragment) => (path.endsWith('/') ? missing(fragment, new Set(EVERY_PAGE), { suggest: false, inPage: false, list: true }) : undefined),
    onProfile: (body, fragment, suggest) => {
      if (!profiles.has(body)) {
        const ids = bodyIds(body);
        for (const id of EVERY_PAGE) ids?.add(id);
        profiles.set(body, ids);
      }
      return missing(fragment, profiles.get(body), { suggest, inPage: true });
    },
  };
}

/** The fragment of an address (without `#`), or undefined when it has none. */
export function fragmentOf(address: string): string | undefined {
  const at = address.indexOf('#');
  return at === -1 ? undefined : address.slice(at + 1);
}

interface MissingOptions {
  suggest: boolean;
  inPage: boolean;
  list?: boolean;
}

function missingId(fragment: string, ids: Set<string> | undefined, opts: MissingOptions): string | undefined {
  if (!ids) return undefined;
  // As browsers look it up: the id as written, then percent-decoded; "" and "top" scroll to the top.
  const decoded = safeDecode(fragment);
  // `#main`, `#top` and the page's own boxes (Related, Corrections, Footnotes) are the page's; a heading of the same
  // words in the body has the id with `-1` (src/markdown/heading-ids.ts). A link to the bare id lands on the page's.
  const own = decoded.toLowerCase();
  const box = PAGE_PLACES[own];
  if (box && ids.has(`${own}-1`)) {
    return `names the place #${fragment}, which is the page's ${box}, not the heading of that name in the body (its id is #${own}-1); write "#${own}-1" to link the heading`;
  }
  // A heading with no letters (`## 🚀`) has `section-N` by its place; a heading "Section N" written after it has `-1`.
  if (fallbackIdsOf(ids).has(decoded) && ids.has(`${decoded}-1`)) {
    return `names the place #${fragment}, which is the id of a heading with no letters or digits (numbered by its place), not the heading "${decoded.replace(/-/g, ' ')}" (its id is #${decoded}-1); write "#${decoded}-1" to link that heading`;
  }
  if (decoded === '' || decoded.toLowerCase() === 'top' || ids.has(fragment) || ids.has(opts.inPage ? inPageTarget(decoded, ids) : decoded)) return undefined;
  const shown = `#${fragment.length > 80 ? `${fragment.slice(0, 80)}…` : fragment}${unseen(decoded)}`;
  // Heading ids are composed (NFC, src/markdown/heading-ids.ts); a fragment typed with decomposed accents looks
  // the same but is other characters, which browsers do not match.
  const composed = decoded.normalize('NFC');
  if (composed !== decoded && ids.has(opts.inPage ? inPageTarget(composed, ids) : composed)) {
    return `names the place ${shown} with accents typed as separate marks (decomposed, as macOS and some keyboards write them), while the page's id is composed; retype the part after "#" (the id is #${composed})`;
  }
  if (opts.list) return `names the place ${shown} on a page other than an article: only #main is kept there from build to build (their other ids change as stories come and go); link the page without "${shown}"`;
  const near = opts.suggest ? nearestIds(decoded, ids) : [];
  const hint = near.length ? `did you mean ${near.map((id) => `#${id}${unseen(id)}`).join(' or ')}?` : 'link a heading of it by its id (the heading text in lower case, hyphens for spaces) or remove the part from "#"';
  return `names the place ${shown}, which that page does not have (no heading, footnote or anchor has this id); ${hint}`;
}

/** Longest fragment compared, and how many answers: the distance is quadratic in the lengths. */
const MAX_COMPARED = 200;

/** Up to three ids nearest to `word` (case-insensitive edit distance, at most a third of its length or 8). */
function nearestIds(word: string, ids: Set<string>): string[] {
  if (word.length > MAX_COMPARED) return [];
  const lower = word.toLowerCase();
  // The editor's anchor or footnote under the sanitiser's prefix is the likeliest meaning.
  if (ids.has(`user-content-${lower}`)) return [`user-content-${lower}`];
  const threshold = Math.max(2, Math.min(8, Math.floor(word.length / 3)));
  const scored: { id: string; d: number }[] = [];
  for (const id of ids) {
    if (Math.abs(id.length - lower.length) > threshold) continue;
    const d = distance(lower, id.toLowerCase(), threshold);
    if (d <= threshold) scored.push({ id, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, 3)
    .map((s) => s.id);
}

const UNSEEN = /[\p{Default_Ignorable_Code_Point}\u2800]|[^\S ]/gu;

/**
 * ` (with U+FE0E)` for an id or fragment holding characters that print nothing or a space other than U+0020, so a
 * "did you mean" that would look exactly like what the editor wrote says what differs; empty for the rest.
 */
function unseen(id: string): string {
  const found = [...new Set(id.match(UNSEEN) ?? [])].slice(0, 3);
  return found.length ? ` (with ${found.map(codePoint).join(', ')})` : '';
}
