/** Word counts of plain text and reading time, language-aware through Intl.Segmenter. */
import { wordSegmenter } from './word-segmenter.ts';


/** Words in plain text (the text readers see: src/markdown/rehype-article-facts.ts). */
export function countWords(text: string, lang = 'en'): number {
  // Latin-script text: whitespace splitting is exact enough and much faster than segmenting.
  if (!/[^\u0000-\u024F\u2000-\u206F]/.test(text)) {
    return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  let n = 0;
  for (const seg of wordSegmenter(lang).segment(text)) if (seg.isWordLike) n++;
  return n;
}

/** Whole minutes at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

