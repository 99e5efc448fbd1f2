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

/** The messages for a BCP 47 tag: the exact tag, then its language (`ps-AF` → `ps`), else English. */
export function messagesFor(lang: string): Messages {
  return MESSAGES[lang] ?? MESSAGES[lang.split('-')[0] ?? ''] ?? english;
}
