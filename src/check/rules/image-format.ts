/**
 * Recognises the lead-image formats the build can process by their leading bytes ("magic numbers"), never by the
 * file's name: a file called `photo.png` that holds JavaScript or HTML is not an image.
 */
import { walkGifBlocks } from './gif-blocks.ts';

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

/** The format each accepted file extension promises. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, ImageFormat>> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
  '.gif': 'gif',
};

/** Image formats the build can process for the lead image, by extension. */
export const IMAGE_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION);

export const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = { jpeg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP', avif: 'AVIF' };

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The image format the bytes begin with, or undefined when they are not one the build accepts. */
export function sniffImage(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // ISO-BMFF: a `ftyp` box whose major or compatible brands name AVIF.
  if (brands(bytes).some((b) => /^avi[fs]$/.test(b))) return 'avif';
  return undefined;
}

/** An ISO-BMFF file's major and compatible brands (its `ftyp` box), or none. */
function brands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return [];
  const boxEnd = Math.min(bytes.length, (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0);
  const out: string[] = [];
  for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) out.push(ascii(bytes, at, at + 4));
  return out;
}

/** ISO-BMFF brands of HEIF pictures (HEIC from iPhones): `heic`, `heix`, `mif1` … (AVIF files are told apart first). */
const HEIF_BRAND = /^(?:hei[cxms]|hev[cxms]|mif1|msf1)$/;

/** Whether the bytes are an HEIF/HEIC picture (round 25b #14): the `ftyp` box names an HEIF brand and no AVIF one. */
export function isHeif(bytes: Uint8Array): boolean {
  return sniffImage(bytes) !== 'avif' && brands(bytes).some((b) => HEIF_BRAND.test(b));
}

/**
 * A photo named or made the way the build does not read, with what to do (round 25b #14): an iPhone's HEIC (by its
 * name, or `heif` when the bytes say so), or a JPEG under an old name (`.jfif`, `.jpe`, `.jif`), which a rename fixes.
 */
export function photoFormatProblem(src: string, ext: string, heif = false): string | undefined {
  const jpg = src.replace(/\.[^./\\]*$/, '.jpg');
  const file = jpg.slice(Math.max(jpg.lastIndexOf('/'), jpg.lastIndexOf('\\')) + 1);
  if (heif || ext === '.heic' || ext === '.heif') {
    return `"${src}" is an HEIC photo (the iPhone's format), which browsers cannot show; export it as JPEG (on a Mac: open it in Preview, File → Export, Format JPEG) and write ${jpg}`;
  }
  if (ext === '.jfif' || ext === '.jpe' || ext === '.jif') return `"${src}" is a JPEG under a name the build does not read (${ext}); rename the file to ${file} and write ${jpg}`;
  const other = OTHER_PICTURES[ext];
  if (!other) return undefined;
  const to = src.replace(/\.[^./\\]*$/, `.${other.as}`);
  return `"${src}" is not a supported image: ${other.what}, which the site does not publish, and a rename does not convert it; export it as ${other.as === 'png' ? 'PNG' : 'JPEG'} (${other.how}) and write ${to}`;
}

/**
 * Pictures a graphics desk or a scanner saves that are not photos the build reads (round 28a #3): renaming them to
 * an extension in the list only earns a second refusal (the bytes are checked), so the line says to export.
 */
const OTHER_PICTURES: Record<string, { what: string; as: 'png' | 'jpg'; how: string }> = {
  '.svg': { what: 'an SVG drawing (it could carry scripts)', as: 'png', how: 'from the graphics program: Export, PNG, 1600 pixels wide' },
  '.svgz': { what: 'a compressed SVG drawing (it could carry scripts)', as: 'png', how: 'from the graphics program: Export, PNG, 1600 pixels wide' },
  '.tif': { what: 'a TIFF scan, which browsers cannot show', as: 'jpg', how: 'from the scanning or photo program: Export, JPEG' },
  '.tiff': { what: 'a TIFF scan, which browsers cannot show', as: 'jpg', how: 'from the scanning or photo program: Export, JPEG' },
  '.bmp': { what: 'a BMP picture', as: 'png', how: 'from any picture program: Save as, PNG' },
  '.psd': { what: 'a Photoshop document', as: 'jpg', how: 'in Photoshop: File, Export, Export As, JPG' },
  '.ai': { what: 'an Illustrator document', as: 'png', how: 'in Illustrator: File, Export, Export As, PNG' },
  '.eps': { what: 'an EPS drawing', as: 'png', how: 'from the graphics program: Export, PNG, 1600 pixels wide' },
  '.pdf': { what: 'a PDF document', as: 'png', how: 'from the PDF viewer: Export, PNG, 1600 pixels wide' },
  '.jxl': { what: 'a JPEG XL picture, which most browsers cannot show', as: 'jpg', how: 'from the photo program: Export, JPEG' },
};

