/**
 * A text's evidence for related links, read once: each distinct term with how often it occurs and how often it
 * is written as a proper name, plus the multi-word names in it ("Mes Aynak", "Kunar River") as terms of their own.
 * The build stores this for every article body instead of the body (a few KB), so the related engine can read
 * the whole body, not only its lead, without keeping articles in memory.
 *
 * A body is read as the text readers see, block by block (src/markdown/rehype-article-facts.ts), never as Markdown.
 * A word is a name when it is capitalised inside a sentence (not after . ! ? : or at the start of a block, and not
 * in a heading, where title case is common). Two or more capitalised words in a row, with nothing but a
 * space or hyphen between them, make a multi-word name, counted as its adjacent pairs ("mes aynak") instead of
 * its single words, so one place or person is one piece of evidence. Languages
 * that capitalise every noun (German) and scripts without capitals (Pashto, Dari, Arabic) have no names; their
 * words still count as terms.
 */
import type { TextBlock } from '#/markdown/rehype-article-facts.ts';
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
export const BAG_LIMITS = { leadWords: 150, maxTerms: 120 } as const;

const isUpperLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const hasNoNames = (lang: string) => /^(de|lb)\b/i.test(lang);

export interface BagReader {
  /**
   * The bag of a text: a headline or standfirst, or (`body`) an article body's blocks, of which the first
   * MAX_BODY_WORDS words are read and BAG_LIMITS kept. `names`: look for proper names.
   */
  read(text: string | readonly TextBlock[], lang: string, opts: { body: boolean; names: boolean }): TermBag;
}

/** A reader that normalises each distinct word once, however many texts it reads. */
export function bagReader(reader: TermReader = termReader()): BagReader {
  // Term id → 1 + its entry in the bag being read (0: not in it); cleared after each text.
  let slot = new Int32Array(4096);
  return {
    read(text, lang, { body, names }) {
      // Entries: a term id, or -1 - k for the k-th multi-word name; counts, names and lead flags alongside.
      const keys: number[] = [];
      const pairs: string[] = [];
      const pairSlot = new Map<number, number>();
      const counts: number[] = [];
      const namedCounts: number[] = [];
      const lead: number[] = [];
      let words = 0;
      const entry = (key: number): number => {
        keys.push(key);
        counts.push(0);
        namedCounts.push(0);
        lead.push(words <= BAG_LIMITS.leadWords ? 1 : 0);
        return keys.length - 1;
      };
      const add = (id: number, named: boolean) => {
        if (id >= slot.length) {
          const grown = new Int32Array(Math.max(slot.length * 2, id + 1));
          grown.set(slot);
          slot = grown;
        }
        let k = (slot[id] ?? 0) - 1;
        if (k < 0) slot[id] = (k = entry(id)) + 1;
        counts[k] = (counts[k] ?? 0) + 1;
        if (named) namedCounts[k] = (namedCounts[k] ?? 0) + 1;
      };
      const addPair = (a: number, b: number) => {
        const key = a * 0x4000000 + b;
        let k = pairSlot.get(key);
        if (k === undefined) {
          pairSlot.set(key, (k = entry(-1 - pairs.length)));
          pairs.push(`${termOf(a)} ${termOf(b)}`);
        }
        counts[k] = (counts[k] ?? 0) + 1;
        namedCounts[k] = (namedCounts[k] ?? 0) + 1;
      };
      const termOf = (id: number) => reader.terms[id] as string;
      const findNames = names && !hasNoNames(lang);
      // Reading position in the current block: the end of the previous word and whether the block is a heading.
      let prevEnd = 0;
      let heading = false;
      // The current run of capitalised terms, and whether its first word starts a sentence.
      const run: number[] = [];
      let runAtSentenceStart = false;
      // A lone capitalised word is a name unless it starts a sentence; a run of them is a multi-word name,
      // counted as its adjacent pairs only (a sentence-initial first word also as a plain word), so that
      // "Kestrel Bay" is one piece of evidence, not three.
      const flush = () => {
        if (run.length === 1) add(run[0] ?? 0, !runAtSentenceStart);
        else if (run.length > 1) {
          if (runAtSentenceStart) add(run[0] ?? 0, false);
          for (let k = 1; k < run.length; k++) addPair(run[k - 1] ?? 0, run[k] ?? 0);
        }
        run.length = 0;
      };
      const word = (id: number, src: string, start: number, end: number) => {
        words++;
        if (!findNames) {
          if (id >= 0) add(id, false);
          return;
        }
        // What lies between the previous word and this one decides sentence starts and adjacency.
        let sentenceStart = prevEnd === 0;
        let adjacent = prevEnd > 0;
        for (let k = prevEnd; k < start; k++) {
          const c = src.charCodeAt(k);
          if (c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 59) {
            sentenceStart = true;
            adjacent = false;
          } else if (c !== 32 && c !== 45) adjacent = false;
        }
        prevEnd = end;
        if (id < 0) return flush();
        if (heading || !isUpperLatin(src.charCodeAt(start))) {
          flush();
          add(id, false);
        } else if (adjacent && run.length > 0) run.push(id);
        else {
          flush();
          run.push(id);
          runAtSentenceStart = sentenceStart;
        }
      };
      // Each block starts a sentence; a name never runs from one block into the next.
      const blocks: readonly TextBlock[] = typeof text === 'string' ? [{ text, heading: false }] : text;
      const limit = body ? MAX_BODY_WORDS : Infinity;
      for (const block of blocks) {
        if (words >= limit) break;
        flush();
        prevEnd = 0;
        heading = block.heading;
        reader.read(block.text, lang, limit - words, word);
      }
      flush();
      for (const key of keys) if (key >= 0) slot[key] = 0;
      // Which entries to keep: all of a headline or standfirst; of a body, see BAG_LIMITS.
      let keep = keys.map((_, k) => k);
      if (body) {
        keep = keep.filter((k) => (namedCounts[k] ?? 0) > 0 || (counts[k] ?? 0) > 1 || lead[k] === 1);
        if (keep.length > BAG_LIMITS.maxTerms) {
          const rank = (k: number) => ((namedCounts[k] ?? 0) > 0 ? 0 : 1e9) - (counts[k] ?? 0) * 1e4 + k;
          keep = keep
            .sort((x, y) => rank(x) - rank(y))
            .slice(0, BAG_LIMITS.maxTerms)
            .sort((x, y) => x - y);
        }
      }
      return {
        terms: keep.map((k) => {
          const key = keys[k] ?? 0;
          return key >= 0 ? termOf(key) : (pairs[-1 - key] as string);
        }),
        counts: keep.map((k) => counts[k] ?? 0),
        named: keep.map((k) => namedCounts[k] ?? 0),
        words,
      };
    },
  };
}
