/**
 * Whether the image pipeline (sharp: libjpeg-turbo, libnsgif, libwebp, libheif) and browsers can decode a file
 * whose header and data are all there: a JPEG coded in a way they do not read (lossless, hierarchical,
 * arithmetic-coded, 12-bit, or with its height left to a DNL marker), a GIF whose LZW data is invalid, or a WebP
 * whose canvas (VP8X) disagrees with its frame. Astro either crashes on such a file with a stack trace or, worse,
 * publishes the original bytes (camera metadata included) under a `.webp` name. Read from the leading bytes only,
 * each walk moving forward, so linear in the bytes read; the build then decodes every image with sharp
 * (src/build/image-decode.ts) for what only decoding shows (a corrupt VP8 bitstream or AVIF `mdat`).
 */
import { jpegFrame, type ImageFormat } from './image-format.ts';

const ascii = (b: Uint8Array, start: number, end: number) => String.fromCharCode(...b.subarray(start, end));
const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const le24 = (b: Uint8Array, i: number) => le16(b, i) | ((b[i + 2] ?? 0) << 16);
const le32 = (b: Uint8Array, i: number) => (le24(b, i) | ((b[i + 3] ?? 0) << 24)) >>> 0;

const REEXPORT = 'export it again as an ordinary 8-bit JPEG (baseline or progressive)';

/** Why the bytes cannot be decoded, or undefined. `bytes`: the leading bytes read. */
export function undecodableImage(bytes: Uint8Array, format: ImageFormat): string | undefined {
  switch (format) {
    case 'jpeg':
      return jpegCoding(bytes);
    case 'gif':
      return gifLzw(bytes);
    case 'webp':
      return webpFrame(bytes);
    default:
      return undefined;
  }
}

/** The coding each start-of-frame marker names (C0–CF without DHT C4, JPG C8 and DAC CC). */
const SOF_KINDS: Readonly<Record<number, string>> = {
  0xc3: 'lossless',
  0xc5: 'hierarchical (differential sequential)',
  0xc6: 'hierarchical (differential progressive)',
  0xc7: 'hierarchical (differential lossless)',
  0xc9: 'arithmetic-coded',
  0xca: 'arithmetic-coded progressive',
  0xcb: 'arithmetic-coded lossless',
  0xcd: 'hierarchical arithmetic-coded',
  0xce: 'hierarchical arithmetic-coded progressive',
  0xcf: 'hierarchical arithmetic-coded lossless',
};

function jpegCoding(b: Uint8Array): string | undefined {
  const frame = jpegFrame(b);
  if (frame === undefined) return undefined;
  const { marker, at } = frame;
  const kind = SOF_KINDS[marker];
  if (kind) return `it is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} JPEG (SOF${marker - 0xc0} marker), which browsers and the image pipeline cannot decode; ${REEXPORT}`;
  const precision = b[at + 4] ?? 0;
  if (precision !== 8) return `it is a ${precision}-bit JPEG, which browsers and the image pipeline cannot decode; ${REEXPORT}`;
  const height = be16(b, at + 5);
  const width = be16(b, at + 7);
  if (width === 0 || height === 0) {
    return `its frame header says ${width}×${height} pixels (a height left to a DNL marker, which browsers do not read); ${REEXPORT}`;
  }
  return undefined;
}

/**
 * The first frame's LZW codes, checked as a decoder reads them: a code may name only an entry already in the
 * table (or the one being made), and the minimum code size is 2–8. Codes past the bytes read are not judged.
 */
function gifLzw(b: Uint8Array): string | undefined {
  const packed = b[10] ?? 0;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  while (i < b.length) {
    const block = b[i];
    if (block === 0x21) {
      i += 2;
      while (i < b.length && (b[i] ?? 0) !== 0) i += 1 + (b[i] ?? 0);
      i++;
      continue;
    }
    if (block !== 0x2c) return undefined;
    const local = b[i + 9] ?? 0;
    i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
    const minSize = b[i] ?? 0;
    if (i >= b.length) return undefined;
    if (minSize < 2 || minSize > 8) return `its first frame's LZW code size is ${minSize} (GIF allows 2–8), so it cannot be decoded; export it again`;
    return lzwProblem(b, i + 1, minSize);
  }
  return undefined;
}

function lzwProblem(b: Uint8Array, start: number, minSize: number): string | undefined {
  const clear = 1 << minSize;
  const end = clear + 1;
  let size = minSize + 1;
  let next = end + 1;
  let first = true;
  let acc = 0;
  let bits = 0;
  let at = start;
  while (at < b.length) {
    const length = b[at] ?? 0;
    if (length === 0) return undefined;
    const stop = Math.min(b.length, at + 1 + length);
    for (let k = at + 1; k < stop; k++) {
      acc |= (b[k] ?? 0) << bits;
      bits += 8;
      while (bits >= size) {
        const code = acc & ((1 << size) - 1);
        acc >>>= size;
        bits -= size;
        if (code === clear) {
          size = minSize + 1;
          next = end + 1;
          first = true;
          continue;
        }
        if (code === end) return undefined;
        if (first ? code >= clear : code > next) return 'its first frame\'s LZW data is invalid (a code the decoder has not defined), so it cannot be decoded; export it again';
        if (!first && next < 4096) {
          next++;
          if (next === 1 << size && size < 12) size++;
        }
        first = false;
      }
    }
    at += 1 + length;
  }
  return undefined;
}

/** A still WebP's frame must be as large as its VP8X canvas, and start as its format says. */
function webpFrame(b: Uint8Array): string | undefined {
  let canvas: { width: number; height: number } | undefined;
  let i = 12;
  while (i + 8 <= b.length) {
    const type = ascii(b, i, i + 4);
    const length = le32(b, i + 4);
    const data = i + 8;
    if (type === 'VP8X') {
      // Animated files carry their frames in ANMF chunks, each placed on the canvas: libwebp checks those.
      if ((b[data] ?? 0) & 0x02) return undefined;
      canvas = { width: le24(b, data + 4) + 1, height: le24(b, data + 7) + 1 };
    } else if (type === 'VP8 ' || type === 'VP8L') {
      let frame: { width: number; height: number };
      if (type === 'VP8 ') {
        if (data + 10 > b.length) return undefined;
        if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return 'its VP8 frame does not start as VP8 data does, so it cannot be decoded; export it again';
        frame = { width: le16(b, data + 6) & 0x3fff, height: le16(b, data + 8) & 0x3fff };
      } else {
        if (data + 5 > b.length) return undefined;
        if (b[data] !== 0x2f) return 'its VP8L frame does not start as lossless WebP data does, so it cannot be decoded; export it again';
        const bits = le32(b, data + 1);
        frame = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      }
      if (frame.width === 0 || frame.height === 0) return `its frame is ${frame.width}×${frame.height} pixels; export it again`;
      if (canvas && (canvas.width !== frame.width || canvas.height !== frame.height)) {
        return `its canvas (VP8X) is ${canvas.width}×${canvas.height} pixels but its picture is ${frame.width}×${frame.height}, so decoders refuse it; export it again`;
      }
      return undefined;
    }
    i = data + length + (length & 1);
  }
  return undefined;
}
