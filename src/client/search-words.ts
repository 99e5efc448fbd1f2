/**
 * Text as the search index reads it, and a reader's query the same way (round 22): the build writes each article's
 * record through {@link searchForm} (src/build/search-index.ts) and the search page sends the query through it
 * (src/client/search-client.ts), so both sides split and spell words alike. Runs in the browser too: no Node imports.
 *
 * - Pagefind keeps one index in the site's language and splits words at spaces only, so a Chinese, Japanese, Thai,
 *   Lao, Khmer or Myanmar paragraph was one "word": none of its words could be found, and a hit's excerpt was the
 *   whole article. Runs of those scripts are split into words with `Intl.Segmenter` (ICU's dictionaries, the same
 *   in Node and browsers), a space between each; Ethiopic's word space `፡` becomes a word of its own.
 * - A hyphenated compound is split after each hyphen (the excerpt joins it again): Afghan place names are found by
 *   their distinctive last part (Mazar-i-**Sharif**, Pul-e-**Khumri**).
 * - Compatibility forms (the PDF ligature `ﬁ`, full-width letters) and decomposed accents are written composed
 *   (NFKC; punctuation and symbols are left as written), and the Turkish capital `İ` as `I`, since lower-casing it on
 *   one side only left `i̇` (i + U+0307).
 * - Hebrew points and Arabic vowel marks and tatweel are left out: readers type words without them.
 * - The Arabic keyboard's yeh and kaf (ي ك) inside a word are the Persian ones (ی ک) that Dari and Pashto write, and the
 *   tags and datelines already fold (round 25c #3: `قيمت` found nothing in a story that writes `قیمت`). Only before
 *   another letter, where the two look the same: an excerpt never shows a word end spelt otherwise than the story.
 */

const SPACELESS_LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆`;
const SPACELESS = new RegExp(`[${SPACELESS_LETTERS}]+`, 'gu');
// Punctuation touching such a run (`聞く：カジャキ・ダム`): Pagefind would keep it inside the word, so it stands apart.
const TOUCHING = new RegExp(`(?<=[${SPACELESS_LETTERS}])[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+(?=[${SPACELESS_LETTERS}])`, 'gu');
// Hebrew cantillation and points (not the letters or maqaf), Arabic harakat, superscript alef, Quranic marks, tatweel.
const POINTS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640]/g;

/** Arabic yeh and kaf before another Arabic-script letter (after the points are gone). */
const ARABIC_YEH_KAF = /[\u064a\u0643](?=[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff])/g;

let segmenter: Intl.Segmenter | undefined;

/**
 * Letters and digits in their compatibility forms written plainly (NFKC: `ﬁ`, full-width `Ａ２`), punctuation and
 * symbols as the story writes them: the excerpt is read from this text, and a Chinese full-width comma shown as
 * "," or `…` as "..." misquoted the story (round 32b #4). Neither is ever a word a reader searches for.
 */
const composed = (text: string): string => (/[^\x00-\x7f]/.test(text) ? text.replace(/[^\p{P}\p{S}]+/gu, (run) => run.normalize('NFKC')) : text);

/** `text` spelt and split as the search index reads it. */
export function searchForm(text: string): string {
  let out = composed(text).replace(/İ/g, 'I').replace(/i\u0307/g, 'i').replace(POINTS, '');
  if (out.includes('\u064a') || out.includes('\u0643')) out = out.replace(ARABIC_YEH_KAF, (c) => (c === '\u064a' ? '\u06cc' : '\u06a9'));
  if (out.includes('፡')) out = out.replace(/\s*፡\s*/g, ' ፡ ');
  // A hyphenated name is found by each part (Mazar-i-Sharif by "Sharif"): a space after each hyphen inside a word.
  if (out.includes('-') || out.includes('\u2010')) out = out.replace(/(?<=\p{L})([-\u2010])(?=\p{L})/gu, '$1 ');
  // Hebrew's maqaf joins a one-letter word to the next, a number too: "ב־1994" is found by "1994" (33b F5).
  if (out.includes('\u05be')) out = out.replace(/(?<=\p{L})\u05be(?=[\p{L}\p{N}])/gu, '\u05be ');
  if (!/[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3005-\u3006\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/.test(out)) return out;
  return out
    .replace(SPACELESS, (run) => {
      segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
      const words: string[] = [];
      for (const { segment } of segmenter.segment(run)) words.push(segment);
      return words.join(' ');
    })
    .replace(TOUCHING, ' $& ')
    .replace(/ {2,}/g, ' ');
}

// A space the index put in: between two Chinese or Japanese characters, or one and punctuation, with a highlight's
// tag on either side of it or none.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆`;
const JOINED = new RegExp(`(?<=[${CJK}])((?:<\\/?mark>)?) ((?:<\\/?mark>)?)(?=[${CJK}\\p{P}\\p{S}])|(?<=[\\p{P}\\p{S}])((?:<\\/?mark>)?) ((?:<\\/?mark>)?)(?=[${CJK}])`, 'gu');

/**
 * Stands between a search record's headline, standfirst, dateline and body (src/build/search-index.ts): a word of its
 * own to the index (U+2063, no letter, never in a story's text), shown as " · ", so a headline and its standfirst
 * do not read as one sentence, nor run together in Chinese once the index's spaces are taken out (32b F4, 33b F3).
 */
export const PART_MARK = '\u2063';

/**
 * A search excerpt (Pagefind's HTML, with its `<mark>` tags) as readers write it: the spaces {@link searchForm} put between Chinese and Japanese
 * words taken out again (those scripts use none between words), and each {@link PART_MARK} shown as " · " (none at
 * either end). Thai, Lao, Khmer and Myanmar keep them: they do use
 * spaces, between phrases, so the excerpt cannot tell the two apart.
 */
export function readableExcerpt(text: string): string {
  return text
    .replace(JOINED, '$1$2$3$4')
    .replace(/(?<=\p{L}[-\u2010])((?:<\/?mark>)?) ((?:<\/?mark>)?)(?=\p{L})/gu, '$1$2')
    .replace(/(?<=\p{L}\u05be)((?:<\/?mark>)?) ((?:<\/?mark>)?)(?=[\p{L}\p{N}])/gu, '$1$2')
    .replace(/ ?((?:<\/?mark>)?)፡((?:<\/?mark>)?) ?/g, '$1፡$2')
    .replace(/^\s*\u2063 ?| ?\u2063\s*$/g, '')
    .replace(/ ?\u2063 ?/g, ' · ');
}

/**
 * The index spells Arabic yeh and kaf as the Persian letters, so either spelling finds a word ({@link searchForm});
 * an excerpt of a story in Arabic (`lang`) is shown in its own letters again (33b F13). Other stories keep the
 * index's: a Dari or Pashto story writes the Persian letters itself.
 */
export function ownLetters(text: string, lang: string | undefined): string {
  return lang !== undefined && /^ar(?:-|$)/i.test(lang) ? text.replace(PERSIAN_YEH_KAF, (c) => (c === '\u06cc' ? '\u064a' : '\u0643')) : text;
}
const PERSIAN_YEH_KAF = /[\u06cc\u06a9](?=(?:<\/?mark>)?[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff])/g;
