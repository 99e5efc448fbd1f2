/**
 * Builds the related engine's input from articles, the same way for the site (collection entries) and for
 * `npm run related` (checked content records), so the explain command shows exactly what the pages get.
 */
import { site } from '#/site.config.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { resolveSiteLink } from '#/domain/site-links.ts';
import { tagSlug } from '#/domain/urls.ts';
import { bagReader, type TermBag } from './bag.ts';
import type { RelatedInput } from './types.ts';

export interface RelatableArticle {
  slug: string;
  /** The Markdown body (may be empty when `bag` is given). */
  body: string;
  /** The body's bag of terms from {@link relatedBodyParts}, kept by the build instead of the body. */
  bag?: TermBag | undefined;
  /** Slugs the body links to, when the build kept them instead of the body. */
  linked?: readonly string[] | undefined;
  data: {
    title: string;
    description: string;
    published: NewsDate;
    authors: readonly string[];
    section: string;
    tags: readonly string[];
    related: readonly string[];
    lang?: string | undefined;
  };
}

export function toRelatedInput(a: RelatableArticle): RelatedInput {
  return {
    slug: a.slug,
    title: a.data.title,
    description: a.data.description,
    body: a.bag ?? a.body,
    tags: a.data.tags.map(cachedTagSlug),
    section: a.data.section,
    authors: a.data.authors,
    published: a.data.published.epoch,
    lang: relatedLang(a.data.lang),
    pinned: a.data.related,
    linked: a.linked ?? linkedSlugs(a.body),
  };
}

const relatedLang = (lang: string | undefined) => lang ?? site.lang;

// One reader for every body the build reads: each distinct word is normalised once.
let bodyReader: ReturnType<typeof bagReader> | undefined;

/**
 * What the related engine needs from a body, kept by the build instead of the body itself: its terms and names
 * with their counts (`bag.ts`; a few KB) and the articles it links to. The engine gives the same links from
 * these as from the whole body.
 */
export function relatedBodyParts(body: string, lang: string | undefined): { bag: TermBag; linked: string[] } {
  bodyReader ??= bagReader();
  return { bag: bodyReader.read(body, relatedLang(lang), { markdown: true, names: true }), linked: linkedSlugs(body) };
}

// A newsroom has a few thousand tags over tens of thousands of articles: slugify each once.
const tagSlugs = new Map<string, string>();
function cachedTagSlug(tag: string): string {
  let slug = tagSlugs.get(tag);
  if (slug === undefined) {
    slug = tagSlug(tag);
    if (tagSlugs.size < 100_000) tagSlugs.set(tag, slug);
  }
  return slug;
}

/** Only bodies with one of these can link to an article (`/articles/<slug>/`, `<slug>.md`, `../10/<slug>`). */
const MAY_LINK_ARTICLE = /\/articles\/|\.md\b|\]\(\s*<?\.{1,2}\//i;
const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;

/**
 * Slugs of the articles a body links to, by inline links `[text](href)` and reference definitions outside
 * fenced code. A quick scan for the related engine, which reads every body in the archive on each build; the
 * content check (`scanLinks`) and the remark plugin validate and rewrite the same links.
 */
export function linkedSlugs(body: string): string[] {
  if (!MAY_LINK_ARTICLE.test(body)) return [];
  const text = body.includes('```') || body.includes('~~~') ? body.replace(FENCED_CODE, ' ') : body;
  const out = new Set<string>();
  const add = (href: string) => {
    const target = resolveSiteLink(href, site.url);
    if (target.kind === 'article') out.add(target.slug);
  };
  // Scans only move forward: the next ">" and the end of the last destination are remembered, so "](<" or "]("
  // repeated a million times is read once, not once per opener.
  let nextGt = -1;
  let scannedTo = -1;
  for (let at = text.indexOf(']('); at !== -1; at = text.indexOf('](', at + 2)) {
    let k = at + 2;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    let end = k;
    if (text.charCodeAt(k) === 60) {
      if (nextGt < k) nextGt = text.indexOf('>', k);
      if (nextGt === -1) break;
      end = nextGt + 1;
    } else {
      // A destination runs to ")" or a space; one that started inside the last one ends where it ended.
      if (k < scannedTo) end = scannedTo;
      else for (let c = text.charCodeAt(end); end < text.length && c !== 41 && !isSpace(c); c = text.charCodeAt(++end));
      scannedTo = end;
    }
    if (end > k) add(text.slice(k, end));
  }
  if (text.includes(']:')) for (const m of text.matchAll(REFERENCE_DEFINITION)) add(m[1] ?? '');
  return [...out];
}
