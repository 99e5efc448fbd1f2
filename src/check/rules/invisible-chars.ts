/**
 * Characters text fields refuse: C0/C1 controls (tab and newline excepted in long text), the bidi overrides and
 * isolates that make a headline display as something other than what it says (U+202A–U+202E, U+2066–U+2069),
 * and the invisible characters that hide in pasted text or smuggle text past a reader: zero-width space, word
 * joiner and invisible operators (U+2060–U+2064), deprecated format controls (U+206A–U+206F), line/paragraph
 * separators, BOM, interlinear annotation marks (U+FFF9–U+FFFB), the Mongolian vowel separator and the whole
 * Unicode tag block (U+E0000–U+E007F, "ASCII smuggling").
 * ZWNJ/ZWJ and LRM/RLM/ALM stay allowed: Persian and Pashto spelling and mixed-direction text need them; a
 * field made of nothing but such marks is refused as having no visible text. Also refused: the combining grapheme
joiner U+034F, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the deprecated Khmer inherent vowels
(U+17B4, U+17B5), shorthand format controls (U+1BCA0–U+1BCA3) and musical formatting controls (U+1D173–U+1D17A).
Tag characters are allowed only inside an emoji flag sequence (the Scotland flag is U+1F3F4 followed by tag letters).
 * This is the one definition: text fields, bodies (raw characters, src/check/rules/invisible-in-body.ts) and
 * character references in bodies (src/check/rules/char-references.ts) all refuse exactly these.
 */
export const FORBIDDEN_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}]|(?<!\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{0,6})[\u{E0000}-\u{E007F}]/u;

/**
 * Code points that are not text at all: noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their kin in every plane)
 * and lone surrogates (a YAML escape such as "\uD800"). XML cannot carry them: one in a headline breaks every feed
 * that lists it, and Pagefind refuses the page. Refused in every field and body.
 */
export const NOT_TEXT = /[\p{Noncharacter_Code_Point}\p{Cs}]/u;

/**
 * Marks of something lost on the way in: U+FFFD stands where a converter met bytes it could not read (the letter is
 * gone), U+FFFC where a word processor had an image or object (round 36 F1). Printed as "�" or a box; refused in
 * every text field and body, like the characters that are not text.
 */
export const LOST_CHARS = /[\uFFFC\uFFFD]/u;

/** The line for a lost-character mark, in fields and bodies alike. */
export const lostCharMessage = (c: string): string =>
  c === '\uFFFC'
    ? 'contains U+FFFC, an object replacement character (an image or object lost in copy-paste); remove it'
    : 'contains U+FFFD, the mark of a character lost when the text was converted; retype the character that stood there';

/** Two variation selectors in a row: one follows a letter or emoji; a run of them is a hidden payload. */
export const SELECTOR_RUN = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]{2,}/u;

/**
 * True when `text` has at least one character a reader can see: not a space, format or control character, not a
 * combining mark on its own, and not one of the blank letters (Hangul fillers, the braille blank) that render empty.
 */
export function hasVisibleText(text: string): boolean {
  return /[^\p{Cf}\p{Cc}\p{Z}\s\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u.test(text);
}

/** Names of the invisible characters editors meet most, for messages (`U+200B (zero-width space)`). */
const NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x115f: 'Hangul choseong filler',
  0x1160: 'Hangul jungseong filler',
  0x17b4: 'Khmer inherent vowel aq',
  0x17b5: 'Khmer inherent vowel aa',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x2061: 'invisible function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2800: 'braille blank',
  0x3164: 'Hangul filler',
  0xfeff: 'zero-width no-break space, the byte order mark',
  0xffa0: 'halfwidth Hangul filler',
};

/** `U+200B (zero-width space)`; the code point alone for characters without a common name. */
export function describeChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const name =
    NAMES[cp] ??
    (cp >= 0xe0000 && cp <= 0xe007f ? 'a Unicode tag character' : cp >= 0xfe00 && cp <= 0xfe0f ? `variation selector-${cp - 0xfe00 + 1}${cp === 0xfe0e ? ', text style' : cp === 0xfe0f ? ', emoji style' : ''}` : cp >= 0xe0100 && cp <= 0xe01ef ? `variation selector-${cp - 0xe0100 + 17}` : undefined);
  return name ? `${codePoint(c)} (${name})` : codePoint(c);
}

/** The one message for a refused invisible character, in fields and bodies alike. */
export const invisibleCharMessage = (c: string): string => `contains the invisible control character ${describeChar(c)}; retype the text without it`;

export const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
