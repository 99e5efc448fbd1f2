/**
 * A text's evidence for related links, read once: each distinct term with how often it occurs and how often it
 * is written as a proper name, plus the multi-word names in it ("Mes Aynak", "Kunar River") as terms of their own.
 * The build stores this for every article body instead of the body (a few KB), so the related engine can read
 * the whole body, not only its lead, without keeping articles in memory.
 *
 * A word is a name when it is capitalised inside a sentence (not after . ! ? : or at the start of a line, and not
 * in a Markdown heading, where title case is common). Two or more capitalised words in a row, with nothing but a
 * space or hyphen between them, make multi-word names: each adjacent pair becomes a term "mes aynak". Languages
 * that capitalise every noun (German) and scripts without capitals (Pashto, Dari, Arabic) have no names; their
 * words still count as terms.
 */
import { termReader, type TermReader } from './terms.ts';

export interface TermBag {
  /** Distinct terms, in first-seen order; a multi-word name is its words joined by one space. */
  terms: string[];
  /** Occurrences of each term. */
  counts: number[];
  /** Occurrences of each term written as a proper name (multi-word names always are). */
  named: number[];
  /** Words read, for length normalisation. */
  words: number;
}

/** Words of a body read at most (a pasted 1 MiB dump costs no more than a very long feature). */
export const MAX_BODY_WORDS = 5000;
/**
 * What a bag keeps, so the build's store stays small: every name, every term met twice or more, and the
 * terms met once only when they are among the body's first LEAD_WORDS words (a word used once deep in a long
 * body says little about the story, unless it is a name); at most MAX_TERMS terms (names first, then the
 * most frequent, then the earliest).
 */
export const BAG_LIMITS = { leadWords: 150, maxTerms: 256 } as const;

const isUpperLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const hasNoNames = (lang: string) => /^(de|lb)\b/i.test(lang);

export interface BagReader {
  /** The bag of `text` (`markdown`: a Markdown body, markup skipped; `names`: look for proper names). */
  read(text: string, lang: string, opts: { markdown: boolean; names: boolean }): TermBag;
}

/** A reader that normalises each distinct word once, however many texts it reads. */
export function bagReader(reader: TermReader = termReader()): BagReader {
  return {
    read(text, lang, { markdown, names }) {
      const index = new Map<string, number>();
      const bag: TermBag = { terms: [], counts: [], named: [], words: 0 };
      const lead: number[] = [];
      const add = (term: string, named: boolean) => {
        let k = index.get(term);
        if (k === undefined) {
          k = bag.terms.length;
          index.set(term, k);
          bag.terms.push(term);
          bag.counts.push(0);
          bag.named.push(0);
          lead.push(bag.words <= BAG_LIMITS.leadWords ? 1 : 0);
        }
        bag.counts[k] = (bag.counts[k] ?? 0) + 1;
        if (named) bag.named[k] = (bag.named[k] ?? 0) + 1;
      };
      const findNames = names && !hasNoNames(lang);
      // Reading position in the current source: the end of the previous word, whether that word starts a
      // line in a heading, and the previous capitalised term (for multi-word names).
      let source = '';
      let prevEnd = 0;
      let heading = false;
      let prevCapital = -1;
      reader.read(text, lang, markdown, markdown ? MAX_BODY_WORDS : Infinity, (id, src, start, end) => {
        bag.words++;
        if (!findNames) {
          if (id >= 0) add(reader.terms[id] as string, false);
          return;
        }
        if (src !== source) {
          source = src;
          prevEnd = 0;
          heading = markdown && src.charCodeAt(0) === 35;
          prevCapital = -1;
        }
        // What lies between the previous word and this one decides sentence starts and adjacency.
        let sentenceStart = prevEnd === 0;
        let adjacent = prevEnd > 0;
        for (let k = prevEnd; k < start; k++) {
          const c = src.charCodeAt(k);
          if (c === 10) {
            sentenceStart = true;
            adjacent = false;
            let p = k + 1;
            while (src.charCodeAt(p) === 32) p++;
            heading = markdown && src.charCodeAt(p) === 35;
          } else if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) {
            sentenceStart = true;
            adjacent = false;
          } else if (c !== 32 && c !== 45) adjacent = false;
        }
        prevEnd = end;
        const capital = isUpperLatin(src.charCodeAt(start));
        if (id < 0) {
          prevCapital = -1;
          return;
        }
        const term = reader.terms[id] as string;
        const named = capital && !sentenceStart && !heading;
        add(term, named);
        if (capital && !heading && adjacent && prevCapital >= 0) add(`${reader.terms[prevCapital]} ${term}`, true);
        prevCapital = capital && !heading ? id : -1;
      });
      return markdown ? pruned(bag, lead) : bag;
    },
  };
}

/** The terms of a body's bag worth keeping (see {@link BAG_LIMITS}), in first-seen order. */
function pruned(bag: TermBag, lead: number[]): TermBag {
  let keep = bag.terms.map((_, k) => k).filter((k) => (bag.named[k] ?? 0) > 0 || (bag.counts[k] ?? 0) > 1 || lead[k] === 1);
  if (keep.length > BAG_LIMITS.maxTerms) {
    const rank = (k: number) => [(bag.named[k] ?? 0) > 0 ? 0 : 1, -(bag.counts[k] ?? 0), k] as const;
    keep = keep
      .sort((x, y) => {
        const [a, b] = [rank(x), rank(y)];
        return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      })
      .slice(0, BAG_LIMITS.maxTerms)
      .sort((x, y) => x - y);
  }
  if (keep.length === bag.terms.length) return bag;
  return {
    terms: keep.map((k) => bag.terms[k] as string),
    counts: keep.map((k) => bag.counts[k] ?? 0),
    named: keep.map((k) => bag.named[k] ?? 0),
    words: bag.words,
  };
}
