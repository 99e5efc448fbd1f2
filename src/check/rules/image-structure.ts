/**
 * What an image's structure says about the work of decoding it, beyond its pixels (round 10, finding 1): a
 * progressive JPEG's scans (the decoder walks every block of the picture once per scan, so a 685 KB file of 2,647
 * scans cost 96 s of CPU), an animation's frames (GIF, animated WebP; the build keeps every frame), and a PNG's
 * bytes per pixel (16 bits a channel, alpha). Read from the bytes without decoding: each walk moves forward over
 * the format's own length fields (and, inside a JPEG scan, to the next 0xFF byte by a native search), so it is
 * linear in the bytes and stops as soon as a count passes its cap.
 */
import { walkGifBlocks } from './gif-blocks.ts';

const ascii = (b: Uint8Array, start: number, end: number) => String.fromCharCode(...b.subarray(start, end));
const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const le32 = (b: Uint8Array, i: number) => ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;

/** Whether the JPEG's first frame is progressive (SOF2; the other progressive codings are refused earlier). */
export function isProgressiveJpeg(b: Uint8Array): boolean {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xc2) return true;
    if ((marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) || marker === 0xda || marker === 0xd9) return false;
    i += 2 + (marker >= 0xd0 && marker <= 0xd8 ? 0 : be16(b, i + 2));
  }
  return false;
}

/**
 * The start-of-scan (SOS) markers of a JPEG, counted up to `cap + 1`: the segments are walked by their lengths;
 * a scan's entropy-coded data is skipped to the next marker (0xFF not followed by a stuffed 0x00, a restart
 * marker or fill), found with the native byte search.
 */
export function jpegScans(bytes: Uint8Array, cap: number): number {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let scans = 0;
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) {
      // Inside entropy-coded data: on to the next marker.
      const next = b.indexOf(0xff, i);
      if (next < 0) break;
      i = next;
      continue;
    }
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7)) {
      // Fill byte, a stuffed 0xFF inside the data, or a restart marker: still data.
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9) break;
    if (marker === 0xd8 || marker === 0x01) {
      i += 2;
      continue;
    }
    const length = be16(b, i + 2);
    if (length < 2) break;
    i += 2 + length;
    if (marker === 0xda && ++scans > cap) break;
  }
  return scans;
}

/** The frames of a GIF (image descriptors), counted up to `cap + 1`. */
export function gifFrames(b: Uint8Array, cap: number): number {
  let frames = 0;
  walkGifBlocks(b, () => ++frames <= cap);
  return frames;
}

/** Whether a WebP is animated (its VP8X chunk's animation flag). */
export function isAnimatedWebp(b: Uint8Array): boolean {
  return ascii(b, 12, 16) === 'VP8X' && ((b[20] ?? 0) & 0x02) !== 0;
}

/** The frames (ANMF chunks) of an animated WebP, counted up to `cap + 1` over the RIFF chunk lengths. */
export function webpFrames(b: Uint8Array, cap: number): number {
  let frames = 0;
  let i = 12;
  while (i + 8 <= b.length) {
    const length = le32(b, i + 4);
    if (ascii(b, i, i + 4) === 'ANMF' && ++frames > cap) break;
    i += 8 + length + (length & 1);
  }
  return frames;
}

/**
 * What a PNG decodes to, from its header chunks: 16 bits a channel, an alpha channel (colour types 4 and 6, or a
 * `tRNS` chunk before the picture data), Adam7 interlacing (the decoder then holds the whole picture at once).
 */
export function pngLayout(b: Uint8Array): { sixteenBit: boolean; alpha: boolean; interlaced: boolean } | undefined {
  if (b.length < 29 || ascii(b, 12, 16) !== 'IHDR') return undefined;
  const colourType = b[25] ?? 0;
  let alpha = colourType === 4 || colourType === 6;
  for (let i = 8; !alpha && i + 8 <= b.length; ) {
    const type = ascii(b, i + 4, i + 8);
    if (type === 'IDAT' || type === 'IEND') break;
    alpha = type === 'tRNS';
    i += 12 + (((be16(b, i) << 16) | be16(b, i + 2)) >>> 0);
  }
  return { sixteenBit: (b[24] ?? 8) > 8, alpha, interlaced: (b[28] ?? 0) !== 0 };
}

