/**
 * The work of decoding an image, read from its structure before any decoder sees it (round 10, finding 1). Pixels
 * alone do not bound it: a progressive JPEG is walked once per scan (685 KB of 2,647 scans: 96 s of CPU), an
 * animation once per frame (the build converts every frame: Astro's sharp service loads all pages), and a PNG of
 * 16 bits a channel with alpha costs four times an ordinary photo's pixel. So each image gets:
 * - hard caps, refused in one line by the trust rules (trust.ts): at most {@link MAX_JPEG_SCANS} scans, at most
 *   {@link MAX_FRAMES} frames (the count stops one past the cap, so a 2,000,000-frame GIF is refused in a walk);
 * - a weight for the per-article budget (image-budget.ts): its pixels (every frame's) times what each costs next to
 *   a pixel of an ordinary photo, measured with the pipeline's own decoder (sharp) on this machine.
 *
 * Results are kept per file identity (inode, size, times): the check, the budget and the build ask about the same
 * file, and only an animation or a progressive JPEG is read past its header.
 */
import { lstatSync } from 'node:fs';
import { type ImageFormat, HEADER_BYTES, imageSize, MAX_IMAGE_BYTES, sniffImage } from './image-format.ts';
import { avifImages, gifFrames, isAnimatedWebp, isProgressiveJpeg, jpegScans, pngChunks, pngLayout, webpFrames } from './image-structure.ts';

/**
 * Most scans a progressive JPEG may have. Encoders write about 10 (libjpeg's and mozjpeg's standard scripts: 9–10
 * for colour, Photoshop 3–5); libjpeg-turbo offers `djpeg -maxscans` and a TurboJPEG scan limit against the rest.
 */
export const MAX_JPEG_SCANS = 100;

/** Scans an ordinary progressive JPEG has, all within the cost of one photo pixel; past them each scan weighs. */
export const ORDINARY_SCANS = 10;

/**
 * Most chunks a PNG may have. The decoder reads, checksums and keeps a record of each (a text chunk, a frame's
 * control chunk, a slice of the picture data); encoders write a few dozen (libpng's picture data in 8 KB slices: a
 * 50 MB PNG has about 6,100). Past the cap a file of tiny chunks is a decoder's worst case, refused in one line.
 */
export const MAX_PNG_CHUNKS = 10_000;

/** Most frames an animation (GIF, animated WebP) or images an AVIF may have: 40 s at 25 frames a second. */
export const MAX_FRAMES = 1_000;

/**
 * What a frame's pixel of an animated GIF or WebP costs next to an ordinary photo's (round 37f #1): the build
 * decodes every frame and writes an animated WebP at each width, so a 324 KB GIF of 340 frames of 540×540 (99
 * megapixels) took 26 s of build (~260 ms a megapixel), where twelve 100-megapixel PNGs took over 20 s (~17 ms).
 */
export const ANIMATION_WEIGHT = 15;

export interface DecodeWork {
  format: ImageFormat;
  /** Pixels the decoder makes: the canvas once per frame. */
  pixels: number;
  /** What each pixel costs next to an ordinary photo's (1). */
  weight: number;
  /** What makes the weight, e.g. "a 16-bit PNG with alpha"; undefined when the weight is 1. */
  heavy?: string;
  /** How to make it lighter, with `heavy`. */
  lighter?: string;
  frames: number;
  /** A JPEG's scans (start-of-scan markers); 1 for other formats. */
  scans: number;
  /** A PNG's chunks (counted up to one past {@link MAX_PNG_CHUNKS}); 0 for other formats. */
  chunks: number;
  /** The canvas, from the header (image-aspect.ts warns of a strip). */
  width: number;
  height: number;
}

const known = new Map<string, DecodeWork | undefined>();

/** Reads at most `limit` bytes of a regular file, never through a link (trust.ts `readRegularFile`). */
export type ReadFile = (path: string, limit: number) => { bytes: Uint8Array; size: number } | { problem: string };

/**
 * The decode work of the image at `path`, or undefined when it cannot be read or its header does not say.
 * `readFile` is the trust boundary's reader (passed in, as trust.ts asks this module).
 */
export function decodeWork(path: string, readFile: ReadFile): DecodeWork | undefined {
  let key: string;
  try {
    const stat = lstatSync(path);
    key = `${path}|${stat.ino}|${stat.size}|${stat.mtimeMs}|${stat.ctimeMs}`;
  } catch {
    return undefined;
  }
  if (known.has(key)) return known.get(key);
  const read = readFile(path, HEADER_BYTES);
  let work: DecodeWork | undefined;
  if (!('problem' in read)) {
    work = decodeWorkOf(read.bytes, read.size, () => {
      // The whole file, for a walk past the header (at most the image size limit: ~20 ms for 50 MB).
      const all = read.size <= read.bytes.length ? read : readFile(path, MAX_IMAGE_BYTES);
      return 'problem' in all ? read.bytes : all.bytes;
    });
  }
  if (known.size >= 10_000) known.clear(); // (a dev server's edits: the map never grows without bound)
  known.set(key, work);
  return work;
}

