/**
 * Draws a social card (1200×630 PNG: section, headline, site name) with sharp: Pango lays the text out, with
 * HarfBuzz shaping and FriBiDi ordering, so Arabic-script headlines (Pashto, Dari) are joined and read right to
 * left. The background with the site name is composed once per renderer; a card is that template, copied, with
 * the section and headline coverage masks blended in and encoded as PNG. Nothing is kept between cards, so the
 * memory of a renderer stays flat however many it draws, and the same input gives the same bytes.
 */
import sharp from 'sharp';
import type { CardInput } from '../social-cards.ts';
import { ARABIC_FAMILY, cardFontFiles, LATIN_FAMILY } from './fonts.ts';

const WIDTH = 1200;
const HEIGHT = 630;
const PAD = 72;
const BAR = 96;
const TEXT_WIDTH = WIDTH - 2 * PAD;
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
      text: { text: markup, font: `${families} Bold ${size}`, fontfile: fonts[0], dpi: 72, width: TEXT_WIDTH, align: 'left', wrap: 'word-char' },
    })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  const template = Buffer.alloc(WIDTH * HEIGHT * 3);
  fill(template, 0, HEIGHT - BAR, BACKGROUND);
  fill(template, HEIGHT - BAR, HEIGHT, BAR_COLOUR);
  const siteRtl = startsRightToLeft(siteName);
  const name = await mask(escapeMarkup(siteName), 40, siteRtl);
  blend(template, name, siteRtl ? WIDTH - PAD - name.width : PAD, HEIGHT - BAR + Math.round((BAR - name.height) / 2), HEIGHT, WHITE, BAR_COLOUR);

  return {
    async draw(input) {
      const rtl = startsRightToLeft(input.title);
      // Letter-spaced capitals suit a Latin section name; spacing would break the joins of Arabic script.
      const latin = LATIN_ONLY.test(input.section);
      const sectionMarkup = latin ? `<span letter_spacing="${3 * 1024}">${escapeMarkup(input.section.toUpperCase())}</span>` : escapeMarkup(input.section);
      const section = input.section ? await mask(sectionMarkup, 30, rtl) : { data: Buffer.alloc(0), width: 0, height: 0 };
      const top = 64 + section.height + 24;
      const bottom = HEIGHT - BAR - 40;
      const headline = await fitHeadline(input.title, rtl, bottom - top);
      const card = Buffer.from(template);
      const x = (m: Mask) => (rtl ? WIDTH - PAD - m.width : PAD);
      blend(card, section, x(section), 64, bottom, SECTION_COLOUR, BACKGROUND);
      blend(card, headline, x(headline), top + Math.max(0, Math.round((bottom - top - headline.height) / 2)), bottom, WHITE, BACKGROUND);
      return sharp(card, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
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
  for (let i = fromRow * WIDTH * 3; i < toRow * WIDTH * 3; i += 3) {
    image[i] = colour[0];
    image[i + 1] = colour[1];
    image[i + 2] = colour[2];
  }
}

/** Paints `colour` through the coverage mask onto a plain `under` area, clipped to the card and above `maxRow`. */
function blend(image: Buffer, mask: Mask, left: number, top: number, maxRow: number, colour: Rgb, under: Rgb): void {
  // Every pixel under a mask is the plain background, so a coverage value maps to one colour: a table per channel.
  const table = [0, 1, 2].map((c) => Uint8Array.from({ length: 256 }, (_, a) => Math.floor((colour[c]! * a + under[c]! * (255 - a) + 127) / 255)));
  const [r, g, b] = table as [Uint8Array, Uint8Array, Uint8Array];
  for (let y = 0; y < mask.height; y++) {
    const row = top + y;
    if (row < 0 || row >= maxRow) continue;
    for (let x = 0; x < mask.width; x++) {
      const a = mask.data[y * mask.width + x]!;
      const col = left + x;
      if (a === 0 || col < 0 || col >= WIDTH) continue;
      const i = (row * WIDTH + col) * 3;
      image[i] = r[a]!;
      image[i + 1] = g[a]!;
      image[i + 2] = b[a]!;
    }
  }
}
