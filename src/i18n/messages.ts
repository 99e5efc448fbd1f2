/**
 * The words the site puts around an article (Published, Updated, min read, Related, Corrections, Topics,
 * By … for …), per language. An article in Pashto or Dari gets its labels, its numbers and its dates in its
 * own language; anything else falls back to English. Add a language by adding a file beside this one and a
 * line to MESSAGES. Which entry a page's `lang` reads is decided once, in page-language.ts (macrolanguages,
 * regions, ICU's aliases), and handed out by locale.ts.
 */
import { dari } from './fa-AF.ts';
import { english } from './en.ts';
import { pashto } from './ps.ts';
import type { Messages } from './types.ts';

export type { Messages } from './types.ts';

/** The language the words fall back to when a page's language has none of its own. */
export const FALLBACK_WORDS = 'en';

// `fa` (Persian anywhere: fa-IR, pes) reads the Dari words, the closest the site has: better than English.
const MESSAGES: Record<string, Messages> = { en: english, ps: pashto, 'fa-AF': dari, prs: dari, fa: dari };

/** Every language's words once (the content check reads the byline's words of all of them). */
export const ALL_MESSAGES: readonly Messages[] = [...new Set(Object.values(MESSAGES))];

/** Whether MESSAGES has an entry under exactly this key. */
export function hasMessages(key: string): boolean {
  return Object.hasOwn(MESSAGES, key);
}

/** The messages under a key of MESSAGES (English for any other key). */
export function messagesByKey(key: string): Messages {
  return (Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined) ?? english;
}
