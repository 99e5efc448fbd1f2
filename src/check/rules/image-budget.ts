/**
 * How many pixels one article's photos may add up to (round 8, finding 5). Each photo is within the 100-megapixel
 * limit (trust.ts), but the cost is decoding: the check decodes every photo once (image-decode.ts) and the build
 * decodes and resizes each to four widths. Twelve 100-megapixel PNG maps of 12 KB each in one article cost 1.6 s
 * of check CPU and over 20 s of build; a photo essay of twelve 24-megapixel camera originals (288 megapixels) is
 * within the budget.
 *
 * Counted from the structure the trust boundary has already read (no decoding; image-work.ts): the distinct image
 * files of an article (a photo shown twice is decoded once), an animation's canvas once per frame, as the decoder
 * counts it, each pixel weighed by what it costs next to an ordinary photo's (a JPEG's scans past the usual ten, a
 * PNG's 16 bits, alpha or interlacing: round 10, finding 1).
 * An article over the budget gets one line, at the photo that takes it over, and none of its photos is decoded.
 */
import type { Diagnostic } from '#/check/diagnostics.ts';
import type { LocalImageUse } from './image-use.ts';
import { decodeWork } from './image-work.ts';
import { readRegularFile } from './trust.ts';

/** Pixels of all the photos of one article together (lead image and body photos). */
export const MAX_ARTICLE_PIXELS = 300_000_000;

/** A photo's decoding work in ordinary photo pixels; `heavy` and `lighter` say why it counts more, and the fix. */
export interface PhotoWork {
  pixels: number;
  heavy?: string;
  lighter?: string;
}

/**
 * The decoding work of the image at `path` in ordinary photo pixels: the pixels the decoder makes (an animation's
 * canvas once per frame) times what each costs (image-work.ts: a JPEG's extra scans, a PNG's 16 bits or alpha);
 * 0 when the header does not say. `heavy` says why a photo counts more than its pixels.
 */
export function decodedPixels(path: string): PhotoWork {
  const work = decodeWork(path, readRegularFile);
  if (!work) return { pixels: 0 };
  const pixels = work.pixels * work.weight;
  if (!work.heavy) return { pixels };
  // An animation is told how many of its frames the budget holds (round 37f #1), as an editor trims one.
  const fit = work.frames > 1 ? Math.floor(MAX_ARTICLE_PIXELS / work.weight / (work.width * work.height || 1)) : undefined;
  const lighter = fit !== undefined && work.lighter ? `${work.lighter} (alone in an article, at most ${fit.toLocaleString('en-US')} frames of ${work.width}×${work.height} fit)` : work.lighter;
  return { pixels, heavy: `${work.heavy}, counts ${formatWeight(work.weight)} its ${megapixels(work.pixels)}`, ...(lighter ? { lighter } : {}) };
}

const formatWeight = (weight: number) => (weight === 2 ? 'twice' : `${Number(weight.toFixed(1))} times`);

function megapixels(pixels: number): string {
  return `${Math.round(pixels / 1e6).toLocaleString('en-US')} megapixels`;
}

/**
 * One error line for each article whose photos add up to more than {@link MAX_ARTICLE_PIXELS}, and the articles
 * (`file`) that have one: their photos are not decoded.
 */
export function pixelBudget(uses: readonly LocalImageUse[], pixelsOf: (path: string) => number | PhotoWork = decodedPixels): { diagnostics: Diagnostic[]; over: Set<string> } {
  const known = new Map<string, PhotoWork>();
  const articles = new Map<string, { paths: Set<string>; pixels: number; reported: boolean }>();
  const diagnostics: Diagnostic[] = [];
  for (const u of uses) {
    const a = articles.get(u.file) ?? { paths: new Set<string>(), pixels: 0, reported: false };
    articles.set(u.file, a);
    if (a.reported || a.paths.has(u.path)) continue;
    a.paths.add(u.path);
    let work = known.get(u.path);
    if (work === undefined) {
      const found = pixelsOf(u.path);
      known.set(u.path, (work = typeof found === 'number' ? { pixels: found } : found));
    }
    a.pixels += work.pixels;
    if (a.pixels <= MAX_ARTICLE_PIXELS) continue;
    a.reported = true;
    const what = u.label ?? `"${u.src}"`;
    const message = `${what} brings the article's photos to ${megapixels(a.pixels)} (${a.paths.size} ${a.paths.size === 1 ? 'photo' : 'photos'}${work.heavy ? `; this one, ${work.heavy}` : ''}); the limit is ${megapixels(MAX_ARTICLE_PIXELS)} per article, as every build decodes each photo and resizes it to four widths; ${work.lighter ? `${work.lighter}, ` : ''}export smaller copies (2,400 pixels wide is plenty for the web) or split the article`;
    diagnostics.push({ file: u.file, line: u.line, column: u.column, field: u.field, message, severity: 'error' });
  }
  return { diagnostics, over: new Set([...articles].filter(([, a]) => a.reported).map(([file]) => file)) };
}
