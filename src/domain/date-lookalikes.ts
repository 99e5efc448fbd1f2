/**
 * A date typed with characters that look like a date's but are not (round 24a #9): an en dash from autocorrect
 * (`2026–11–05`), a Dari or Pashto keyboard's digits (`۲۰۲۶-۱۱-۰۵`), a minus sign in the offset from a CMS or Word
 * (`…T09:30:00−04:30`). Told "use YYYY-MM-DD", which it visibly already does, the editor could not see what was
 * wrong; the line names the characters and gives the date to write. Read only once the date has failed to parse.
 */
import { codePoint } from '#/check/rules/invisible-chars.ts';

/** Characters read as a hyphen, a colon or a space in a date, and how the line names them. */
const LOOKALIKES: Record<string, { is: string; name: string }> = {
  '\u2010': { is: '-', name: 'a Unicode hyphen' },
  '\u2011': { is: '-', name: 'a non-breaking hyphen' },
  '\u2012': { is: '-', name: 'a figure dash' },
  '\u2013': { is: '-', name: 'an en dash, as autocorrect types it' },
  '\u2014': { is: '-', name: 'an em dash' },
  '\u2015': { is: '-', name: 'a horizontal bar' },
  '\u2212': { is: '-', name: 'a minus sign' },
  '\uFE63': { is: '-', name: 'a small hyphen' },
  '\uFF0D': { is: '-', name: 'a full-width hyphen' },
  '\uFF0B': { is: '+', name: 'a full-width plus' },
  '\uFF1A': { is: ':', name: 'a full-width colon' },
  '\u2236': { is: ':', name: 'a ratio sign' },
  '\uA789': { is: ':', name: 'a modifier-letter colon' },
  '\uFE55': { is: ':', name: 'a small colon' },
  '\uFE13': { is: ':', name: 'a vertical colon' },
  '\u00A0': { is: ' ', name: 'a no-break space' },
  '\u202F': { is: ' ', name: 'a narrow no-break space' },
};

/** How a line names `c` when it stands where `is` belongs (`a full-width colon`), or undefined (round 28b #12). */
export function lookalikeName(c: string, is: string): string | undefined {
  const look = LOOKALIKES[c];
  return look?.is === is ? look.name : undefined;
}

/** Digits of other scripts: the code point of their zero, and their name. */
const DIGITS: [zero: number, name: string][] = [
  [0x0660, 'Arabic-Indic'],
  [0x06f0, 'Persian (Eastern Arabic)'],
  [0x0966, 'Devanagari'],
  [0x09e6, 'Bengali'],
  [0xff10, 'full-width'],
];

const WHAT: Record<string, string> = { '-': 'a hyphen "-"', '+': 'a plus "+"', ':': 'a colon ":"', ' ': 'a space' };

/**
 * When `text` written with ASCII digits, hyphens, colons and spaces is a date (`isDate`), why it is not one as
 * typed and the date to write; else undefined.
 */
export function lookalikeDateProblem(text: string, isDate: (fixed: string) => boolean): string | undefined {
  let fixed = '';
  const named: string[] = [];
  const scripts = new Map<string, string>();
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    const digits = DIGITS.find(([zero]) => cp >= zero && cp <= zero + 9);
    if (digits) {
      fixed += String(cp - digits[0]);
      scripts.set(digits[1], (scripts.get(digits[1]) ?? '') + c);
      continue;
    }
    const look = LOOKALIKES[c];
    if (look) {
      fixed += look.is;
      const said = `"${c}" (${codePoint(c)}, ${look.name}) where ${WHAT[look.is]} belongs`;
      if (!named.includes(said)) named.push(said);
      continue;
    }
    fixed += c;
  }
  if (fixed === text || !isDate(fixed)) return undefined;
  const parts = [...[...scripts].map(([name, typed]) => `is written in ${name} digits (${typed.slice(0, 4)}), where ASCII digits belong`), ...named.map((n) => `has ${n}`)];
  return `"${text}" ${parts.slice(0, 3).join(' and ')}; write "${fixed}"`;
}
