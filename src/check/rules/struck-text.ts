/**
 * Words struck through with a style (`<span style="text-decoration: line-through">9</span> 8`, as old CMS and
 * Word HTML write a correction): the sanitiser removes the style and keeps the words, so the figure the editor
 * struck out was published as a live one, "9 8" (round 24b #2). `<s>`, `<del>` and `<strike>` (read as `<s>`,
 * src/markdown/rehype-obsolete-elements.ts) keep the strike. One line per element with words (marked-elements.ts).
 */
import { firstWords, markedElements } from './marked-elements.ts';

export interface StruckText {
  offset: number;
  message: string;
}

function strikeOf(_name: string, attrs: readonly { name: string; value: string }[]): string | undefined {
  const style = attrs.find((a) => a.name === 'style')?.value ?? '';
  const m = /(?:^|;)\s*(text-decoration(?:-line)?)\s*:([^;]*line-through[^;]*)/i.exec(style);
  return m ? `style="${m[1]!.toLowerCase()}:${m[2]!.replace(/!important/i, '').trim().toLowerCase()}"` : undefined;
}

export function struckText(text: string): StruckText[] {
  if (!/line-through/i.test(text)) return [];
  return markedElements(text, strikeOf)
    .filter((e) => /[\p{L}\p{N}]/u.test(e.words))
    .map((e) => ({
      offset: e.start,
      message: `<${e.name} ${e.mark}> strikes "${firstWords(e.words)}" through, but pages keep no styles, so readers, feeds and search would read the struck words as current ones; put them in <s>…</s> (or ~~…~~) instead`,
    }));
}
