/**
 * How many pixels one article's photos may add up to (round 8, finding 5). Each photo is within the 100-megapixel
 * limit (trust.ts), but the cost is decoding: the check decodes every photo once (image-decode.ts) and the build
 * decodes and resizes each to four widths. Twelve 100-megapixel PNG maps of 12 KB each in one article cost 1.6 s
 * of check CPU and over 20 s of build; a photo essay of twelve 24-megapixel camera originals (288 megapixels) is
 * within the budget.
 *
 * Counted from the headers the trust boundary has already read (no decoding): the distinct image files of an
 * article (a photo shown twice is decoded once), an animated GIF's canvas once per frame, as the decoder counts it.
 * An article over the budget gets one line, at the photo that takes it over, and none of its photos is decoded.
 */
import type { Diagnostic } from '#/check/diagnostics.ts';
import { walkGifBlocks } from './gif-blocks.ts';
import { HEADER_BYTES, imageSize, sniffImage } from './image-format.ts';
import type { LocalImageUse } from './image-use.ts';
import { readRegularFile } from './trust.ts';

/** Pixels of all the photos of one article together (lead image and body photos). */
export const MAX_ARTICLE_PIXELS = 300_000_000;

/** The pixels the decoder makes of the image at `path`, from its header; 0 when the header does not say. */
export function decodedPixels(path: string): number {
  const read = readRegularFile(path, HEADER_BYTES);
  if ('problem' in read) return 0;
  const format = sniffImage(read.bytes);
  const size = format && imageSize(read.bytes, format);
  if (!size) return 0;
  let frames = 0;
  if (format === 'gif') walkGifBlocks(read.bytes, () => void frames++);
  return size.width * size.height * Math.max(1, frames);
}

const megapixels = (pixels: number) => `${Math.round(pixels / 1e6).toLocaleString('en-US')} megapixels`;

/**
 * One error line for each article whose photos add up to more than {@link MAX_ARTICLE_PIXELS}, and the articles
 * (`file`) that have one: their photos are not decoded.
 */
export function pixelBudget(uses: readonly LocalImageUse[], pixelsOf: (path: string) => number = decodedPixels): { diagnostics: Diagnostic[]; over: Set<string> } {
  const known = new Map<string, number>();
  const articles = new Map<string, { paths: Set<string>; pixels: number; reported: boolean }>();
  const diagnostics: Diagnostic[] = [];
  for (const u of uses) {
    const a = articles.get(u.file) ?? { paths: new Set<string>(), pixels: 0, reported: false };
    articles.set(u.file, a);
    if (a.reported || a.paths.has(u.path)) continue;
    a.paths.add(u.path);
    let pixels = known.get(u.path);
    if (pixels === undefined) known.set(u.path, (pixels = pixelsOf(u.path)));
    a.pixels += pixels;
    if (a.pixels <= MAX_ARTICLE_PIXELS) continue;
    a.reported = true;
    const what = u.label ?? `"${u.src}"`;
    const message = `${what} brings the article's photos to ${megapixels(a.pixels)} (${a.paths.size} photos); the limit is ${megapixels(MAX_ARTICLE_PIXELS)} per article, as every build decodes each photo and resizes it to four widths; export smaller copies (2,400 pixels wide is plenty for the web) or split the article`;
    diagnostics.push({ file: u.file, line: u.line, column: u.column, field: u.field, message, severity: 'error' });
  }
  return { diagnostics, over: new Set([...articles].filter(([, a]) => a.reported).map(([file]) => file)) };
}
