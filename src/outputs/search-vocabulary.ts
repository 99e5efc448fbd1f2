/**
 * The words search can suggest ("Did you mean torkham?"): every word of the headlines, standfirsts, tags,
 * datelines and reporters' names of visible articles, most frequent first, capped so the file stays small at any archive size. The
 * search page fetches it only when a query finds nothing, and picks the closest word (src/client/suggest-word.ts).
 */
import type { Article } from '#/domain/newsroom.ts';
import { wordSegmenter } from '#/domain/word-segmenter.ts';

/** Words kept: enough for every headline word of a large archive, ~150 KB at most. */
const MAX_WORDS = 15_000;
const segmenter = wordSegmenter();

export function searchVocabulary(articles: readonly Article[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    // Reporters' names too: readers type "garcia" for José García (33b F4).
    const text = [a.data.title, a.data.description, a.data.dateline ?? '', ...a.data.tags, ...(a.authors ?? []).map((x) => x.data.name)].join(' ');
    // Not toLocaleLowerCase: the machine's locale (Turkish: I → ı) must not change the output (round 30b #1).
    for (const s of segmenter.segment(text.toLowerCase())) {
      if (!s.isWordLike || s.segment.length < 3 || /^\d+$/.test(s.segment)) continue;
      counts.set(s.segment, (counts.get(s.segment) ?? 0) + 1);
    }
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_WORDS).map(([w]) => w);
}
