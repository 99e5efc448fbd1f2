/**
 * The words the site puts around an article (Published, Updated, min read, Related, Corrections, Topics,
 * By … for …), per language. An article in Pashto or Dari gets its labels, its numbers and its dates in its
 * own language; anything else falls back to English. Add a language by adding a file beside this one and a
 * line to MESSAGES.
 */
import { dari } from './fa-AF.ts';
import { english } from './en.ts';
import { pashto } from './ps.ts';
import type { Messages } from './types.ts';

export type { Messages } from './types.ts';

const MESSAGES: Record<string, Messages> = { en: english, ps: pashto, 'fa-AF': dari, prs: dari };

/** The key of MESSAGES that holds a tag's words: the exact tag, then its language (`ps-AF` → `ps`), else English. */
function messagesKey(lang: string): string {
  if (MESSAGES[lang]) return lang;
  const language = lang.split('-')[0] ?? '';
  return MESSAGES[language] ? language : 'en';
}

/** The messages for a BCP 47 tag: the exact tag, then its language (`ps-AF` → `ps`), else English. */
export function messagesFor(lang: string): Messages {
  return MESSAGES[messagesKey(lang)] ?? english;
}

/**
 * The language a tag's words are written in when it is not the tag's own (an article in German gets the English
 * fallback, which must be marked `lang="en"` so a screen reader does not read "Published" with a German voice);
 * undefined when the language has its own words.
 */
export function fallbackLanguage(lang: string): string | undefined {
  const key = messagesKey(lang);
  return key === 'en' && lang.split('-')[0] !== 'en' ? 'en' : undefined;
}
