/**
 * Images in an article body. A relative `![alt](./images/x.jpg)` is a local photo that goes through Astro's
 * image pipeline like the lead image; an `https://` image is shown as written, only from the hosts listed in
 * the site settings (`imageHosts`). Shared by the content check, the loader (which hands local images to
 * Astro) and the article page (which swaps each rendered local `<img>` for Astro's responsive one).
 */
import { posix } from 'node:path';
import { scanImages, type BodyLink } from './link-scan.ts';
import { referenceImages } from './reference-images.ts';
import { imagePathSpelling } from './rules/image-path.ts';

export type BodyImage =
  | { kind: 'local'; /** normalised path relative to the article file, e.g. `images/x.jpg` */ key: string }
  | { kind: 'remote'; url: URL }
  | { kind: 'invalid'; reason: 'scheme' | 'absolute-path' | 'escaped' }
  /** A local path the renderer would read otherwise than the file system (`x.png/`): `message` says what to write. */
  | { kind: 'invalid'; reason: 'spelling'; message: string };

/**
 * A character reference (`&period;`, `&#46;`) or a backslash escape in a local path: Markdown decodes them before
 * the renderer looks for the file, so the path would name another file than the one the check finds. Refused.
 */
const ESCAPED = /&(?:#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|\\/;

export function classifyImageSrc(src: string): BodyImage {
  const raw = src.trim().replace(/^<|>$/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) {
    try {
      const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
      if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'remote', url };
    } catch {
      // not a URL at all
    }
    return { kind: 'invalid', reason: 'scheme' };
  }
  if (raw.startsWith('/')) return { kind: 'invalid', reason: 'absolute-path' };
  if (ESCAPED.test(raw)) return { kind: 'invalid', reason: 'escaped' };
  const spelling = imagePathSpelling(localPath(raw));
  if (spelling) return { kind: 'invalid', reason: 'spelling', message: spelling };
  return { kind: 'local', key: localKey(raw) };
}

/** `./images/a%20b.png?x` → `images/a b.png`: how a local image is known on both sides of rendering. */
export function localKey(src: string): string {
  return posix.normalize(localPath(src));
}

/** `./images/a%20b.png?x` → `./images/a b.png`: the file path a local image names, before normalising. */
function localPath(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  try {
    return decodeURI(path);
  } catch {
    return path; // kept as written
  }
}

/** A body image as the check and the loader see it; `reference` is set for `![alt][ref]` (`[ref]`, `[]` or ``). */
export type FoundBodyImage = BodyLink & { image: BodyImage; reference?: string; written?: string };

/**
 * The body's images, with their positions: inline ones (`![alt](src)`) and reference ones (`![alt][ref]`,
 * resolved to their definitions as the renderer resolves them, reference-images.ts), through the same rules.
 */
export function bodyImages(body: string, bodyLine = 1): FoundBodyImage[] {
  const inline: FoundBodyImage[] = scanImages(body, bodyLine).map((img) => ({ ...img, image: classifyImageSrc(img.href) }));
  const references = referenceImages(body, bodyLine).images;
  if (!references.length) return inline;
  const resolved = references.map(({ text, href, line, column, reference, written }) => ({ text, href, line, column, reference, written, image: classifyImageSrc(href) }));
  return [...inline, ...resolved].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Local images of a body, each once, as `image()` paths (`./images/x.jpg`) for Astro's content layer. */
export function localImagePaths(body: string): string[] {
  const keys = new Set<string>();
  for (const { image } of bodyImages(body)) if (image.kind === 'local') keys.add(image.key);
  return [...keys].map((k) => (k.startsWith('../') ? k : `./${k}`));
}
