/**
 * Builds the related engine's input from articles, the same way for the site (collection entries) and for
 * `npm run related` (checked content records), so the explain command shows exactly what the pages get.
 */
import { site } from '../../site.config.ts';
import type { NewsDate } from '../dates.ts';
import { resolveSiteLink } from '../site-links.ts';
import { tagSlug } from '../urls.ts';
import type { RelatedInput } from './engine.ts';
import { bodyLead } from './terms.ts';
import { RELATED_LIMITS } from './weights.ts';

export interface RelatableArticle {
  slug: string;
  /** The Markdown body, or its {@link relatedBodyParts} lead (the same terms). */
  body: string;
  /** Slugs the full body links to, when `body` is only its lead. */
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
    body: a.body,
    tags: a.data.tags.map(cachedTagSlug),
    section: a.data.section,
    authors: a.data.authors,
    published: a.data.published.epoch,
    lang: a.data.lang ?? site.lang,
    pinned: a.data.related,
    linked: a.linked ?? linkedSlugs(a.body),
  };
}

/**
 * What the related engine needs from a body, kept by the build instead of the body itself: the lead it reads
 * words from and the articles the whole body links to.
 */
export function relatedBodyParts(body: string): { lead: string; linked: string[] } {
  return { lead: bodyLead(body, RELATED_LIMITS.bodyWords), linked: linkedSlugs(body) };
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
  for (let at = text.indexOf(']('); at !== -1; at = text.indexOf('](', at + 2)) {
    let k = at + 2;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    let end = k;
    if (text.charCodeAt(k) === 60) {
      end = text.indexOf('>', k);
      if (end === -1) continue;
      end++;
    } else {
      for (let c = text.charCodeAt(end); end < text.length && c !== 41 && !isSpace(c); c = text.charCodeAt(++end));
    }
    if (end > k) add(text.slice(k, end));
  }
  if (text.includes(']:')) for (const m of text.matchAll(REFERENCE_DEFINITION)) add(m[1] ?? '');
  return [...out];
}
