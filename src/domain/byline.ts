import { site } from '#/site.config.ts';
import { foldCase } from './aliases.ts';
import { readerText } from './reader-text.ts';

// Intl.ListFormat gives the separators ("A, B and C"; "A او B" in Pashto) without writing them by hand; built
// once per language, not per byline.
const formats = new Map<string, Intl.ListFormat>();

/** Byline pieces: author ids (`element`) and the separators between them (`literal`), in `lang`. */
export function bylineParts(authorIds: readonly string[], lang: string = site.locale): { type: string; value: string }[] {
  // The same few bylines appear on thousands of cards: formatted once per author list.
  const key = `${lang}\u0000${authorIds.join('\u0000')}`;
  let parts = memo.get(key);
  if (!parts) {
    let list = formats.get(lang);
    if (!list) {
      list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
      formats.set(lang, list);
    }
    parts = list.formatToParts(authorIds);
    if (memo.size < 50_000) memo.set(key, parts);
  }
  return parts;
}
const memo = new Map<string, { type: string; value: string }[]>();

/** A name as compared with another: as a reader sees it (reader-text.ts), letter case aside. */
const nameKey = (name: string) => foldCase(readerText(name));

/**
 * The `source:` the byline prints after the names ("By A for Source"): none when it only repeats an author's name,
 * which printed "By Nadia Rahyab for Nadia Rahyab" (round 37b #3). The page, the cards, the feeds and search alike.
 */
export function bylineSource(source: string | undefined, authorNames: readonly string[]): string | undefined {
  if (!source) return undefined;
  const key = nameKey(source);
  return authorNames.some((name) => nameKey(name) === key) ? undefined : source;
}
