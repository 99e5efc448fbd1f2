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

/** What may follow a name's comma without it being "Last, First": "Martin Luther King, Jr.", "Nadia Rahyab, PhD". */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi', 'phd', 'md', 'dds', 'esq', 'obe', 'mbe', 'cbe', 'kbe', 'kc', 'qc', 'mp', 'rn', 'cpa', 'jd', 'mba', 'ma', 'msc', 'bsc', 'ba', 'fcpa', 'frs']);
/** One side of the comma: one to three words of letters (any script), with `'`, `’`, `.` and `-` inside names. */
const WORDS = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,2}$/u;

/**
 * Words that make a side of the comma a desk, an agency or a role rather than a person's name: "Kabul Desk, Reuters"
 * and "Staff, Herat Bureau" are written as meant (issue 10's notes).
 */
const NOT_A_PERSON = new Set(['desk', 'staff', 'bureau', 'newsroom', 'team', 'editors', 'editor', 'reporters', 'reporter', 'correspondent', 'correspondents', 'agency', 'agencies', 'news', 'service', 'services', 'wire', 'wires', 'writers', 'writer', 'press', 'media', 'office', 'unit', 'board', 'reuters', 'afp', 'ap', 'dpa', 'efe', 'ansa', 'xinhua', 'bbc', 'pajhwok', 'tolonews', 'ips']);
const namesAnOrganisation = (side: string) => side.split(' ').some((word) => NOT_A_PERSON.has(word.toLowerCase().replace(/[.’']/g, '')));

/**
 * An author's `name:` pasted "Last, First" from an HR or CMS export (round 26a #16): a byline of several names joins
 * them with commas ("By Rahyab, Nadia, Zarlasht Niazai and …"), so it reads as one person more, and the name is
 * printed so in feeds and on the author's page. A warning with the name in reading order; exactly one comma (the
 * Latin one or the Arabic "،" the Dari and Pashto bylines join with), and not before a suffix ("King, Jr.").
 */
export function lastFirstName(name: string): string | undefined {
  const m = /^([^,،]+)[,،]([^,،]+)$/u.exec(name.trim());
  if (!m) return undefined;
  const [last, first] = [m[1]!.trim().replace(/\s+/gu, ' '), m[2]!.trim().replace(/\s+/gu, ' ')];
  if (!WORDS.test(last) || !WORDS.test(first) || SUFFIXES.has(first.toLowerCase().replace(/\./g, ''))) return undefined;
  if (namesAnOrganisation(last) || namesAnOrganisation(first)) return undefined;
  return `"${name.trim()}" looks like "Last, First"; bylines print names as written and join several with commas, so it reads as two people; write name: ${first} ${last}`;
}
