/**
 * Recognises the lead-image formats the build can process by their leading bytes ("magic numbers"), never by the
 * file's name: a file called `photo.png` that holds JavaScript or HTML is not an image.
 */

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

/** How many leading bytes {@link sniffImage} needs. */
export const SNIFF_BYTES = 64;

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
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
    const boxEnd = Math.min(bytes.length, (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0);
    for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) {
      if (/^avi[fs]$/.test(ascii(bytes, at, at + 4))) return 'avif';
    }
  }
  return undefined;
}

/** `89 50 4e 47 …`: the first bytes as hex, for a message saying what the file holds instead. */
export function describeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty';
  const text = ascii(bytes, 0, Math.min(bytes.length, 16));
  if (/^[\x20-\x7e\t\r\n]+$/.test(text)) return `it starts with the text ${JSON.stringify(text.trim().slice(0, 16))}`;
  return `its first bytes are ${[...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}