const be32 = (b: Uint8Array, i: number) => ((be16(b, i) << 16) | be16(b, i + 2)) >>> 0;

/**
 * The chunks of a PNG up to its IEND, counted up to `cap + 1` by their length fields (each is at least 12 bytes,
 * so a PNG of up to 12 × `cap` bytes needs no walk past what it holds). The decoder walks and checksums each one.
 */
export function pngChunks(b: Uint8Array, cap: number): number {
  let chunks = 0;
  for (let i = 8; i + 8 <= b.length && chunks <= cap; ) {
    chunks++;
    if (ascii(b, i + 4, i + 8) === 'IEND') break;
    i += 12 + be32(b, i);
  }
  return chunks;
}

/** The child boxes of an ISO-BMFF box whose children span `start`–`end`: type, content start and end. */
function* boxes(b: Uint8Array, start: number, end: number): Generator<{ type: string; at: number; end: number }> {
  let i = start;
  while (i + 8 <= end) {
    let size = be32(b, i);
    let header = 8;
    if (size === 1) {
      size = be32(b, i + 8) * 2 ** 32 + be32(b, i + 12);
      header = 16;
    } else if (size === 0) size = end - i;
    if (size < header) return;
    yield { type: ascii(b, i + 4, i + 8), at: i + header, end: Math.min(end, i + size) };
    i += size;
  }
}

/** Item types that are not pictures (metadata, XMP, links). */
const NOT_PICTURES = new Set(['Exif', 'mime', 'uri ']);

/**
 * The top-level images of an AVIF (HEIF): the pipeline loads each of them with `pages: -1` (libheif's top-level
 * list: picture items that are not hidden, not a thumbnail or an auxiliary image such as alpha, and not a grid's
 * tile), counted up to `cap + 1` from the `meta` box's item list (`iinf`) and references (`iref`); 1 when the
 * bytes read do not say.
 */
export function avifImages(b: Uint8Array, cap: number): number {
  const meta = [...boxes(b, 0, b.length)].find((x) => x.type === 'meta');
  if (!meta) return 1;
  const pictures = new Set<number>();
  const notTopLevel = new Set<number>();
  for (const child of boxes(b, meta.at + 4, meta.end)) {
    if (child.type === 'iinf') {
      const version = b[child.at] ?? 0;
      const first = child.at + 4 + (version === 0 ? 2 : 4);
      for (const infe of boxes(b, first, child.end)) {
        if (infe.type !== 'infe') continue;
        const v = b[infe.at] ?? 0;
        if (v < 2) continue;
        const hidden = ((b[infe.at + 3] ?? 0) & 1) === 1;
        const id = v === 2 ? be16(b, infe.at + 4) : be32(b, infe.at + 4);
        const type = ascii(b, infe.at + (v === 2 ? 8 : 10), infe.at + (v === 2 ? 12 : 14));
        if (!NOT_PICTURES.has(type)) pictures.add(id);
        if (hidden) notTopLevel.add(id);
      }
    } else if (child.type === 'iref') {
      const wide = (b[child.at] ?? 0) !== 0;
      const id = (at: number) => (wide ? be32(b, at) : be16(b, at));
      const step = wide ? 4 : 2;
      for (const ref of boxes(b, child.at + 4, child.end)) {
        const from = id(ref.at);
        const count = be16(b, ref.at + step);
        if (ref.type === 'thmb' || ref.type === 'auxl') notTopLevel.add(from);
        if (ref.type === 'dimg') for (let k = 0; k < count; k++) notTopLevel.add(id(ref.at + step + 2 + k * step));
      }
    }
  }
  let top = 0;
  for (const id of pictures) if (!notTopLevel.has(id) && ++top > cap) break;
  return Math.max(1, top);
}
