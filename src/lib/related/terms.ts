/**
 * Turns text into normalised terms for similarity: words split with Intl.Segmenter (Pashto, Dari and
 * Arabic included), lower-cased, Arabic-script letter variants unified, diacritics and joiners removed,
 * stop words and numbers dropped.
 */
import { STOP_WORDS } from './stopwords.ts';

const segmenters = new Map<string, Intl.Segmenter>();
const LATIN_ONLY = /^[\u0000-\u024F\u2000-\u206F]*$/;
const LATIN_WORD = /[a-z\u00C0-\u024F]+(?:['’][a-z]+)?/g;

/** Words of `text`: a fast path for Latin-script text (same result as segmenting), Intl.Segmenter otherwise. */
export function words(text: string, lang: string): string[] {
  const lower = text.toLowerCase();
  if (LATIN_ONLY.test(lower)) return lower.match(LATIN_WORD) ?? [];
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, seg);
  }
  const out: string[] = [];
  for (const s of seg.segment(lower)) if (s.isWordLike) out.push(s.segment);
  return out;
}

const PLAIN_LATIN = /^[a-z]+$/;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u200B-\u200F]/;

/** Normalises one word into a term, or returns undefined for words that carry no topic. */
export function normaliseTerm(word: string): string | undefined {
  let w = word;
  if (PLAIN_LATIN.test(w)) {
    // English: a light plural fold (agencies ~ agency is not attempted; shells ~ shell is).
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  } else {
    if (ARABIC_SCRIPT.test(w)) {
      w = w
        .replace(/\u200C(?:هایی|های|ها|ای|ی)$/, '') // Dari/Persian plural and indefinite suffixes written after a ZWNJ
        .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '') // diacritics (ezafe hamza included) and tatweel
        .replace(/[\u200B-\u200F]/g, '') // ZWNJ/ZWJ and direction marks: "زنده‌جان" and "زندهجان" are one word
        .replace(/[يى]/g, 'ی')
        .replace(/ك/g, 'ک')
        .replace(/[أإٱ]/g, 'ا')
        .replace(/ؤ/g, 'و')
        .replace(/[ةۀ]/g, 'ه');
    }
    w = w.replace(/[’']s$/, '').replace(/[’']/g, '');
    if (/^[a-z]+$/.test(w) && w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  }
  if (w.length < 3 && /^[a-z]/.test(w)) return undefined;
  if (w.length < 2 || /^[\p{N}]+$/u.test(w) || STOP_WORDS.has(w)) return undefined;
  return w;
}

/** Term frequencies of a text. */
export function termCounts(text: string, lang: string, into = new Map<string, number>()): Map<string, number> {
  for (const word of words(text, lang)) {
    const t = normaliseTerm(word);
    if (t) into.set(t, (into.get(t) ?? 0) + 1);
  }
  return into;
}

/**
 * The first `n` words of Markdown text, markup removed: a story's lead is what it is about. Only a prefix
 * of a long body is cleaned (the whole body when the prefix turns out to hold fewer than `n` words).
 */
export function leadText(markdown: string, n: number): string {
  const prefixChars = n * 16;
  let source = markdown.length > prefixChars * 2 ? markdown.slice(0, prefixChars) : markdown;
  for (;;) {
    const plain = source
      .replace(/```[\s\S]*?(?:```|$)/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[#>*_`|~-]+/g, ' ');
    let count = 0;
    let i = 0;
    const re = /\S+/g;
    for (let m = re.exec(plain); m; m = re.exec(plain)) {
      if (++count > n) return plain.slice(0, i);
      i = m.index + m[0].length;
    }
    if (source.length === markdown.length) return plain.slice(0, i);
    source = markdown;
  }
}
