/**
 * Characters text fields refuse: C0/C1 controls (tab and newline excepted in long text), the bidi overrides and
 * isolates that make a headline display as something other than what it says (U+202A–U+202E, U+2066–U+2069),
 * and the invisible characters that hide in pasted text or smuggle text past a reader: zero-width space, word
 * joiner and invisible operators (U+2060–U+2064), deprecated format controls (U+206A–U+206F), line/paragraph
 * separators, BOM, interlinear annotation marks (U+FFF9–U+FFFB), the Mongolian vowel separator and the whole
 * Unicode tag block (U+E0000–U+E007F, "ASCII smuggling").
 * ZWNJ/ZWJ and LRM/RLM/ALM stay allowed: Persian and Pashto spelling and mixed-direction text need them; a
 * field made of nothing but such marks is refused as having no visible text. Also refused: the combining grapheme
joiner U+034F, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), shorthand format controls (U+1BCA0–U+1BCA3)
and musical formatting controls (U+1D173–U+1D17A). Tag characters are allowed only inside an emoji flag sequence
(the Scotland flag is U+1F3F4 followed by tag letters).
 */
export const FORBIDDEN_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u115F\u1160\u180E\u200B\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}]|(?<!\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{0,6})[\u{E0000}-\u{E007F}]/u;

/**
 * Code points that are not text at all: noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their kin in every plane)
 * and lone surrogates (a YAML escape such as "\uD800"). XML cannot carry them: one in a headline breaks every feed
 * that lists it, and Pagefind refuses the page. Refused in every field and body.
 */
export const NOT_TEXT = /[\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** Two variation selectors in a row: one follows a letter or emoji; a run of them is a hidden payload. */
export const SELECTOR_RUN = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]{2,}/u;

/**
 * True when `text` has at least one character a reader can see: not a space, format or control character, not a
 * combining mark on its own, and not one of the blank letters (Hangul fillers, the braille blank) that render empty.
 */
export function hasVisibleText(text: string): boolean {
  return /[^\p{Cf}\p{Cc}\p{Z}\s\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u.test(text);
}

export const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
