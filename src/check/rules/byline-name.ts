/**
 * An author's `name:` that starts with the byline's own word ("By Nadia Rahyab", pasted from a CMS byline) is
 * printed "By By Nadia Rahyab" in every byline, page and feed (round 24a #7). A warning: the fix is the name alone.
 */
import { ALL_MESSAGES } from '#/i18n/messages.ts';

/** The words a byline prints before the names, in every language the site has ("By", "لیکوال", "نویسنده"). */
const BYLINE_WORDS = [...new Set(ALL_MESSAGES.map((m) => m.byBefore.replace(/[\s:：]+$/u, '')))].filter(Boolean);

/** The line for an author name that starts with a byline word, or undefined. */
export function bylineWordInName(name: string): string | undefined {
  const trimmed = name.trim();
  for (const word of BYLINE_WORDS) {
    if (trimmed.length <= word.length || trimmed.slice(0, word.length).toLowerCase() !== word.toLowerCase()) continue;
    const rest = /^[\s:：]+(.*)$/su.exec(trimmed.slice(word.length));
    if (!rest?.[1]) continue;
    const said = trimmed.slice(0, word.length);
    return `the name "${name}" starts with "${said}", which every byline already prints before the names ("${said} ${trimmed}"); write the name alone: name: ${rest[1]}`;
  }
  return undefined;
}
