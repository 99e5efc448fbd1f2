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

/** The widest copy of a body photo made: a sharp 1600-pixel photo fills the text column on a high-density screen. */
export const BODY_PHOTO_MAX_WIDTH = 1600;
/** How wide the text column shows a photo: the width the article page's `sizes` names (45rem). */
const COLUMN_PX = 720;
/** The tallest a photo in the column (the lead photo, a body photo) is shown, in CSS pixels: a portrait one leaves the story on the first screen. */
const TALLEST_PX = 640;
/** `sizes` of a photo as wide as the column or wider. */
export const COLUMN_SIZES = '(min-width: 60rem) 45rem, 100vw';

/**
 * The `sizes` of a photo shown in the text column. A photo shown narrower than the column names the width it is
 * shown at: a browser takes `sizes` as the picture's width, so a 320-pixel wire thumbnail was blown up to the
 * column, and a 1×1 spacer GIF became a blank 672-pixel square (round 28a #1); a portrait photo is shown
 * {@link TALLEST_PX} tall (round 36b #2), and a copy for the column's width would be fetched for nothing.
 */
export function columnSizes(meta: ImageMetadata): string {
  const fit = columnFitWidth(meta);
  return fit === undefined ? COLUMN_SIZES : `${fit}px`;
}

/**
 * The width a photo in the text column is shown at when it is less than the column's: a photo narrower than the
 * column at its own width (round 28a #1), a portrait photo or a tall graphic at the width that makes it
 * {@link TALLEST_PX} tall (round 28a #4: a phone's 9:16 lead photo put the story a screen and a half down; round 36b
 * #2: the same in the body). Written as the `<img>`'s width, so the page's layout is known before the photo loads.
 * `undefined` for a photo that fills the column.
 */
export function columnFitWidth(meta: ImageMetadata): number | undefined {
  const { width, height } = plainImage(meta);
  return fitWidth(width, height);
}

function fitWidth(width: number, height: number): number | undefined {
  // Rounded down: rounded to the nearest, a 600×9000 graphic was 43 pixels wide and so 645 tall.
  const fit = Math.max(1, Math.min(width, Math.floor((TALLEST_PX * width) / Math.max(1, height))));
  return fit < COLUMN_PX ? fit : undefined;
}

/** A width and height in pixels: an image's own, or the ones a raw `<img>` was written with. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * A body photo's `<img>` width and height, the whole rule in one place: {@link columnFitWidth}, else its own width
 * up to `cap` (the widest copy made), so it is never shown wider than its pixels nor taller than {@link TALLEST_PX};
 * at least 1 pixel a side (a 16000×1 strip rounded to height="0" at 1,600 wide), and a 1-pixel-wide strip, which
 * cannot be narrowed further, at most {@link TALLEST_PX} tall (a 1×16000 one was laid out 16,000 pixels tall; round
 * 36 F2). The stylesheet's `max-width: 100%; height: auto` narrows it on a phone, keeping its shape. Local photos
 * (body-images-html.ts) and raw-HTML ones that give their own width and height (rehype-allowed-images.ts) use it.
 */
export function bodyPhotoSize(meta: ImageMetadata | PixelSize, cap: number): PixelSize {
  const own = plainImage(meta as ImageMetadata);
  const width = Math.max(1, Math.round(own.width) || 1);
  const height = Math.max(1, Math.round(own.height) || 1);
  const fit = fitWidth(width, height);
  // A fitted photo is at most TALLEST_PX tall by its width, save one already 1 pixel wide; a wider one is narrowed to
  // the column by the stylesheet, which keeps it under TALLEST_PX.
  if (fit !== undefined) return { width: fit, height: Math.min(TALLEST_PX, Math.max(1, Math.round((fit * height) / width))) };
  const shown = Math.min(width, cap);
  return { width: shown, height: Math.max(1, Math.round((shown * height) / width)) };
}
