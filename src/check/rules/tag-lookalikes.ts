/**
 * Tags that look like another tag but are not: a word mixing scripts (`rаil` with a Cyrillic `а`) is never meant,
 * and a tag whose letters are Cyrillic, Greek, Armenian, Cherokee or IPA lookalikes of an existing topic (`раіl`,
 * `trɑde`) would be a second topic page that reads the same. Both are errors naming the letters. The skeleton maps
 * the letters that look like Latin ones (after NFKC and case folding, src/domain/urls.ts `foldTag`), as Unicode's confusables
 * data does for them. In Arabic script the skeleton also folds the letters keyboards and CMSs swap without a
 * visible difference inside a word: Arabic kaf (U+0643) and Persian keheh (U+06A9), Arabic yeh (U+064A), alef
 * maksura (U+0649) and Farsi yeh (U+06CC), the stretching tatweel (U+0640, dropped), and Arabic-Indic and Persian
 * digits (read as 0–9). Two topics with one skeleton are one topic spelt twice (src/check/rules/tags.ts).
 */
import { foldTag } from '#/domain/urls.ts';
import { codePoint } from './invisible-chars.ts';

const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'ë', з: '3', і: 'i', ї: 'ï', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y', ь: 'b',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', η: 'n', ζ: 'z', μ: 'u',
  // Armenian, Cherokee (its small letters: case folding writes the capitals so) and the IPA letters and small
  // capitals that read as plain Latin ones, as Unicode's confusables data maps them (round 24b #6: `tօrkham`,
  // `trɑde`, `raᎥl` made second topic pages).
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', զ: 'q', գ: 'q', յ: 'j',
  ꭰ: 'd', ꭱ: 'r', ꭲ: 't', ꭵ: 'i', ꭹ: 'y', ꭺ: 'a', ꭻ: 'j', ꭼ: 'e', ꮃ: 'w', ꮇ: 'm', ꮋ: 'h', ꮍ: 'y', ꮐ: 'g', ꮒ: 'h',
  ꮓ: 'z', ꮟ: 'b', ꮢ: 'r', ꮤ: 'w', ꮥ: 's', ꮩ: 'v', ꮪ: 's', ꮮ: 'l', ꮯ: 'c', ꮲ: 'p', ꮶ: 'k', ᏻ: 'g', ᏼ: 'b',
  ɑ: 'a', ɡ: 'g', ɩ: 'i', ɪ: 'i', ʏ: 'y', ʀ: 'r', ʙ: 'b', ʜ: 'h', ɴ: 'n', ʟ: 'l', ᴀ: 'a', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e',
  ᴊ: 'j', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ꜱ: 's',
};

/** Arabic-script letters and digits that read as another: folded in the skeleton, not in the URL. */
const ARABIC_VARIANTS: Record<string, string> = {
  '\u0643': '\u06A9',
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u0640': '',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, d) => [String.fromCodePoint(0x0660 + d), String(d)])),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, d) => [String.fromCodePoint(0x06f0 + d), String(d)])),
};

/** Scripts with letters that pass for Latin ones: a word mixing two of them is never meant (round 24b #6 added Armenian, Cherokee, Georgian). */
const SCRIPT_OF: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Georgian', /\p{Script=Georgian}/u],
];

function scriptOf(letter: string): string | undefined {
  return SCRIPT_OF.find(([, re]) => re.test(letter))?.[0];
}

/**
 * `"ɑ" (U+0251) is IPA`, `"Ꭱ" (U+13A1), "Ꭺ" (U+13AA) and 2 more are Cherokee`: the letters of the tag as typed
 * that only look Latin (round 24b #6: the line names them, whatever the script).
 */
export function lookalikeLetters(tag: string): string {
  const letters = [...new Set([...tag.normalize('NFKC')].filter((c) => LOOKALIKES[foldTag(c)] !== undefined))];
  const kind = (c: string) => (scriptOf(c) === 'Latin' ? 'IPA' : (scriptOf(c) ?? 'not Latin'));
  const show = (c: string) => `"${c}" (${codePoint(c)})`;
  const kinds = new Set(letters.map(kind));
  if (kinds.size > 1) return letters.slice(0, 3).map((c) => `${show(c)} is ${kind(c)}`).join(', ') + (letters.length > 3 ? ` and ${letters.length - 3} more` : '');
  const shown = letters.slice(0, 3).map(show);
  const list = letters.length > 3 ? `${shown.join(', ')} and ${letters.length - 3} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
  return `${list} ${letters.length > 1 ? 'are' : 'is'} ${[...kinds][0] ?? 'not Latin'}`;
}

/**
 * Only ASCII: no lookalike, no Arabic variant, one script, and folding keeps it ASCII. Most tags are, and the
 * rules below answer them without a pass per character (20,000 tags cost the check ~0.5 s before).
 */
const ASCII = /^[\x00-\x7F]*$/;

/** What the tag looks like: Cyrillic, Greek, Armenian, Cherokee and IPA lookalikes in Latin letters, Arabic-script variants folded. */
export function tagSkeleton(tag: string): string {
  const folded = foldTag(tag);
  return ASCII.test(folded) ? folded : [...folded].map((c) => LOOKALIKES[c] ?? ARABIC_VARIANTS[c] ?? c).join('');
}

/** The text with only the Arabic-script variants folded (kaf/keheh, the yeh forms, tatweel, digits): `كابل` → `کابل`. */
export function foldArabicVariants(text: string): string {
  return [...text].map((c) => ARABIC_VARIANTS[c] ?? c).join('');
}

/** Whether the tag has a Cyrillic, Greek, Armenian, Cherokee or IPA letter that looks like a plain Latin one. */
export function hasLookalike(tag: string): boolean {
  return !ASCII.test(tag) && [...foldTag(tag)].some((c) => LOOKALIKES[c] !== undefined);
}

/** A word of the tag that mixes Latin, Cyrillic and Greek letters: the message, or undefined. */
export function mixedScriptProblem(tag: string): string | undefined {
  if (ASCII.test(tag)) return undefined;
  for (const word of tag.split(/[^\p{L}\p{M}]+/u)) {
    const scripts = new Map<string, string>();
    for (const c of word) {
      const script = scriptOf(c);
      if (script && !scripts.has(script)) scripts.set(script, c);
    }
    if (scripts.size < 2) continue;
    const [[, first] = ['', ''], ...others] = [...scripts];
    const named = others.map(([script, c]) => `"${c}" (${codePoint(c)}) is ${script}`).join(', ');
    return `tag "${tag}" mixes scripts in the word "${word}": ${named}, the rest ${scriptOf(first)}; letters that look alike make a different topic page, so retype the word in one script`;
  }
  return undefined;
}