/** The decode work from the leading bytes `header` of a file of `size` bytes; `whole` reads all of it. */
export function decodeWorkOf(header: Uint8Array, size: number, whole: () => Uint8Array): DecodeWork | undefined {
  const format = sniffImage(header);
  const canvas = format && imageSize(header, format);
  if (!format || !canvas) return undefined;
  const area = canvas.width * canvas.height;
  const work: DecodeWork = {
    format, pixels: area, weight: 1, frames: 1, scans: 1, chunks: 0, width: canvas.width, height: canvas.height,
  };
  // A count over the header first: past the cap there already (a 46 MB GIF of 2,000,000 frames), the rest is not read.
  const count = (walk: (b: Uint8Array, cap: number) => number, cap: number) => {
    const inHeader = walk(header, cap);
    return inHeader > cap || size <= header.length ? inHeader : walk(whole(), cap);
  };
  switch (format) {
    case 'jpeg': {
      if (!isProgressiveJpeg(header)) break;
      work.scans = count(jpegScans, MAX_JPEG_SCANS);
      // Measured: each scan past the picture's own coefficients costs the decoder ~0.2 ms a megapixel, a twentieth
      // of an ordinary pixel's decode; counted as a tenth.
      work.weight = Math.max(1, work.scans / ORDINARY_SCANS);
      if (work.weight > 1) {
        work.heavy = `a progressive JPEG of ${work.scans} scans`;
        work.lighter = 'save it as a baseline JPEG';
      }
      break;
    }
    case 'gif':
      work.frames = Math.max(1, count(gifFrames, MAX_FRAMES));
      weighAnimation(work, 'GIF');
      break;
    case 'webp':
      if (isAnimatedWebp(header)) work.frames = Math.max(1, count(webpFrames, MAX_FRAMES));
      weighAnimation(work, 'WebP');
      break;
    case 'png': {
      // Walked past the header only when the file is larger (the cap's chunks need 120 KB; the header holds 256 KB).
      work.chunks = count(pngChunks, MAX_PNG_CHUNKS);
      // Measured against an ordinary photo's pixel (check and build CPU): 16-bit 1.6–1.7×, alpha 1.5–2×, both
      // 2.4–3.3×, Adam7 interlacing 1.7–2.3×.
      const layout = pngLayout(header);
      if (!layout) break;
      work.weight = (layout.sixteenBit ? 2 : 1) * (layout.alpha ? 2 : 1) * (layout.interlaced ? 2 : 1);
      const words = [layout.sixteenBit && '16-bit', layout.interlaced && 'interlaced', 'PNG'].filter(Boolean).join(' ');
      if (work.weight === 1) break;
      work.heavy = `${words.startsWith('i') ? 'an' : 'a'} ${words}${layout.alpha ? ' with alpha' : ''}`;
      const ways = [layout.sixteenBit && 'as 8-bit', layout.alpha && 'without transparency', layout.interlaced && 'not interlaced'].filter(Boolean);
      work.lighter = `save it ${ways.join(', ')} (a photo as a JPEG)`;
      break;
    }
    case 'avif':
      // With `pages: -1` the pipeline loads every top-level image of the file (each the same size, or it fails).
      work.frames = avifImages(header, MAX_FRAMES);
      break;
  }
  work.pixels = area * work.frames;
  return work;
}

/** An animation's weight in the budget, and the line's words for it; a still (one frame) weighs 1. */
function weighAnimation(work: DecodeWork, format: string): void {
  if (work.frames < 2) return;
  work.weight = ANIMATION_WEIGHT;
  work.heavy = `an animated ${format} of ${work.frames.toLocaleString('en-US')} frames of ${work.width}×${work.height}, each decoded and converted when the page is built`;
  work.lighter = 'post a still image or a link to a video instead';
}

/** Why the image would take too long to decode, whatever else is in the article, or undefined. */
export function decodeWorkProblem(work: DecodeWork): string | undefined {
  if (work.scans > MAX_JPEG_SCANS) {
    return `is a progressive JPEG of more than ${MAX_JPEG_SCANS} scans (an ordinary one has about ${ORDINARY_SCANS}), and a decoder walks the whole picture once per scan; save it as a baseline JPEG (or progressive with the standard scans)`;
  }
  if (work.chunks > MAX_PNG_CHUNKS) {
    return `is a PNG of more than ${MAX_PNG_CHUNKS.toLocaleString('en-US')} chunks (an ordinary one has a few dozen), each of which the decoder reads and checks; export it again as an ordinary PNG, or as a JPEG or WebP`;
  }
  if (work.frames > MAX_FRAMES && work.format === 'avif') {
    return `holds more than ${MAX_FRAMES.toLocaleString('en-US')} images, each of which the build decodes; use a still image (one picture a file)`;
  }
  if (work.frames > MAX_FRAMES) {
    return `is an animation of more than ${MAX_FRAMES.toLocaleString('en-US')} frames, each of which the build decodes and converts; use a still image, or a shorter animation (at most ${MAX_FRAMES.toLocaleString('en-US')} frames)`;
  }
  return undefined;
}
