/**
 * Decodes a local image with the library the build's image pipeline uses (sharp), so a file the pipeline cannot
 * convert is refused with one line instead of Astro warning "used unoptimized" and publishing the original bytes
 * (camera metadata included) under a `.webp` name. The header rules (trust.ts, image-decodable.ts) come first and
 * catch most such files without decoding; this catches what only decoding shows (a corrupt VP8 bitstream, a
 * damaged AVIF `mdat`, progressive markers over baseline data).
 *
 * Bounded: the pixel limit is the check's own (decompression bombs never get here), the picture is decoded
 * shrunk (JPEG and WebP decode at a fraction of their size) into an 8-pixel thumbnail, and sharp gives up after
 * a timeout. Results are kept per file identity (inode, size, change time), so the dev server decodes a photo once.
 */
import { lstatSync } from 'node:fs';
import sharp from 'sharp';
import type { Diagnostic } from '#/check/diagnostics.ts';
import { MAX_PIXELS } from './image-format.ts';
import { pixelBudget } from './image-budget.ts';
import { extremeAspects } from './image-aspect.ts';
import type { LocalImageUse } from './image-use.ts';

export type { LocalImageUse } from './image-use.ts';

/** Images decoded at once: sharp has its own threads; this only keeps a big newsroom's queue short. */
const AT_ONCE = 4;

/**
 * One error line for each image use whose file does not decode (each file decoded once), and one for each article
 * whose photos add up to more pixels than the per-article budget (image-budget.ts; those are not decoded).
 */
export async function decodeLocalImages(all: readonly LocalImageUse[]): Promise<Diagnostic[]> {
  const budget = pixelBudget(all);
  const uses = budget.over.size ? all.filter((u) => !budget.over.has(u.file)) : all;
  const paths = [...new Set(uses.map((u) => u.path))];
  const problems = new Map<string, string | undefined>();
  for (let i = 0; i < paths.length; i += AT_ONCE) {
    const batch = paths.slice(i, i + AT_ONCE);
    const found = await Promise.all(batch.map((p) => decodeProblem(p)));
    batch.forEach((p, k) => problems.set(p, found[k]));
  }
  return [
    ...budget.diagnostics,
    ...uses.flatMap((u) => {
      const problem = problems.get(u.path);
      if (!problem) return [];
      const message = u.label ? `${u.label} ${problem}` : `"${u.src}" ${problem}`;
      return [{ file: u.file, line: u.line, column: u.column, field: u.field, message, severity: 'error' as const }];
    }),
  ];
}

/**
 * What the check and the build print about the photos themselves: the decoding lines (errors) and a photo shaped
 * like a strip (a warning: image-aspect.ts). Loaders that refuse an article on any line call decodeLocalImages.
 */
export async function localImageLines(all: readonly LocalImageUse[]): Promise<Diagnostic[]> {
  return [...(await decodeLocalImages(all)), ...extremeAspects(all)];
}

/** Seconds sharp may spend on one image (a 100-megapixel JPEG decodes in about two on this machine). */
const DECODE_SECONDS = 30;

const known = new Map<string, string | undefined>();

/** Why the image at `path` cannot be decoded, or undefined when it decodes. */
export async function decodeProblem(path: string): Promise<string | undefined> {
  let key: string;
  try {
    const stat = lstatSync(path);
    key = `${path}|${stat.ino}|${stat.size}|${stat.ctimeMs}|${stat.mtimeMs}`;
  } catch {
    return undefined; // The header rules have already said why the file cannot be read.
  }
  if (known.has(key)) return known.get(key);
  let problem: string | undefined;
  try {
    await sharp(path, { limitInputPixels: MAX_PIXELS, failOn: 'error', pages: -1, sequentialRead: true })
      .timeout({ seconds: DECODE_SECONDS })
      .resize(8, 8, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (error) {
    // sharp's own check (every frame of an animation counts): a stable message, unlike libvips' below.
    if (/pixel limit/i.test(String(error))) {
      problem = `has frames that together are over ${MAX_PIXELS / 1e6} megapixels, which the image pipeline refuses to decode; export a shorter or smaller animation`;
      known.set(key, problem);
      return problem;
    }
    // (The decoder's own words are left out: libvips keeps its error text per thread, so the same file can be
    // "Corrupt frame detected" in one process and "Unknown error" in another, and the build must print exactly
    // the check's lines.)
    problem = 'cannot be decoded by the image pipeline (sharp, which makes the web copies), so it would be published broken or unconverted; export it again as an ordinary JPEG, PNG or WebP';
  }
  known.set(key, problem);
  return problem;
}
