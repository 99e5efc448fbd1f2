/**
 * Builds the related engine's input from articles, the same way for the site (collection entries) and for
 * `npm run related` (checked content records), so the explain command shows exactly what the pages get.
 */
import { site } from '../../site.config.ts';
import type { NewsDate } from '../dates.ts';
import { classifyHref, scanLinks } from '../links.ts';
import { tagSlug } from '../urls.ts';
import type { RelatedInput } from './engine.ts';

export interface RelatableArticle {
  slug: string;
  body: string;
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
    tags: a.data.tags.map(tagSlug),
    section: a.data.section,
    authors: a.data.authors,
    published: a.data.published.epoch,
    lang: a.data.lang ?? site.lang,
    pinned: a.data.related,
    linked: linkedSlugs(a.body),
  };
}

/** Slugs of the articles a body links to. */
export function linkedSlugs(body: string): string[] {
  const out: string[] = [];
  for (const link of scanLinks(body)) {
    const target = classifyHref(link.href, site.url);
    if (target.kind !== 'other') out.push(target.slug);
  }
  return out;
}
