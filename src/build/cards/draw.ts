/**
 * Draws a social card (1200×630 PNG: section, headline, site name) with sharp: Pango lays the text out, with
 * HarfBuzz shaping and FriBiDi ordering, so Arabic-script headlines (Pashto, Dari) are joined and read right to
 * left. The background with the site name is composed once per renderer, already in PNG's row layout; a card is
 * that template, copied, with the section and headline coverage masks blended in and deflated into a PNG by
 * zlib (half the cost of handing the pixels to an image library to encode). Nothing is kept between cards, so
 * the memory of a renderer stays flat however many it draws, and the same input gives the same bytes.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { CardInput } from '#/outputs/social-cards.ts';
import { ARABIC_FAMILY, cardFontFiles, LATIN_FAMILY } from './fonts.ts';

const WIDTH = 1200;
const HEIGHT = 630;
const PAD = 72;
const BAR = 96;
const TEXT_WIDTH = WIDTH - 2 * PAD;
/** A PNG scanline: the filter byte (0, none) then RGB pixels. */
const ROW = 1 + WIDTH * 3;
type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x16, 0x18, 0x1d];
const BAR_COLOUR: Rgb = [0x8a, 0x1c, 0x1c];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SECTION_COLOUR: Rgb = [0xf0, 0x8f, 0x84];

/** A run of text starting (first letter) in a right-to-left script is laid out and placed right to left. */
export function startsRightToLeft(text: string): boolean {
  return /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(text);
}
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

interface Mask {
  data: Buffer;
  width: number;
  height: number;
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface CardRenderer {
  draw(input: CardInput): Promise<Buffer>;
}

/** A renderer for one site name; `fontDir` receives the card fonts as TrueType files. */
export async function createCardRenderer(siteName: string, fontDir: string): Promise<CardRenderer> {
  const fonts = cardFontFiles(fontDir);
  // Pango keeps every font file it was given for the life of the process; registering them all, in a fixed
  // order, before the first card makes every card see the same fonts.
  for (const fontfile of fonts) await sharp({ text: { text: '.', fontfile } }).raw().toBuffer();

  /** Coverage (0–255 a pixel) of `markup` set in the card faces at `size` px, wrapped to the text width. */
  async function mask(markup: string, size: number, rtl: boolean): Promise<Mask> {
    const families = rtl ? `${ARABIC_FAMILY},${LATIN_FAMILY}` : `${LATIN_FAMILY},${ARABIC_FAMILY}`;
    const { data, info } = await sharp({
      text: { text: markup, font: `${families} Bold ${size}`, fontfile: fonts[0]!, dpi: 72, width: TEXT_WIDTH, align: 'left', wrap: 'word-char' },
    })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  const template = Buffer.alloc(ROW * HEIGHT);
  fill(template, 0, HEIGHT - BAR, BACKGROUND);
  fill(template, HEIGHT - BAR, HEIGHT, BAR_COLOUR);
  const siteRtl = startsRightToLeft(siteName);
  const name = await mask(escapeMarkup(siteName), 40, siteRtl);
  blend(template, name, siteRtl ? WIDTH - PAD - name.width : PAD, HEIGHT - BAR + Math.round((BAR - name.height) / 2), HEIGHT, WHITE, BAR_COLOUR);

  // A site has a handful of sections: each is laid out once.
  const sections = new Map<string, Promise<Mask>>();
  const sectionMask = (name: string, rtl: boolean) => {
    const key = `${rtl ? 'rtl' : 'ltr'}:${name}`;
    if (!sections.has(key)) {
      // Letter-spaced capitals suit a Latin section name; spacing would break the joins of Arabic script.
      const markup = LATIN_ONLY.test(name) ? `<span letter_spacing="${3 * 1024}">${escapeMarkup(name.toUpperCase())}</span>` : escapeMarkup(name);
      sections.set(key, name ? mask(markup, 30, rtl) : Promise.resolve({ data: Buffer.alloc(0), width: 0, height: 0 }));
    }
    return sections.get(key)!;
  };

  return {
    async draw(input) {
      const rtl = startsRightToLeft(input.title);
      const section = await sectionMask(input.section, rtl);
      const top = 64 + section.height + 24;
      const bottom = HEIGHT - BAR - 40;
      const headline = await fitHeadline(input.title, rtl, bottom - top);
      const card = Buffer.allocUnsafe(template.length);
      template.copy(card);
      const x = (m: Mask) => (rtl ? WIDTH - PAD - m.width : PAD);
      blend(card, section, x(section), 64, bottom, SECTION_COLOUR, BACKGROUND);
      blend(card, headline, x(headline), top + Math.max(0, Math.round((bottom - top - headline.height) / 2)), bottom, WHITE, BACKGROUND);
      return encodePng(card);
    },
  };

  /** The headline at the largest size its length allows that fits the space (a very long one is cut off at the bottom). */
  async function fitHeadline(title: string, rtl: boolean, space: number): Promise<Mask> {
    let size = title.length > 110 ? 50 : title.length > 70 ? 60 : 72;
    const markup = `<span line_height="1.15">${escapeMarkup(title)}</span>`;
    for (;;) {
      const m = await mask(markup, size, rtl);
      if (m.height <= space || size <= 30) return m;
      size = Math.round(size * 0.85);
    }
  }
}

function fill(image: Buffer, fromRow: number, toRow: number, colour: Rgb): void {
  for (let row = fromRow; row < toRow; row++) {
    for (let i = row * ROW + 1; i < (row + 1) * ROW; i += 3) {
      image[i] = colour[0];
      image[i + 1] = colour[1];
      image[i + 2] = colour[2];
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

/** PNG (ISO/IEC 15948) of 8-bit RGB scanlines already carrying their filter byte. */
function encodePng(scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a sample, RGB, deflate, adaptive filtering, not interlaced
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Paints `colour` through the coverage mask onto a plain `under` area, clipped to the card and above `maxRow`. */
function blend(image: Buffer, mask: Mask, left: number, top: number, maxRow: number, colour: Rgb, under: Rgb): void {
  // Every pixel under a mask is the plain background, so a coverage value maps to one colour: a table of them.
  const table = new Uint8Array(256 * 3);
  for (let a = 0; a < 256; a++) for (let c = 0; c < 3; c++) table[a * 3 + c] = Math.floor((colour[c]! * a + under[c]! * (255 - a) + 127) / 255);
  const data = mask.data;
  const fromX = Math.max(0, -left);
  const toX = Math.min(mask.width, WIDTH - left);
  for (let y = Math.max(0, -top); y < mask.height && top + y < maxRow; y++) {
    const rowStart = y * mask.width;
    let i = (top + y) * ROW + 1 + (left + fromX) * 3;
    for (let x = fromX; x < toX; x++, i += 3) {
      const a = data[rowStart + x]!;
      if (a === 0) continue;
      image[i] = table[a * 3]!;
      image[i + 1] = table[a * 3 + 1]!;
      image[i + 2] = table[a * 3 + 2]!;
    }
  }
}
