/**
 * The lead images of the articles a build part does not render (src/build/build-part.ts). Vite copies every content
 * image's original into `_astro/` in every part; Astro removes an original once a page has made its derivatives
 * (and no page used the original itself). A whole build renders every article page, so no lead image's original
 * stays; a part renders only its own, so without this the others' originals would stay in its output and the
 * merged site would carry files one build does not. The article route lists each lead image when it lists its paths
 * (every part lists every article); the part hands the ones it does not render to Astro as images with no
 * derivatives to make, and Astro removes their originals by its own rule.
 *
 * Kept apart from build-part.ts: the article page imports this module, and must not bundle the search indexer.
 */
import type { ImageMetadata } from 'astro';
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildContext } from '#/domain/context.ts';
import { plainImage } from '#/domain/image-metadata.ts';

export interface LeadImage {
  slug: string;
  /** The original's URL in the site, e.g. /_astro/photo.Ab12Cd34.jpg (Astro's key for it). */
  src: string;
  /** The original's file (Astro's `originalSrcPath`). */
  fsPath: string;
}

const logOf = (ctx: BuildContext) => join(ctx.cacheDir, 'dateline-part-images', `${ctx.buildId}.log`);

/** Called by the article route with its articles' lead images; records only in a build part (DATELINE_BUILD_PART). */
export function recordLeadImages(ctx: BuildContext, images: readonly (readonly [slug: string, image: ImageMetadata])[]): void {
  if (ctx.mode !== 'build' || !process.env['DATELINE_BUILD_PART'] || images.length === 0) return;
  const lines = images.map(([slug, meta]) => {
    // Read without marking the original as used by a page (see image-metadata.ts); fsPath does not mark it either.
    const fsPath = (meta as ImageMetadata & { fsPath?: string }).fsPath ?? '';
    return `${JSON.stringify({ slug, src: plainImage(meta).src, fsPath } satisfies LeadImage)}\n`;
  });
  const log = logOf(ctx);
  mkdirSync(dirname(log), { recursive: true });
  appendFileSync(log, lines.join(''));
}

/** Removes a list left by an earlier run of this build (its article route writes a new one). */
export function startLeadImages(ctx: BuildContext): void {
  rmSync(logOf(ctx), { force: true });
}

/** Every lead image the article route listed in this build (page workers list them again: duplicates kept once). */
export function readLeadImages(ctx: BuildContext): LeadImage[] {
  let text = '';
  try {
    text = readFileSync(logOf(ctx), 'utf8');
  } catch {
    return [];
  }
  const seen = new Map<string, LeadImage>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const image = JSON.parse(line) as LeadImage;
    seen.set(`${image.slug}\n${image.src}`, image);
  }
  return [...seen.values()];
}
