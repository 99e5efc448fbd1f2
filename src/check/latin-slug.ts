/**
 * Latin letters and digits for a name in any script: the one rule `npm run new` (a headline's slug) and the
 * check's rename proposals (a file named `نادیه.md` or `экономика.md`) share. Other scripts are transliterated
 * (Chinese, Cyrillic …); Dari and Pashto go through their own table first (slug-arabic-script.ts: the general one
 * breaks words at every alef and writes ک as "kh"); the capital sharp s ẞ, which the general one drops, is "ss".
 */
import { transliterate } from 'transliteration';
import { romanizeArabicScript } from './slug-arabic-script.ts';

export function latinSlug(text: string): string {
  const prepared = romanizeArabicScript(text.normalize('NFKC').replace(/['’‘`]/g, '').replace(/ẞ/g, 'ß'));
  return transliterate(prepared, { unknown: ' ' })
    // The general table marks some letters with an apostrophe (Uzbek Қ "K'", ғ "g'"): part of the word, not a break.
    .replace(/['’]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
