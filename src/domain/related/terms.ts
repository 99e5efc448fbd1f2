/**
 * Turns text into normalised terms for similarity: words split with Intl.Segmenter (Pashto, Dari and
 * Arabic included), lower-cased, Arabic-script letter variants unified, diacritics and joiners removed,
 * stop words and numbers dropped.
 *
 * Latin-script text takes a hand-written scanner (the same words the segmenter gives for it, several times
 * faster, and without making a string per word); text with any other script goes to Intl.Segmenter.
 */
import { foldWord } from './fold.ts';
import { STOP_WORDS } from './stopwords.ts';
import { wordSegmenter } from '#/domain/word-segmenter.ts';

const segmenter = wordSegmenter;

/** Latin letter of either case: A-Z, a-z and Latin-1/Extended-A/B letters (not × and ÷). */
const isLatinLetter = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isAZ = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** Characters the Latin scanner can step over: Latin script, General Punctuation (dashes, curly quotes). */
const isLatinText = (c: number) => c <= 0x24f || (c >= 0x2000 && c <= 0x206f);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/**
 * Word spans found by {@link scanLatin}: word k is `text.slice(at[3k], at[3k + 1])` and `at[3k + 2]` is the
 * FNV-1a hash of its lower-case form (-1 when the word has non-ASCII letters).
 */
export interface Spans {
  at: Int32Array;
}

/** Finds up to `limit` words of Latin-script text and returns how many, or -1 when the text has another script. */
function scanLatin(text: string, limit: number, spans: Spans): number {
  let count = 0;
  const len = text.length;
  let i = 0;
  while (i < len && count < limit) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) {
      // FNV-1a hash of the lower-cased word, for ASCII words (-1 marks a word with other letters).
      let h = Math.imul(FNV_OFFSET ^ (c | 32), FNV_PRIME);
      let ascii = c < 128;
      let j = i + 1;
      for (let d = text.charCodeAt(j); j < len && isLatinLetter(d); d = text.charCodeAt(++j)) {
        h = Math.imul(h ^ (d | 32), FNV_PRIME);
        if (d >= 128) ascii = false;
      }
      const q = text.charCodeAt(j);
      if ((q === 39 || q === 0x2019) && isAZ(text.charCodeAt(j + 1))) {
        if (q !== 39) ascii = false;
        h = Math.imul(h ^ q, FNV_PRIME);
        j++;
        for (let d = text.charCodeAt(j); j < len && isAZ(d); d = text.charCodeAt(++j)) h = Math.imul(h ^ (d | 32), FNV_PRIME);
      }
      if (3 * count + 3 > spans.at.length) {
        const grown = new Int32Array(spans.at.length * 2);
        grown.set(spans.at);
        spans.at = grown;
      }
      spans.at[3 * count] = i;
      spans.at[3 * count + 1] = j;
      spans.at[3 * count + 2] = ascii ? h : -1;
      count++;
      i = j;
      continue;
    }
    if (!isLatinText(c)) return -1;
    i++;
  }
  return count;
}

/** Word spans of `text` found by Intl.Segmenter (at most `limit`), in the same layout as {@link scanLatin}'s. */
function segmentWords(text: string, lang: string, limit: number, spans: Spans): number {
  let count = 0;
  if (limit <= 0) return 0;
  for (const s of segmenter(lang).segment(text)) {
    if (!s.isWordLike) continue;
    if (3 * count + 3 > spans.at.length) {
      const grown = new Int32Array(spans.at.length * 2);
      grown.set(spans.at);
      spans.at = grown;
    }
    spans.at[3 * count] = s.index;
    spans.at[3 * count + 1] = s.index + s.segment.length;
    spans.at[3 * count + 2] = -1;
    if (++count >= limit) break;
  }
  return count;
}

/**
 * Reads the first `limit` words of a plain text (the text readers see: src/markdown/rehype-article-facts.ts),
 * calling `word(source, start, end, hash)` for each: the word is `source.slice(start, end)` as written (not
 * lower-cased); `hash` is its lower-case FNV-1a hash for an ASCII word from the Latin scanner, else -1. Text with
 * any script beyond Latin goes to Intl.Segmenter.
 */
