/**
 * Draws a social card (1200×630 PNG: section, headline, site name) with sharp: Pango lays the text out, with
 * HarfBuzz shaping and FriBiDi ordering, so Arabic-script headlines (Pashto, Dari) are joined and read right to
 * left. A card has a few colours only (background, bar, and each text colour's anti-aliased edge over its
 * ground), so it is an indexed-colour PNG: one byte a pixel, a third of what RGB rows cost to copy, blend and
 * deflate. The background with the site name is composed once per renderer, already in PNG's row layout; a card
 * is that template, copied, with the section and headline coverage masks mapped to palette entries and deflated
 * by zlib. Nothing is kept between cards, so the memory of a renderer stays flat however many it draws, and the
 * same input gives the same bytes.
 */
import sharp from 'sharp';
import type { CardInput } from '#/outputs/social-cards.ts';
import { ARABIC_FAMILY, cardText, LATIN_FAMILY, sectionOnCard } from '#/outputs/card-coverage.ts';
import { RIGHT_TO_LEFT_SCRIPTS, withIsolateMarks } from '#/client/bidi-runs.ts';
import { cardFontFiles, isolateCardFonts } from './fonts.ts';
import { cardPalette, encodeIndexedPng, IndexedImage, type Rgb } from './png.ts';

const WIDTH = 1200;
const HEIGHT = 630;
const PAD = 72;
const BAR = 96;
const TEXT_WIDTH = WIDTH - 2 * PAD;
const BACKGROUND: Rgb = [0x16, 0x18, 0x1d];
const BAR_COLOUR: Rgb = [0x8a, 0x1c, 0x1c];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SECTION_COLOUR: Rgb = [0xf0, 0x8f, 0x84];
/** Grounds: background, bar; inks: headline, section, site name (2 + 127 + 63 + 63 = 255 colours). */
const PALETTE = cardPalette(
  [BACKGROUND, BAR_COLOUR],
  [
    { colour: WHITE, under: BACKGROUND, levels: 128 },
    { colour: SECTION_COLOUR, under: BACKGROUND, levels: 64 },
    { colour: WHITE, under: BAR_COLOUR, levels: 64 },
  ],
);
const [HEADLINE_INK, SECTION_INK, NAME_INK] = PALETTE.inks as [Uint8Array, Uint8Array, Uint8Array];

/**
 * A run of text starting (first letter) in a right-to-left script is laid out and placed right to left: the site's
 * one list of such scripts (only Arabic-script headlines are drawn: card-coverage.ts).
 */
const STARTS_RIGHT_TO_LEFT = new RegExp(`^[^\\p{L}]*[${RIGHT_TO_LEFT_SCRIPTS}]`, 'u');
export function startsRightToLeft(text: string): boolean {
  return STARTS_RIGHT_TO_LEFT.test(text);
}

interface Mask {
  data: Buffer;
  width: number;
  height: number;
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface CardRenderer {
  draw(input: CardInput): Promise<Buffer>;
}

/**
 * Four code points the card fonts lack but common system fonts have (✈ in DejaVu, 中 in any CJK font, अ, א),
 * and four unassigned ones: with only the card fonts, both are four boxes of hex digits, the same size.
 */
const SYSTEM_FONT_PROBE = '\u2708\u4E2D\u0905\u05D0';
const NO_FONT_PROBE = '\u0378\u0379\u0380\u0381';

/**
 * A renderer for one site name; `fontDir` receives the card fonts as TrueType files. In a worker thread, the main
 * thread must have called `isolateCardFonts(fontDir)` first (writer.ts does).
 */
export async function createCardRenderer(siteName: string, fontDir: string): Promise<CardRenderer> {
  isolateCardFonts(fontDir);
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
      .toColourspace('b-w') // the coverage as it is laid out: one band, never converted to colour and back
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  // Fontconfig reads its configuration once a process: if anything laid text out before the card fonts were
  // isolated, the machine's fonts would fill in for missing glyphs, and cards would differ between machines.
  const [system, none] = await Promise.all([mask(SYSTEM_FONT_PROBE, 40, false), mask(NO_FONT_PROBE, 40, false)]);
  if (system.width !== none.width || system.height !== none.height)
    throw new Error('the card renderer can see fonts installed on this machine (fontconfig was set up before the card fonts were isolated)');

  const template = new IndexedImage(WIDTH, HEIGHT);
  template.fill(0, HEIGHT - BAR, PALETTE.grounds[0]!);
  template.fill(HEIGHT - BAR, HEIGHT, PALETTE.grounds[1]!);
  const siteRtl = startsRightToLeft(siteName);
  const name = await mask(escapeMarkup(cardText(siteName)), 40, siteRtl);
  paint(template, name, siteRtl ? WIDTH - PAD - name.width : PAD, HEIGHT - BAR + Math.round((BAR - name.height) / 2), HEIGHT, NAME_INK);

  const card = new IndexedImage(WIDTH, HEIGHT);

  // A site has a handful of sections: each is laid out once.
  const sections = new Map<string, Promise<Mask>>();
  const sectionMask = (name: string, rtl: boolean) => {
    const key = `${rtl ? 'rtl' : 'ltr'}:${name}`;
    if (!sections.has(key)) {
      const { text, spaced } = sectionOnCard(cardText(name));
      const markup = spaced ? `<span letter_spacing="${3 * 1024}">${escapeMarkup(text)}</span>` : escapeMarkup(text);
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
      const headline = await fitHeadline(cardText(input.title), rtl, bottom - top);
      // Drawn from here to the encoded file with no await between, so one card buffer serves every card.
      card.copyFrom(template);
      const x = (m: Mask) => (rtl ? WIDTH - PAD - m.width : PAD);
      paint(card, section, x(section), 64, bottom, SECTION_INK);
      paint(card, headline, x(headline), top + Math.max(0, Math.round((bottom - top - headline.height) / 2)), bottom, HEADLINE_INK);
      return encodeIndexedPng(card, PALETTE);
    },
  };

  /** The headline at the largest size its length allows that fits the space (a very long one is cut off at the bottom). */
  async function fitHeadline(title: string, rtl: boolean, space: number): Promise<Mask> {
    let size = title.length > 110 ? 50 : title.length > 70 ? 60 : 72;
    // A right-to-left phrase that a number follows is isolated as on the page (FSI … PDI, which FriBiDi honours
    // and Pango draws as nothing): `Talks in کابل: 2026` was drawn `Talks in 2026 :کابل` (round 32b F1).
    const markup = `<span line_height="1.15">${escapeMarkup(withIsolateMarks(title, rtl ? 'rtl' : 'ltr'))}</span>`;
    for (;;) {
      const m = await mask(markup, size, rtl);
      if (m.height <= space || size <= 30) return m;
      size = Math.round(size * 0.85);
    }
  }
}

const paint = (image: IndexedImage, m: Mask, left: number, top: number, maxRow: number, ink: Uint8Array) =>
  image.paint(m.data, m.width, m.height, left, top, maxRow, ink);
