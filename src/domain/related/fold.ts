/**
 * Spelling folds for Arabic-script words (Pashto, Dari/Persian, Arabic), shared by the term normaliser and
 * the stop-word list so that both see the same form of a word.
 */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u200B-\u200F]/;

/** One spelling for the letter and joiner variants that different keyboards and writers produce. */
export function foldArabicScript(word: string): string {
  if (!ARABIC_SCRIPT.test(word)) return word;
  return word
    .replace(/\u200C(?:هایی|های|ها|ای|ی)$/, '') // Dari/Persian plural and indefinite suffixes written after a ZWNJ
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '') // diacritics (the ezafe hamza too) and tatweel
    .replace(/[\u200B-\u200F]/g, '') // ZWNJ/ZWJ and direction marks: "زنده‌جان" and "زندهجان" are one word
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/[ةۀ]/g, 'ه');
}

const PLAIN_LATIN = /^[a-z]+$/;

/**
 * The one form of a lower-case word that terms and stop words are compared in: Arabic-script folds, then for
 * Latin script the possessive and apostrophes dropped and a light English plural fold (shells ~ shell;
 * "press" and words of four letters or fewer are left alone).
 */
export function foldWord(word: string): string {
  let w = word;
  if (!PLAIN_LATIN.test(w)) w = foldArabicScript(w).replace(/[’']s$/, '').replace(/[’']/g, '');
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && PLAIN_LATIN.test(w)) w = w.slice(0, -1);
  return w;
}
