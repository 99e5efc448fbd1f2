/** Word counts and reading time, language-aware through Intl.Segmenter. */
import { removeDelimited } from './text-scan.ts';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Words in Markdown text, ignoring markup and URLs. */
export function countWords(markdown: string, lang = 'en'): number {
  const text = removeDelimited(removeDelimited(markdown.replace(/```[\s\S]*?```/g, ' '), '<', '>', { minInner: 1 }), '](', ')').replace(
    /https?:\/\/\S+/g,
    ' ',
  );
  // Latin-script text: whitespace splitting is exact enough and much faster than segmenting.
  if (!/[^\u0000-\u024F\u2000-\u206F]/.test(text)) {
    return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  let n = 0;
  for (const seg of segmenter(lang).segment(text)) if (seg.isWordLike) n++;
  return n;
}

/** Whole minutes at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

