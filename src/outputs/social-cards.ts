/**
 * Per-article social cards (1200×630 PNG: section, headline, site name) when the site setting `socialCards` is
 * "generated". An article with a lead image uses that instead. This module holds the rules pages and the build
 * share: which articles get a card, and the cache key of a card. Drawing is in `cards/draw.ts`, and the build's
 * drawing pool and cache in `cards/writer.ts`.
 */
import { createHash } from 'node:crypto';
import { cardTextDrawable } from './card-coverage.ts';

export interface CardInput {
  slug: string;
  title: string;
  section: string;
  siteName: string;
}

/** Bump when the drawing changes, so cached cards are redrawn. */
export const CARD_VERSION = '8';

/** Path of an article's generated card, or undefined when it gets its lead image or the site card. */
export function generatedCardPath(
  article: { slug: string; title: string; hasImage: boolean; section?: string },
  mode: 'site' | 'generated',
  siteName = '',
): string | undefined {
  if (mode !== 'generated' || article.hasImage) return undefined;
  // Everything drawn must be in the card fonts (Noto Serif: Latin, Greek, Cyrillic; Noto Naskh Arabic: Pashto,
  // Dari, Urdu…): no emoji, no symbol or script they lack, which would show as boxes of hex digits.
  if (!cardTextDrawable({ title: article.title, section: article.section ?? '', siteName })) return undefined;
  return `/og/${article.slug}.png`;
}

/**
 * The generated card of a visible article as checked (its frontmatter and its section's name), or undefined: the
 * build draws exactly these (src/build/integration-lists.ts), and the check knows them as pages (site-pages.ts).
 */
export function articleCardPath(
  article: { id: string; data: { title: string; image?: unknown } },
  sectionName: string,
  mode: 'site' | 'generated',
  siteName: string,
): string | undefined {
  return generatedCardPath({ slug: article.id, title: article.data.title, hasImage: article.data.image !== undefined, section: sectionName }, mode, siteName);
}

/** The card an article's page points at: its lead image (cropped by the page), its generated card, or the site's. */
export type SocialCard = { kind: 'lead-image'; alt: string } | { kind: 'generated'; path: string; alt: string } | { kind: 'site' };

/** The one rule for an article page's social card (the build draws the generated ones with the same rule). */
export function socialCardOf(
  article: { slug: string; data: { title: string; image?: { alt: string } | undefined }; section: { data: { name: string } } },
  mode: 'site' | 'generated',
  siteName: string,
): SocialCard {
  const { title, image } = article.data;
  const section = article.section.data.name;
  if (image) return { kind: 'lead-image', alt: image.alt };
  const path = generatedCardPath({ slug: article.slug, title, hasImage: false, section }, mode, siteName);
  return path ? { kind: 'generated', path, alt: `${section}: ${title} – ${siteName}` } : { kind: 'site' };
}

export function cardHash(input: CardInput): string {
  return createHash('sha256').update(JSON.stringify([CARD_VERSION, input.title, input.section, input.siteName])).digest('hex').slice(0, 20);
}
