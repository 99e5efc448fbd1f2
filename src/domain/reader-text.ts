/**
 * Text as a reader sees it: the one fold every "do these read the same?" comparison uses (same-name authors and
 * sections, the repeated dateline, link and alt text, heading ids), so an invisible difference (a soft hyphen, a
 * no-break space, a variation selector after a letter, a zero-width joiner) can never make two things that print
 * identically count as different, or text that prints as nothing count as words.
 *
 * Dropped: every default-ignorable code point (Unicode's Default_Ignorable_Code_Point: soft hyphen, ZWSP, ZWNJ/ZWJ,
 * LRM/RLM/ALM, word joiner, the conjoining Hangul fillers, variation selectors, tag characters, …), except where
 * they are part of what shows: a variation selector or a zero-width joiner inside an emoji sequence (`❤️`, `👩‍🌾`)
 * and the tag characters of a subdivision flag. Spaces of every width (U+00A0 no-break, U+2009 thin, U+3000
 * ideographic, …) read as a space, and so do the blank letters fonts draw as an empty cell: the braille blank U+2800,
 * the Hangul fillers U+3164, U+FFA0 (`Nadia⠀Rahyab` and `NadiaㅤRahyab` read as `Nadia Rahyab`, also after NFKC,
 * which turns both fillers into U+1160), and the conjoining fillers U+115F, U+1160 where they stand alone (round 15):
 * inside a conjoining Hangul syllable (U+115F before a vowel jamo, U+1160 after a leading consonant) a filler is
 * part of the letter shown and is dropped.
 */

/** Code points that print nothing: default-ignorables, the braille blank. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u2800]/u;
const INVISIBLE_ALL = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;
/** Blank letters drawn as an empty cell: read as a space. */
const BLANK_LETTER = /^[\u2800\u3164\uFFA0]$/;
/** Conjoining Hangul: vowel jamo a leading filler U+115F joins, leading consonants a vowel filler U+1160 joins. */
const VOWEL_JAMO = /^[\u1161-\u11A7\uD7B0-\uD7C6]$/;
const LEADING_JAMO = /^[\u1100-\u115E\uA960-\uA97C]$/;

/**
 * Whether the character `c` at `at` in `text` is a blank letter a reader sees as a space: the braille blank and the
 * Hangul fillers always, the conjoining fillers U+115F and U+1160 unless they are part of a syllable with a letter.
 */
export function blankLetter(text: string, c: string, at: number): boolean {
  if (BLANK_LETTER.test(c)) return true;
  if (c === '\u115F') return !VOWEL_JAMO.test(text[at + 1] ?? '');
  if (c === '\u1160') return !LEADING_JAMO.test(text[at - 1] ?? '');
  return false;
}

/**
 * `text` with every blank letter ({@link blankLetter}) written as U+0020, nothing else changed: the same length, so
 * offsets stay (for patterns that read spaces, such as the repeated-dateline rule's).
 */
export function blankLettersAsSpaces(text: string): string {
  if (!/[\u115F\u1160\u2800\u3164\uFFA0]/.test(text)) return text;
  return text.replace(/[\u115F\u1160\u2800\u3164\uFFA0]/g, (c, at: number, whole: string) => (blankLetter(whole, c, at) ? ' ' : c));
}
/** Spaces other than U+0020 (no-break, thin, ideographic, …). */
const OTHER_SPACE = /[^\S \t\n\r\f\v]/g;
const SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
/** A character an emoji variation selector or joiner belongs to (digits and `#`/`*` make keycaps: `1️⃣`). */
const EMOJI = /[\p{Emoji}\p{Emoji_Modifier}\u20E3]/u;
const PICTOGRAPH = /^[\p{Extended_Pictographic}]/u;
const FLAG_TAG = /^[\u{E0020}-\u{E007F}]$/u;

/** The code point before `at` in `text` (one or two UTF-16 units). */
function before(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/**
 * Whether the invisible character `c` at `at` is part of an emoji or flag that shows (a selector after an emoji, a
 * joiner between emoji, a tag character of `🏴…`): kept by the fold, allowed by the rules that refuse invisibles.
 */
export function partOfEmoji(text: string, c: string, at: number): boolean {
  const prev = before(text, at);
  // A digit, `#` or `*` takes a selector only as a keycap (`1️⃣`: the enclosing keycap follows).
  if (SELECTOR.test(c)) return prev !== '' && EMOJI.test(prev) && !/^[\p{L}\p{M}]$/u.test(prev) && (!/^[0-9#*]$/.test(prev) || text[at + c.length] === '\u20E3');
  if (c === '\u200D') return prev !== '' && (EMOJI.test(prev) || SELECTOR.test(prev)) && PICTOGRAPH.test(text.slice(at + 1));
  if (FLAG_TAG.test(c)) {
    let i = at;
    while (i > 0 && FLAG_TAG.test(before(text, i))) i -= before(text, i).length;
    return before(text, i) === '\u{1F3F4}';
  }
  return false;
}

/** Whether `text` holds a character the fold drops or turns into a space (fast path: most text has none). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text) || /[^\S \t\n\r\f\v]/.test(text);
}

/**
 * `text` without the characters that print nothing (emoji sequences kept whole) and with every space as U+0020.
 * No other change: case, letters and normal form stay (heading ids, src/markdown/heading-ids.ts, use this).
 */
export function dropInvisible(text: string): string {
  if (!hasInvisible(text)) return text;
  return text.replace(INVISIBLE_ALL, (c, at: number, whole: string) => (partOfEmoji(whole, c, at) ? c : blankLetter(whole, c, at) ? ' ' : '')).replace(OTHER_SPACE, ' ');
}

/**
 * The fold for comparing what two texts show: compatibility forms as the letters they show (NFKC: fullwidth
 * `ＫＡＢＵＬ` is `KABUL`, `ﬁ` is `fi`), invisible characters dropped, runs of spaces as one, ends trimmed.
 */
export function readerText(text: string): string {
  // Blank letters read before NFKC too: it would join a Hangul filler after a leading consonant (`ᄀㅤ`) into it.
  return dropInvisible(blankLettersAsSpaces(text).normalize('NFKC')).replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * The first character of `text` that prints nothing and is no part of an emoji: its index and the character before
 * it (for messages: "after "e""), or undefined. `allowed`: code points the caller lets through (ZWNJ in Persian).
 */
export function firstInvisible(text: string, allowed: (c: string, prev: string) => boolean = () => false): { char: string; index: number; after: string } | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  for (const m of text.matchAll(INVISIBLE_ALL)) {
    const prev = before(text, m.index);
    if (!partOfEmoji(text, m[0], m.index) && !allowed(m[0], prev)) return { char: m[0], index: m.index, after: prev };
  }
  return undefined;
}
