/**
 * Images in an article body. A relative `![alt](./images/x.jpg)` is a local photo that goes through Astro's
 * image pipeline like the lead image; an `https://` image is shown as written, only from the hosts listed in
 * the site settings (`imageHosts`). Shared by the content check, the loader (which hands local images to
 * Astro) and the article page (which swaps each rendered local `<img>` for Astro's responsive one).
 */
import { scanImages, type BodyLink } from './link-scan.ts';
import { referenceImages } from './reference-images.ts';
import { classifyImageSrc, type BodyImage } from '#/domain/image-source.ts';

// The rule itself lives in src/domain/image-source.ts, shared with the renderer (rehype-allowed-images.ts).
export { classifyImageSrc, localKey, type BodyImage } from '#/domain/image-source.ts';

/** A body image as the check and the loader see it; `reference` is set for `![alt][ref]` (`[ref]`, `[]` or ``). */
export type FoundBodyImage = BodyLink & { image: BodyImage; reference?: string; written?: string };

/** A body image as found in the Markdown, before its address is judged (plain data: the check may keep it, body-memo.ts). */
export type ScannedBodyImage = BodyLink & { reference?: string; written?: string };

/**
 * The body's images, with their positions: inline ones (`![alt](src)`) and reference ones (`![alt][ref]`,
 * resolved to their definitions as the renderer resolves them, reference-images.ts), in the order written.
 */
export function scanBodyImages(body: string, bodyLine = 1): ScannedBodyImage[] {
  const inline: ScannedBodyImage[] = scanImages(body, bodyLine);
  const references = referenceImages(body, bodyLine).images;
  if (!references.length) return inline;
  const resolved = references.map(({ text, href, line, column, reference, written }) => ({ text, href, line, column, reference, written }));
  return [...inline, ...resolved].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The body's images (scanBodyImages), each with its address judged by the same rules (classifyImageSrc). */
export function bodyImages(body: string, bodyLine = 1, scanned: ScannedBodyImage[] = scanBodyImages(body, bodyLine)): FoundBodyImage[] {
  return scanned.map((img) => ({ ...img, image: classifyImageSrc(img.href) }));
}

/** Local images of a body, each once, as `image()` paths (`./images/x.jpg`) for Astro's content layer. */
export function localImagePaths(body: string): string[] {
  const keys = new Set<string>();
  for (const { image } of bodyImages(body)) if (image.kind === 'local') keys.add(image.key);
  return [...keys].map((k) => (k.startsWith('../') ? k : `./${k}`));
}
