/**
 * Whether an image file holds a picture, not only a header: an interrupted upload (a JPEG cut after its frame
 * header, a PNG of IHDR and IEND, a WebP or AVIF header without its data, a GIF with a screen and no frame) makes
 * Astro's metadata step crash the build with a stack trace, or is published as a broken image under a `.webp`
 * name. Read from the file's leading bytes and its size, without decoding: each walk moves forward over the
 * format's own length fields, so it is linear in the bytes read. When a walk leaves the bytes read (a long
 * header), the rest of the file is given the benefit of the doubt.
 *
 * Also the web pipeline's limit on a side: WebP (every body image's srcset) holds at most 16,383 pixels a side;
 * Astro passes a taller or wider image through unconverted, PNG bytes under a `.webp` name.
 */
import { type GifFrame, walkGifBlocks } from './gif-blocks.ts';
import type { ImageFormat } from './image-format.ts';

/** Longest side the web pipeline can write (WebP's limit). */
export const MAX_SIDE = 16_383;

const ascii = (b: Uint8Array, start: number, end: number) => String.fromCharCode(...b.subarray(start, end));
const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const be32 = (b: Uint8Array, i: number) => ((be16(b, i) << 16) | be16(b, i + 2)) >>> 0;
const le32 = (b: Uint8Array, i: number) => ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;

/** What is missing from the image, or undefined. `bytes`: the leading bytes read; `size`: the file's size. */
export function missingImageData(bytes: Uint8Array, size: number, format: ImageFormat): string | undefined {
  const complete = bytes.length >= size;
  switch (format) {
    case 'jpeg':
      return jpegData(bytes, size, complete);
    case 'png':
      return pngData(bytes, size, complete);
    case 'gif':
      return gifData(bytes, complete);
    case 'webp':
      return webpData(bytes, size, complete);
    case 'avif':
      return avifData(bytes, size, complete);
  }
}

function jpegData(b: Uint8Array, size: number, complete: boolean): string | undefined {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return 'its segments are damaged';
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) return 'it ends before any picture data (a frame header but no scan)';
    // Start of scan: the compressed picture follows its header.
    if (marker === 0xda) return i + 2 + be16(b, i + 2) < size - 2 ? undefined : 'it ends right after the scan header';
    i += 2 + (marker >= 0xd0 && marker <= 0xd8 ? 0 : be16(b, i + 2));
  }
  return complete || i >= size ? 'it ends before any picture data (no scan)' : undefined;
}

function pngData(b: Uint8Array, size: number, complete: boolean): string | undefined {
  let i = 8;
  while (i + 8 <= b.length) {
    const length = be32(b, i);
    const type = ascii(b, i + 4, i + 8);
    if (i + 12 + length > size) return `its ${type} chunk is cut off`;
    if (type === 'IDAT' && length > 0) return undefined;
    if (type === 'IEND') return 'it has no picture data (no IDAT chunk before IEND)';
    i += 12 + length;
  }
  return complete || i >= size ? 'it ends before any picture data (no IDAT chunk)' : undefined;
}

function gifData(b: Uint8Array, complete: boolean): string | undefined {
  let first = undefined as GifFrame | undefined; // (set in the callback, which narrowing cannot see)
  const stopped = walkGifBlocks(b, (frame) => {
    first = frame;
    return false;
  });
  if (!first) return complete || stopped < b.length ? 'it has no frame (a screen size but no picture)' : undefined;
  if (first.data < b.length && (b[first.data] ?? 0) === 0) return 'its first frame has no picture data';
  return first.end <= b.length || !complete ? undefined : 'its first frame is cut off';
}

function webpData(b: Uint8Array, size: number, complete: boolean): string | undefined {
  let i = 12;
  while (i + 8 <= b.length) {
    const type = ascii(b, i, i + 4);
    const length = le32(b, i + 4);
    if (i + 8 + length > size) return `its ${type.trim()} chunk is cut off`;
    if ((type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') && length > 10) return undefined;
    i += 8 + length + (length & 1);
  }
  return complete || i >= size ? 'it ends before any picture data (no VP8/VP8L frame)' : undefined;
}

function avifData(b: Uint8Array, size: number, complete: boolean): string | undefined {
  let i = 0;
  while (i + 8 <= b.length) {
    let length = be32(b, i);
    const type = ascii(b, i + 4, i + 8);
    if (length === 1) length = i + 16 <= b.length ? be32(b, i + 8) * 2 ** 32 + be32(b, i + 12) : 16;
    else if (length === 0) length = size - i;
    if (length < 8 || i + length > size) return `its ${type} box is cut off`;
    if (type === 'mdat') return length > 16 ? undefined : 'its picture data box is empty';
    i += length;
  }
  return complete || i >= size ? 'it has no picture data (no mdat box)' : undefined;
}
