/**
 * Turns text into normalised terms for similarity: words split with Intl.Segmenter (Pashto, Dari and
 * Arabic included), lower-cased, Arabic-script letter variants unified, diacritics and joiners removed,
 * stop words and numbers dropped.
 *
 * Latin-script text takes a hand-written scanner (the same words the segmenter gives for it, several times
 * faster, and without making a string per word); text with any other script goes to Intl.Segmenter.
 */
import { removeDelimited } from '#/domain/text-scan.ts';
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

/**
 * Finds up to `limit` words of Latin-script text and returns how many, or -1 when the text has another script.
 * With `markdown`, fenced code, HTML tags, link destinations and reference definitions are skipped.
 */
function scanLatin(text: string, limit: number, markdown: boolean, spans: Spans): number {
  let count = 0;
  const len = text.length;
  let lineStart = true;
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
      lineStart = false;
      continue;
    }
    if (!isLatinText(c)) return -1;
    if (markdown) {
      if (c === 10) {
        lineStart = true;
        i++;
        continue;
      }
      if (lineStart && c === 32) {
        i++;
        continue;
      }
      if (lineStart && (c === 96 || c === 126) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
        // Fenced code: skip to the line after the closing fence, or to the end.
        const fence = String.fromCharCode(c, c, c);
        const eol = text.indexOf('\n', i);
        const close = eol === -1 ? -1 : text.indexOf(`\n${fence}`, eol);
        if (close === -1) break;
        const after = text.indexOf('\n', close + 1);
        i = after === -1 ? len : after;
        continue;
      }
      if (lineStart && c === 91) {
        // Reference definition "[id]: url": skip the line.
        const eol = text.indexOf('\n', i);
        const end = eol === -1 ? len : eol;
        const def = text.indexOf(']:', i);
        if (def !== -1 && def < end) {
          i = end;
          continue;
        }
      }
      lineStart = false;
      if (c === 60) {
        // HTML tag or autolink.
        const n = text.charCodeAt(i + 1);
        if (isAZ(n) || n === 47 || n === 33 || n === 63) {
          const gt = text.indexOf('>', i);
          if (gt !== -1) {
            i = gt + 1;
            continue;
          }
        }
      } else if (c === 93 && text.charCodeAt(i + 1) === 40) {
        // "](destination)": keep the link text, skip the destination.
        const close = text.indexOf(')', i);
        if (close !== -1) {
          i = close + 1;
          continue;
        }
      }
    }
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

/** Markdown without code blocks, HTML tags, link destinations and reference definitions (for the segmenter). */
function withoutMarkup(md: string): string {
  const code = md.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, ' ');
  // Tags (`/<[a-z/!?][^>]*>/i`) and link destinations (`/\]\([^)]*\)/`), removed in one forward pass each.
  const tags = removeDelimited(code, '<', '>', { next: /[a-z/!?]/i });
  return removeDelimited(tags, '](', ')').replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, ' ');
}

/**
 * Reads the words of a text, calling `word(source, start, end, hash)` for each: the word is
 * `source.slice(start, end)` as written (not lower-cased); `hash` is its lower-case FNV-1a hash for an ASCII
 * word from the Latin scanner, else -1. Text with any script beyond Latin goes to Intl.Segmenter, on the text
 * with markup blanked out (so `source` is then that text). With `markdown`, markup is left out and only the
 * first `limit` words are read (from a prefix of a long body when that holds enough of them).
 */
export function readWords(
  text: string,
  lang: string,
  markdown: boolean,
  limit: number,
  spans: Spans,
  word: (source: string, start: number, end: number, hash: number) => void,
): void {
  const emit = (source: string, count: number) => {
    for (let k = 0; k < count; k++) word(source, spans.at[3 * k] ?? 0, spans.at[3 * k + 1] ?? 0, spans.at[3 * k + 2] ?? -1);
  };
  const segmented = (source: string): boolean => {
    const plain = markdown ? withoutMarkup(source) : source;
    const count = segmentWords(plain, lang, limit, spans);
    if (count < limit && source !== text) return false;
    emit(plain, count);
    return true;
  };
  const prefixChars = limit * 16;
  if (markdown && text.length > prefixChars * 2) {
    // A long body: its first words are nearly always in a prefix; the whole body is read only when they are not.
    const prefix = text.slice(0, prefixChars);
    const count = scanLatin(prefix, limit, true, spans);
    if (count === limit) {
      emit(prefix, count);
      return;
    }
    if (count === -1) {
      if (!segmented(prefix)) segmented(text);
      return;
    }
  }
  const count = scanLatin(text, limit, markdown, spans);
  if (count !== -1) emit(text, count);
  else segmented(text);
}

/** Lower-cased words of a text (`markdown`: its first `limit` words, markup left out). */
export function words(text: string, lang: string, limit = Infinity, markdown = false): string[] {
  const out: string[] = [];
  readWords(
    text,
    lang,
    markdown,
    limit,
    { at: new Int32Array(64) },
    (t, s, e) => out.push(t.slice(s, e).toLowerCase()),
  );
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
   * Calls `emit(termId, source, start, end)` for every word of `text` (markdown: the first `limit` words only):
   * `termId` is -1 for a word that is not a term (a stop word, a number); the word is `source.slice(start, end)`
   * as written.
   */
  read(text: string, lang: string, markdown: boolean, limit: number, emit: (term: number, source: string, start: number, end: number) => void): void;
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
    read(text, lang, markdown, limit, emit) {
      readWords(
        text,
        lang,
        markdown,
        limit,
        spans,
        (t, s, e, h) => emit(lookupSpan(t, s, e, h), t, s, e),
      );
    },
  };
}
