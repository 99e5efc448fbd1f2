/**
 * Builds the related engine's input from articles, the same way for the site (the newsroom) and for
 * `npm run related` (checked content records rendered by the same pipeline), so the explain command shows
 * exactly what the pages get. A body is known by the facts the Markdown pipeline recorded from its finished tree
 * (src/markdown/rehype-article-facts.ts): its blocks of text and the articles it links to; never its Markdown.
 */
import { site } from '#/site.config.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { tagSlug } from '#/domain/urls.ts';
import type { TextBlock } from '#/markdown/rehype-article-facts.ts';
import { bagReader, type TermBag } from './bag.ts';
import type { RelatedInput } from './types.ts';

export interface RelatableArticle {
  slug: string;
  /** The body's bag of terms ({@link relatedBag}), kept by the build instead of the body. */
  bag: TermBag;
  /** Slugs of the articles the body links to (rehype-article-facts.ts). */
  linked: readonly string[];
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
    body: a.bag,
    tags: a.data.tags.map(cachedTagSlug),
    section: a.data.section,
    authors: a.data.authors,
    published: a.data.published.epoch,
    lang: relatedLang(a.data.lang),
    pinned: a.data.related,
    linked: a.linked,
  };
}

const relatedLang = (lang: string | undefined) => lang ?? site.lang;

// One reader for every body the build reads: each distinct word is normalised once.
let bodyReader: ReturnType<typeof bagReader> | undefined;

/**
 * What the related engine needs of a body's text, kept by the build instead of the text itself: its terms and
 * names with their counts (`bag.ts`; a few KB), read from the blocks readers see. The engine gives the same
 * links from these as from the whole text.
 */
export function relatedBag(blocks: readonly TextBlock[], lang: string | undefined): TermBag {
  bodyReader ??= bagReader();
  return bodyReader.read(blocks, relatedLang(lang), { body: true, names: true });
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
