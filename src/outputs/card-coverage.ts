/**
 * What a social card can draw, decided from the fonts we ship: a headline, section or site name is drawn only
 * when every grapheme of it is in the card fonts' character maps (cmap tables, read from the same WOFF files the
 * renderer unpacks, build/cards/fonts.ts). Anything else (emoji, flags, keycaps, symbols such as ✈ or ☪, scripts
 * the fonts lack) would come out as a box of hex digits, since the renderer sees no other font: such an article
 * keeps the site card. The rule is the same on every machine, and the pages and the build both use it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkitten';

const require = createRequire(import.meta.url);

/** The card faces (all bold): Noto Serif for Latin, Greek and Cyrillic; Noto Naskh Arabic for Arabic script. */
export const LATIN_FAMILY = 'Noto Serif';
export const ARABIC_FAMILY = 'Noto Naskh Arabic';
/** The card fonts as the project ships them (`@fontsource/*` WOFF 1.0 files), in the order the renderer loads them. */
export const CARD_FONT_FILES = [
  'noto-serif/files/noto-serif-latin-700-normal.woff',
  'noto-serif/files/noto-serif-latin-ext-700-normal.woff',
  'noto-serif/files/noto-serif-greek-700-normal.woff',
  'noto-serif/files/noto-serif-cyrillic-700-normal.woff',
  // Uzbek, Tajik, Kazakh and Kyrgyz letters (ғ қ ҳ ҷ ӣ ӯ ә ң ү ө): round 20, their headlines kept the site card.
  'noto-serif/files/noto-serif-cyrillic-ext-700-normal.woff',
  'noto-serif/files/noto-serif-vietnamese-700-normal.woff',
  'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff',
  'noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff',
] as const;

/** Paths of the shipped card fonts, in `CARD_FONT_FILES` order. */
export function cardFontSources(): string[] {
  return CARD_FONT_FILES.map((name) => require.resolve(`@fontsource/${name}`));
}

let covered: Set<number> | undefined;

/** Every code point some card font maps to a glyph (read once a thread: ~10 ms for the eight files). */
function coveredCodePoints(): Set<number> {
  if (!covered) {
    const points = new Set<number>();
    for (const file of cardFontSources()) {
      const font = create(readFileSync(file));
      if (!('characterSet' in font)) throw new Error(`${file} is a font collection, not a card font`);
      // (A cmap can list a code point it maps to no glyph, such as U+FFFF closing a format 4 table.)
      for (const point of font.characterSet) if (font.hasGlyphForCodePoint(point)) points.add(point);
    }
    covered = points;
  }
  return covered;
}

/**
 * Drawn as nothing when no font has them: format controls (ZWNJ and ZWJ, bidi marks and isolates, word joiner,
 * tag characters) and variation selectors. HarfBuzz hides these, so they never show as boxes.
 */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Hangul fillers are default-ignorable in Unicode but not to HarfBuzz, which shows them. */
const SHOWN_FILLER = /^[\u115F\u1160\u3164\uFFA0]$/u;
/** U+FE0F asks for the emoji form of the character before it (©️, 1️⃣, ✈️): no card font has one. */
const EMOJI_FORM = 0xfe0f;
/** Spaces HarfBuzz sets from the font's own space when the font has no glyph for them (hb-unicode's fallback). */
const SYNTHESISED_SPACE = /^[\u2000-\u200A\u202F\u205F\u3000]$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether every character of `text` is drawn: in a card font, or drawn as nothing or as a space without one. */
function allDrawable(text: string): boolean {
  const points = coveredCodePoints();
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (points.has(point)) continue;
    if (point === EMOJI_FORM || !((IGNORABLE.test(char) && !SHOWN_FILLER.test(char)) || SYNTHESISED_SPACE.test(char))) return false;
  }
  return true;
}

/** The first grapheme of `text` the card fonts cannot draw, or undefined when they draw all of it. */
export function uncoveredGrapheme(text: string): string | undefined {
  if (allDrawable(text)) return undefined; // the common case, without segmenting
  for (const { segment } of graphemes.segment(text)) if (!allDrawable(segment)) return segment;
  return undefined;
}

/**
 * Characters the card fonts map but the renderer cannot draw: U+FDFD (﷽, the basmala as one glyph) is 12 em wide
 * in Noto Naskh Arabic, and Cairo fails on it and on everything after it in the line (round 36 F1: "Prayer ﷽ opens
 * the talks" was drawn "Prayer"). Each is set as the words it stands for (it has no Unicode decomposition); every
 * other mapped code point was drawn, one by one, when this list was made.
 */
const UNDRAWN_GLYPHS: ReadonlyMap<string, string> = new Map([['\uFDFD', 'بسم الله الرحمن الرحيم']]);
const UNDRAWN = new RegExp(`[${[...UNDRAWN_GLYPHS.keys()].join('')}]`, 'gu');

/** `text` as a card draws it: a character the renderer cannot draw set as its words ({@link UNDRAWN_GLYPHS}). */
export function cardText(text: string): string {
  return text.replace(UNDRAWN, (char) => UNDRAWN_GLYPHS.get(char) ?? '');
}

/** Letter-spaced capitals suit a Latin section name; spacing would break the joins of Arabic script. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** A section name as the card sets it: in capitals (and letter-spaced) when it is Latin alone. */
export function sectionOnCard(name: string): { text: string; spaced: boolean } {
  return LATIN_ONLY.test(name) ? { text: name.toUpperCase(), spaced: true } : { text: name, spaced: false };
}

/** Whether a card can draw all it shows: the headline, the section name as set, and the site name. */
export function cardTextDrawable(card: { title: string; section: string; siteName: string }): boolean {
  return [card.title, sectionOnCard(card.section).text, card.siteName].every((text) => uncoveredGrapheme(text) === undefined);
}
