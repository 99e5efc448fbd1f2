import { site } from '../site.config.ts';

// Intl.ListFormat gives the separators ("A, B and C") without writing them by hand; built once, not per byline.
const authorList = new Intl.ListFormat(site.locale, { style: 'long', type: 'conjunction' });

/** Byline pieces: author ids (`element`) and the separators between them (`literal`). */
export function bylineParts(authorIds: readonly string[]): { type: string; value: string }[] {
  return authorList.formatToParts(authorIds);
}
