/**
 * Swaps each local photo in an article's rendered HTML (`<img src="./images/x.jpg" alt="…">`, as the Markdown
 * pipeline writes it) for the output of Astro's image pipeline: responsive widths in a modern format, width and
 * height (no layout shift), lazy loading. The loader resolved each path with `image()` (src/content.config.ts);
 * the newsroom prepares the images once per article, and the page and the feeds apply them.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { localKey } from '#/check/body-images.ts';
import { BODY_PHOTO_MAX_WIDTH as MAX_WIDTH, bodyPhotoSize, columnSizes, pipelineWidth, plainImage } from './image-metadata.ts';
import { decodeHtmlEntities } from './html-entities.ts';

const WIDTHS = [480, 800, 1200];

export interface PreparedImage {
  src: string;
  srcset: string;
  /** The `sizes` the srcset is chosen by (image-metadata.ts `columnSizes`). */
  sizes: string;
  /** The size shown: its own pixels at most, 640 pixels tall at most, 1 at least (image-metadata.ts `bodyPhotoSize`). */
  width: number;
  height: number;
}

/** Each local image of an article, by its path key, through Astro's image pipeline. */
export async function prepareBodyImages(paths: unknown, images: readonly ImageMetadata[] | undefined): Promise<Map<string, PreparedImage> | undefined> {
  if (!Array.isArray(paths) || !paths.length || !images?.length) return undefined;
  const out = new Map<string, PreparedImage>();
  await Promise.all(
    paths.map(async (p: unknown, i) => {
      const src = images[i] as ImageMetadata | string | undefined;
      if (typeof p !== 'string' || !src) return;
      if (typeof src === 'string') {
        // Seen once in the dev server (round 19): after a photo was broken and put back, Astro handed the path back
        // unresolved and getImage threw on every page. The dev server shows that photo as written and says so; a
        // build never gets here unresolved (its entries are resolved afresh) and would stop with this one line.
        const line = `photo ${p} was not resolved by Astro's image pipeline; save its article again to reload it`;
        if (import.meta.env.DEV) {
          console.warn(`[dateline] ${line}`);
          return;
        }
        throw new Error(line);
      }
      const meta = plainImage(src);
      const width = pipelineWidth(src, MAX_WIDTH);
      const widths = [...WIDTHS.filter((w) => w < width), width];
      // The copies go up to the photo's own width (sharp on a dense screen); the page shows it at its fitted size.
      const sizes = columnSizes(meta);
      const image = await getImage({ src, width, widths, sizes, format: 'webp' });
      out.set(localKey(p), { src: image.src, srcset: image.srcSet.attribute, sizes, ...bodyPhotoSize(meta, MAX_WIDTH) });
    }),
  );
  return out;
}

/** The HTML with its local `<img>`s replaced; `srcset: false` for feeds, whose readers get one absolute src. */
export function applyBodyImages(html: string, prepared: Map<string, PreparedImage> | undefined, { srcset = true } = {}): string {
  if (!prepared?.size) return html;
  return html.replace(/<img\b[^>]*>/g, (tag) => {
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1];
    const image = src === undefined ? undefined : prepared.get(localKey(decodeHtmlEntities(src)));
    if (!image) return tag;
    const rest = tag.replace(/^<img\b/, '').replace(/\s(src|srcset|sizes|width|height)="[^"]*"/g, '').replace(/\/?>$/, '');
    const responsive = srcset ? ` srcset="${escapeAttr(image.srcset)}" sizes="${escapeAttr(image.sizes)}"` : '';
    return `<img src="${escapeAttr(image.src)}"${responsive} width="${image.width}" height="${image.height}"${rest}>`;
  });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