export function readWords(
  text: string,
  lang: string,
  limit: number,
  spans: Spans,
  word: (source: string, start: number, end: number, hash: number) => void,
): void {
  let count = scanLatin(text, limit, spans);
  if (count === -1) count = segmentWords(text, lang, limit, spans);
  for (let k = 0; k < count; k++) word(text, spans.at[3 * k] ?? 0, spans.at[3 * k + 1] ?? 0, spans.at[3 * k + 2] ?? -1);
}

/** Lower-cased words of a text (its first `limit`). */
export function words(text: string, lang: string, limit = Infinity): string[] {
  const out: string[] = [];
  readWords(text, lang, limit, { at: new Int32Array(64) }, (t, s, e) => out.push(t.slice(s, e).toLowerCase()));
  return out;
}

/** Normalises one lower-case word into a term, or returns undefined for words that carry no topic. */
export function normaliseTerm(word: string): string | undefined {
  const w = foldWord(word);
  if (w.length < 3 && /^[a-z]/.test(w)) return undefined;
  if (w.length < 2 || /^[\p{N}]+$/u.test(w) || STOP_WORDS.has(w)) return undefined;
  return w;
}

/**
 * Term ids for the words of many texts: each distinct word is normalised once, and Latin-script words are
 * looked up straight from the text (hashing its characters) without making a string for each occurrence.
 */
export interface TermReader {
  /**
   * Calls `emit(termId, source, start, end)` for each of the first `limit` words of `text`:
   * `termId` is -1 for a word that is not a term (a stop word, a number); the word is `source.slice(start, end)`
   * as written.
   */
  read(text: string, lang: string, limit: number, emit: (term: number, source: string, start: number, end: number) => void): void;
  /** Terms by id. */
  readonly terms: string[];
}

export function termReader(): TermReader {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const termOf = (word: string): number => {
    const t = normaliseTerm(word);
    if (t === undefined) return -1;
    let id = termIds.get(t);
    if (id === undefined) {
      id = terms.length;
      terms.push(t);
      termIds.set(t, id);
    }
    return id;
  };

  // Open-addressing table from lower-case word to term id (-1: not a term), keyed by an FNV-1a hash.
  let mask = 4095;
  let keys: (string | undefined)[] = new Array<string | undefined>(mask + 1);
  let hashes = new Int32Array(mask + 1);
  let values = new Int32Array(mask + 1);
  let size = 0;
  const insert = (key: string, hash: number, value: number) => {
    let slot = hash & mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & mask;
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
  };
  const add = (key: string, hash: number): number => {
    const value = termOf(key);
    if (++size * 2 > mask) {
      const [oldKeys, oldHashes, oldValues] = [keys, hashes, values];
      mask = mask * 2 + 1;
      keys = new Array<string | undefined>(mask + 1);
      hashes = new Int32Array(mask + 1);
      values = new Int32Array(mask + 1);
      oldKeys.forEach((k, s) => {
        if (k !== undefined) insert(k, oldHashes[s] ?? 0, oldValues[s] ?? 0);
      });
    }
    insert(key, hash, value);
    return value;
  };
  const hashString = (s: string) => {
    let h = FNV_OFFSET;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
    return h;
  };
  const lookupString = (word: string): number => {
    const h = hashString(word);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return add(word, h);
      if (hashes[slot] === h && key === word) return values[slot] ?? -1;
    }
  };
  /** Term id of the ASCII word `text[start, end)` with lower-case hash `h`, without slicing it out. */
  const lookupSpan = (text: string, start: number, end: number, h: number): number => {
    if (h === -1) return lookupString(text.slice(start, end).toLowerCase());
    const n = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return add(text.slice(start, end).toLowerCase(), h);
      if (hashes[slot] !== h || key.length !== n) continue;
      let k = 0;
      while (k < n && (text.charCodeAt(start + k) | 32) === (key.charCodeAt(k) | 32)) k++;
      if (k === n) return values[slot] ?? -1;
    }
  };

  const spans: Spans = { at: new Int32Array(1024) };
  return {
    terms,
    read(text, lang, limit, emit) {
      readWords(text, lang, limit, spans, (t, s, e, h) => emit(lookupSpan(t, s, e, h), t, s, e));
    },
  };
}
