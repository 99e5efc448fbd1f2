/**
 * The lead photos of a site feed's articles, through Astro's image pipeline at the size the article page shows
 * (round 25b #7: feed readers got the story without its photo, and a wire photo's credit nowhere). The same
 * transform as the page's `<Image>`, so no second file is made. Endpoints call it; feeds.ts stays synchronous.
 */
import { getImage } from 'astro:assets';
import type { Article } from '#/domain/newsroom.ts';
import { pipelineWidth, plainImage } from '#/domain/image-metadata.ts';
import { site } from '#/site.config.ts';
import type { FeedImage } from './feeds.ts';

export async function feedLeadImages(articles: readonly Article[]): Promise<Map<string, FeedImage>> {
  const out = new Map<string, FeedImage>();
  await Promise.all(
    articles.slice(0, site.feedSize).map(async (a) => {
      const src = a.data.image?.src;
      if (!src || typeof src === 'string') return;
      const meta = plainImage(src);
      const width = pipelineWidth(src, 1200);
      const image = await getImage({ src, width, format: 'webp' });
      out.set(a.slug, {
        src: image.src,
        width: Number(image.attributes['width'] ?? width),
        height: Number(image.attributes['height'] ?? Math.round((meta.height * width) / meta.width)),
      });
    }),
  );
  return out;
}
