/**
 * The image an article's link previews show (`og:image`, `twitter:image`): the lead image cropped to 1200×630,
 * else the generated card (social-cards.ts), else the site's (undefined: the layout's default). One answer for the
 * article page and its old addresses (`formerly`: round 25c #12, a re-shared old link showed the site card).
 */
import { getImage } from 'astro:assets';
import type { Article } from '#/domain/newsroom.ts';
import { plainImage } from '#/domain/image-metadata.ts';
import { absoluteUrl } from '#/domain/urls.ts';
import { site } from '#/site.config.ts';
import { leadImageCardSize } from './lead-image-card.ts';
import { socialCardOf } from './social-cards.ts';

export interface SocialImage {
  image: string | undefined;
  imageWidth: number | undefined;
  imageHeight: number | undefined;
  imageAlt: string | undefined;
}

export async function articleSocialImage(article: Article): Promise<SocialImage> {
  const lead = article.data.image;
  // The lead image is cropped to the card's shape and declared at the size sent (lead-image-card.ts); one too small
  // for a card gives the site's. A transparent chart is flattened onto white: a JPEG has no transparency (round 25b #15).
  const leadCard = lead && leadImageCardSize(plainImage(lead.src));
  const social = lead && !leadCard ? ({ kind: 'site' } as const) : socialCardOf(article, site.socialCards, site.name);
  const image =
    social.kind === 'lead-image' && lead && leadCard
      ? absoluteUrl((await getImage({ src: lead.src, ...leadCard, fit: 'cover', format: 'jpeg', background: '#fff' })).src)
      : social.kind === 'generated'
        ? absoluteUrl(social.path)
        : undefined;
  const size = social.kind === 'lead-image' && leadCard ? leadCard : undefined;
  return { image, imageWidth: size?.width, imageHeight: size?.height, imageAlt: social.kind === 'site' ? undefined : social.alt };
}
