/**
 * Tags that look like another tag but are not: a word mixing scripts (`rаil` with a Cyrillic `а`) is never meant,
 * and a tag whose letters are Cyrillic or Greek lookalikes of an existing topic (`раіl`) would be a second topic
 * page that reads the same. Both are errors naming the letters. The skeleton maps the Cyrillic and Greek letters
 * that look like Latin ones (after NFKC and case folding, src/domain/urls.ts `foldTag`), as Unicode's confusables
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

const SCRIPT_OF: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

function scriptOf(letter: string): string | undefined {
  return SCRIPT_OF.find(([, re]) => re.test(letter))?.[0];
}

/**
 * Only ASCII: no lookalike, no Arabic variant, one script, and folding keeps it ASCII. Most tags are, and the
 * rules below answer them without a pass per character (20,000 tags cost the check ~0.5 s before).
 */
const ASCII = /^[\x00-\x7F]*$/;

/** What the tag looks like: Cyrillic and Greek lookalikes in Latin letters, Arabic-script variants folded. */
export function tagSkeleton(tag: string): string {
  const folded = foldTag(tag);
  return ASCII.test(folded) ? folded : [...folded].map((c) => LOOKALIKES[c] ?? ARABIC_VARIANTS[c] ?? c).join('');
}

/** The text with only the Arabic-script variants folded (kaf/keheh, the yeh forms, tatweel, digits): `كابل` → `کابل`. */
export function foldArabicVariants(text: string): string {
  return [...text].map((c) => ARABIC_VARIANTS[c] ?? c).join('');
}

/** Whether the tag has a Cyrillic or Greek letter that looks like a Latin one. */
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
