import { site } from '../site.config.ts';

// Intl.ListFormat gives the separators ("A, B and C") without writing them by hand; built once, not per byline.
const authorList = new Intl.ListFormat(site.locale, { style: 'long', type: 'conjunction' });

/** Byline pieces: author ids (`element`) and the separators between them (`literal`). */
export function bylineParts(authorIds: readonly string[]): { type: string; value: string }[] {
  // The same few bylines appear on thousands of cards: formatted once per author list.
  const key = authorIds.join('\u0000');
  let parts = memo.get(key);
  if (!parts) {
    parts = authorList.formatToParts(authorIds);
    if (memo.size < 50_000) memo.set(key, parts);
  }
  return parts;
}
const memo = new Map<string, { type: string; value: string }[]>();
