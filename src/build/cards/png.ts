/**
 * The card's pixels as an indexed-colour PNG (ISO/IEC 15948): a palette of the plain grounds (background, bar)
 * and, for each ink (a text colour on the ground it is set on), its anti-aliased edge in a fixed number of
 * coverage steps. Rows are kept in PNG's own layout (a filter byte, then one palette index a pixel), so a card
 * is deflated as it is drawn, with no conversion.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** A text colour over the plain ground under it, with `levels` steps of coverage (2–256, both ends included). */
export interface Ink {
  colour: Rgb;
  under: Rgb;
  levels: number;
}

export interface CardPalette {
  /** The PLTE chunk's data: three bytes an entry. */
  entries: Buffer;
  /** Palette index of each ground, in the order given. */
  grounds: number[];
  /** For each ink, coverage (0–255) to palette index; coverage 0 is the ink's ground. */
  inks: Uint8Array[];
}

/**
 * Grounds first, then each ink's steps. Coverage is rounded to the ink's steps: 128 steps for a headline and 64
 * for small text are finer than an eye tells apart, and keep every colour a card uses within PNG's 256 entries.
 */
export function cardPalette(grounds: readonly Rgb[], inks: readonly Ink[]): CardPalette {
  const colours: Rgb[] = [...grounds];
  const groundIndex = (c: Rgb) => {
    const i = grounds.findIndex((g) => g[0] === c[0] && g[1] === c[1] && g[2] === c[2]);
    if (i < 0) throw new Error('an ink must be set on one of the palette grounds');
    return i;
  };
  const luts = inks.map(({ colour, under, levels }) => {
    const steps = levels - 1;
    const first = colours.length;
    for (let q = 1; q <= steps; q++) {
      const a = (q * 255) / steps;
      colours.push([0, 1, 2].map((c) => Math.round((colour[c]! * a + under[c]! * (255 - a)) / 255)) as unknown as Rgb);
    }
    const lut = new Uint8Array(256);
    const ground = groundIndex(under);
    for (let a = 0; a < 256; a++) {
      const q = Math.round((a * steps) / 255);
      lut[a] = q === 0 ? ground : first + q - 1;
    }
    return lut;
  });
  if (colours.length > 256) throw new Error(`a card palette holds 256 colours, not ${colours.length}`);
  return { entries: Buffer.from(colours.flat()), grounds: grounds.map((_, i) => i), inks: luts };
}

/** Image rows in PNG layout: `width + 1` bytes each (filter byte 0, then one palette index a pixel). */
export class IndexedImage {
  readonly width: number;
  readonly height: number;
  readonly stride: number;
  readonly data: Buffer;
  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.data = Buffer.alloc(this.stride * height);
  }

  /** Rows `from` to `to` (not included) in one palette colour. */
  fill(from: number, to: number, index: number): void {
    for (let row = from; row < to; row++) this.data.fill(index, row * this.stride + 1, (row + 1) * this.stride);
  }

  /** Makes this image a copy of `other` (same size), reusing its memory. */
  copyFrom(other: IndexedImage): void {
    this.data.set(other.data);
  }

  /**
   * Paints a coverage mask (one byte a pixel, `maskWidth` wide) through an ink's table, clipped to the image and
   * above `maxRow`. Every pixel under a mask is the ink's plain ground, so coverage maps to one palette entry.
   */
  paint(mask: Uint8Array, maskWidth: number, maskHeight: number, left: number, top: number, maxRow: number, ink: Uint8Array): void {
    const data = this.data;
    const fromX = Math.max(0, -left);
    const toX = Math.min(maskWidth, this.width - left);
    for (let y = Math.max(0, -top); y < maskHeight && top + y < maxRow && top + y < this.height; y++) {
      const rowStart = y * maskWidth;
      let i = (top + y) * this.stride + 1 + left + fromX;
      for (let x = fromX; x < toX; x++, i++) {
        const a = mask[rowStart + x]!;
        if (a !== 0) data[i] = ink[a]!;
      }
    }
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG file of an indexed image with its palette. */
export function encodeIndexedPng(image: IndexedImage, palette: CardPalette): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, indexed colour, deflate, adaptive filtering, not interlaced
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette.entries),
    // Run-length matching: the rows are long runs of one index; faster than level 1's search, and smaller.
    chunk('IDAT', deflateSync(image.data, { level: 1, strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
