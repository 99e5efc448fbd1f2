/**
 * Reading an imported image's metadata without publishing its original. Astro copies the original file of an
 * image import into `dist/_astro/` whenever one of its properties is read outside its image pipeline (its
 * "referenced images"); reading through the hidden `clone` does not count. Pages show only the pipeline's
 * derivatives, so the original (full size, with its camera metadata: GPS, captions, XMP) stays out of the site.
 */
import type { ImageMetadata } from 'astro';

/** The metadata as a plain object, read without marking the original as used by a page. */
export function plainImage(meta: ImageMetadata): ImageMetadata {
  return (meta as ImageMetadata & { clone?: ImageMetadata }).clone ?? meta;
}

/**
 * The width a page asks the pipeline for: the original's, at most `cap`. Astro makes the `src` at this width (the
 * original's by default: a 10,000-pixel photo became a 10,000-pixel WebP, half a minute each).
 */
export function pipelineWidth(meta: ImageMetadata, cap: number): number {
  return Math.min(plainImage(meta).width, cap);
}

/** How wide the text column shows a photo: the width the article page's `sizes` names (45rem). */
const COLUMN_PX = 720;
/** The tallest an article's lead photo is shown, in CSS pixels: a portrait one leaves the story on the first screen. */
const LEAD_MAX_PX = 640;
/** `sizes` of a photo as wide as the text column or wider. */
export const COLUMN_SIZES = '(min-width: 60rem) 45rem, 100vw';

/**
 * The `sizes` of a photo shown in the text column. A photo narrower than the column names its own width: a browser
 * takes `sizes` as the picture's width, so a 320-pixel wire thumbnail was blown up to the column, and a 1×1 spacer
 * GIF became a blank 672-pixel square (round 28a #1).
 */
export function columnSizes(meta: ImageMetadata): string {
  const width = plainImage(meta).width;
  return width < COLUMN_PX ? `${Math.max(1, width)}px` : COLUMN_SIZES;
}

/**
 * The width an article's lead photo is shown at when it is less than the column's: a photo narrower than the
 * column at its own width (#1), a portrait photo or a tall graphic at the width that makes it {@link LEAD_MAX_PX}
 * tall (round 28a #4: a phone's 9:16 photo put the story a screen and a half down). Written as the `<img>`'s width,
 * so the page's layout is known before the photo loads. `undefined` for a photo that fills the column.
 */
export function leadFitWidth(meta: ImageMetadata): number | undefined {
  const { width, height } = plainImage(meta);
  const fit = Math.max(1, Math.min(width, Math.round((LEAD_MAX_PX * width) / Math.max(1, height))));
  return fit < COLUMN_PX ? fit : undefined;
}