/** `89 50 4e 47 …`: the first bytes as hex, for a message saying what the file holds instead. */
export function describeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty';
  const text = ascii(bytes, 0, Math.min(bytes.length, 16));
  if (/^[\x20-\x7e\t\r\n]+$/.test(text)) return `it starts with the text ${JSON.stringify(text.trim().slice(0, 16))}`;
  return `its first bytes are ${[...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}

/** Leading bytes read to find an image's size (a JPEG's size follows its metadata, which can be long). */
export const HEADER_BYTES = 256 * 1024;

/**
 * Largest image file accepted, in bytes: a 60-megapixel camera original at the best JPEG quality is ~30 MB; Astro
 * reads the whole file into memory several times (a 2 GB file crashed the build, 1.9 GB ran it out of memory).
 */
export const MAX_IMAGE_BYTES = 50_000_000;

/** Largest lead image accepted, in pixels: a 60-megapixel camera original passes; a decompression bomb does not. */
export const MAX_PIXELS = 100_000_000;

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const be32 = (b: Uint8Array, i: number) => ((be16(b, i) << 16) | be16(b, i + 2)) >>> 0;
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const le24 = (b: Uint8Array, i: number) => le16(b, i) | ((b[i + 2] ?? 0) << 16);

/**
 * A JPEG's first start-of-frame segment (C0–CF, except DHT C4, JPG C8 and DAC CC): its marker and offset, found by
 * walking the segments; undefined when the scan or the end comes first, or the bytes stop being segments.
 */
export function jpegFrame(b: Uint8Array): { marker: number; at: number } | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { marker, at: i };
    if (marker === 0xda || marker === 0xd9) return undefined;
    i += 2 + (marker >= 0xd0 && marker <= 0xd8 ? 0 : be16(b, i + 2));
  }
  return undefined;
}

/**
 * Width and height from the image's header, without decoding it, or undefined when the header does not say
 * (the decoder then has the last word).
 */
export function imageSize(b: Uint8Array, format: ImageFormat): { width: number; height: number } | undefined {
  switch (format) {
    case 'png':
      return b.length >= 24 ? { width: be32(b, 16), height: be32(b, 20) } : undefined;
    case 'gif':
      return b.length >= 10 ? gifCanvas(b) : undefined;
    case 'webp': {
      const chunk = ascii(b, 12, 16);
      if (chunk === 'VP8 ' && b.length >= 30) return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
      if (chunk === 'VP8L' && b.length >= 25) {
        const bits = ((b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24)) >>> 0;
        return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
      }
      if (chunk === 'VP8X' && b.length >= 30) return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
      return undefined;
    }
    case 'jpeg': {
      const frame = jpegFrame(b);
      return frame === undefined ? undefined : { width: be16(b, frame.at + 7), height: be16(b, frame.at + 5) };
    }
    case 'avif': {
      // The image spatial extents property: size, 'ispe', version and flags, width, height.
      const at = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 64 * 1024)).indexOf('ispe');
      return at >= 4 && at + 16 <= b.length ? { width: be32(b, at + 8), height: be32(b, at + 12) } : undefined;
    }
  }
}

/**
 * A GIF's canvas as decoders size it: the logical screen grown to hold every frame (libnsgif does, so a 1×1 screen
 * with one 16,000×16,000 frame decodes 256 megapixels from 62 bytes), over the frames in the bytes read.
 */
function gifCanvas(b: Uint8Array): { width: number; height: number } {
  let width = le16(b, 6);
  let height = le16(b, 8);
  walkGifBlocks(b, (frame) => {
    width = Math.max(width, frame.left + frame.width);
    height = Math.max(height, frame.top + frame.height);
  });
  return { width, height };
}
