/**
 * Characters text fields refuse: C0/C1 controls (tab and newline excepted in long text), the bidi overrides and
 * isolates that make a headline display as something other than what it says (U+202A–U+202E, U+2066–U+2069),
 * and the invisible characters that hide in pasted text or smuggle text past a reader: zero-width space, word
 * joiner and invisible operators (U+2060–U+2064), deprecated format controls (U+206A–U+206F), line/paragraph
 * separators, BOM, interlinear annotation marks (U+FFF9–U+FFFB), the Mongolian vowel separator and the whole
 * Unicode tag block (U+E0000–U+E007F, "ASCII smuggling").
 * ZWNJ/ZWJ and LRM/RLM/ALM stay allowed: Persian and Pashto spelling and mixed-direction text need them; a
 * field made of nothing but such marks is refused as having no visible text.
 */
export const FORBIDDEN_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u180E\u200B\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/u;

/** True when `text` has at least one character a reader can see (not a space, mark-only format or control). */
export function hasVisibleText(text: string): boolean {
  return /[^\p{Cf}\p{Cc}\p{Z}\s]/u.test(text);
}

export const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
