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
