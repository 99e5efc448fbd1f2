/**
 * Dari, Pashto (and Arabic) words in Latin letters for a headline's slug, before the general transliterator
 * (`transliteration`), whose Arabic table reads alef as a word break and the Persian/Pashto kaf ک (keheh) as
 * "kh": `کابل` came out `kh-bl`. Written as Afghan newsrooms write place names in English: a consonant per letter
 * (ک k, ګ/گ g, خ kh, څ ts, ځ dz, ښ sh, ږ/ژ zh …), alef a vowel inside a word (ا آ أ إ → a; ای / او opening a word
 * → i / u), yeh i (y opening a word or after a vowel), waw u (w opening a word, before alef or after a vowel), a
 * final heh after a consonant a; ZWNJ and tatweel join, never break (`جلال‌آباد` → jalalabad's `jlalabad`). Short
 * vowels are not written in the script, so `کندهار` is `kndhar`: readable, stable and the editor's to improve with
 * `--slug`. Eastern Arabic digits become 0–9.
 */

import { transliterate } from 'transliteration';

const CONSONANTS: Record<string, string> = {
  ب: 'b', پ: 'p', ت: 't', ټ: 't', ث: 's', ج: 'j', چ: 'ch', ح: 'h', خ: 'kh', څ: 'ts', ځ: 'dz',
  د: 'd', ډ: 'd', ذ: 'z', ر: 'r', ړ: 'r', ز: 'z', ژ: 'zh', ږ: 'zh', س: 's', ش: 'sh', ښ: 'sh',
  ص: 's', ض: 'z', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ک: 'k', ك: 'k', ګ: 'g', گ: 'g', ڭ: 'g',
  ل: 'l', م: 'm', ن: 'n', ڼ: 'n', ں: 'n', ة: 'a', ۀ: 'a', ؤ: 'u',
  // Urdu's retroflex letters (round 20: ٹماٹر "tomato" came out "mar").
  ٹ: 't', ڈ: 'd', ڑ: 'r',
};
const ALEFS = new Set(['ا', 'آ', 'أ', 'إ', 'ٱ', 'ى']);
const YEHS = new Set(['ی', 'ي', 'ې', 'ۍ', 'ئ', 'ے']);
const WAW = 'و';
const HEHS = new Set(['ه', 'ہ', 'ھ']);
/**
 * Joiners inside a word, ZWNJ (`جلال‌آباد`), ZWJ and tatweel (ـ), and the harakat (short-vowel and other marks
 * over or under a letter, which headlines seldom carry): dropped, so they neither break the word nor stand out
 * as the one place a short vowel is written.
 */
const DROPPED = /[\u200c\u200d\u0640\u064b-\u065f\u0670]/g;
const LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const WORD = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200c\u200d]+/gu;


/** One Arabic-script word in Latin letters. */
function word(w: string): string {
  const letters = [...w.replace(DROPPED, '')];
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    // A vowel just written (not a yeh or waw written as the consonant y or w).
    const afterVowel = /[aeiou]$/.test(out);
    const next = letters[i + 1];
    const first = i === 0;
    if (first && ALEFS.has(c) && next !== undefined && YEHS.has(next)) {
      out += 'i';
      i++;
    } else if (first && ALEFS.has(c) && next === WAW) {
      out += 'u';
      i++;
    } else if (c === 'إ') out += 'i';
    else if (ALEFS.has(c)) out += 'a';
    else if (YEHS.has(c)) out += first || afterVowel ? 'y' : c === 'ې' ? 'e' : 'i';
    else if (c === WAW) out += letters.length === 1 ? 'wa' : first || afterVowel || (next !== undefined && ALEFS.has(next)) ? 'w' : 'u';
    else if (HEHS.has(c)) out += !first && next === undefined && !afterVowel ? 'a' : 'h';
    else if (c >= '۰' && c <= '۹') out += String(c.charCodeAt(0) - 0x06f0);
    else if (c >= '٠' && c <= '٩') out += String(c.charCodeAt(0) - 0x0660);
    else if (c === 'ع') out += first ? 'a' : '';
    else if (c === 'ء' || c === '؟' || c === '،' || c === '؛') out += c === 'ء' ? '' : ' ';
    else if (CONSONANTS[c] !== undefined) out += CONSONANTS[c];
    // Another script's letter this table does not hold (Sindhi ڻ, Uyghur ۆ …): the general transliterator's reading,
    // never nothing (a dropped consonant changes the word).
    else out += LETTER.test(c) ? transliterate(c).toLowerCase().replace(/[^a-z]/g, '') : c;
  }
  return out;
}

/** The headline with its Arabic-script words in Latin letters; everything else as it was. */
export function romanizeArabicScript(text: string): string {
  return text.replace(WORD, word);
}
