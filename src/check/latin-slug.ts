/**
 * Latin letters and digits for a name in any script: the one rule `npm run new` (a headline's slug) and the
 * check's rename proposals (a file named `نادیه.md` or `экономика.md`) share. Other scripts are transliterated
 * (Chinese, Cyrillic …); Dari and Pashto go through their own table first (slug-arabic-script.ts: the general one
 * breaks words at every alef and writes ک as "kh"); the capital sharp s ẞ, which the general one drops, is "ss".
 */
import { transliterate } from 'transliteration';
import { romanizeArabicScript } from './slug-arabic-script.ts';

// Apostrophes and the modifier letters that write one (Hawaiian ʻokina, Uzbek Oʻ, ʼ, ʿayn): inside a word, never a break.
const APOSTROPHES = /['’‘`ʹʻʼʽʾʿ]/g;
const unmapped = new Map<string, boolean>();
/** A combining mark the transliteration table has no letters for (a tone or stress mark left over after NFKC, as
 * on Yoruba Ọ̀ or Guarani g̃, which have no precomposed form; a virama): dropped, where it would break the word. */
const isUnmappedMark = (mark: string): boolean => {
  let known = unmapped.get(mark);
  if (known === undefined) unmapped.set(mark, (known = transliterate(mark, { unknown: '' }).trim() === ''));
  return known;
};

export function latinSlug(text: string): string {
  const prepared = romanizeArabicScript(
    text
      .normalize('NFKC')
      .replace(APOSTROPHES, '')
      .replace(/\p{M}/gu, (mark) => (isUnmappedMark(mark) ? '' : mark))
      .replace(/ẞ/g, 'ß'),
  );
  return transliterate(prepared, { unknown: ' ' })
    // The general table marks some letters with an apostrophe (Uzbek Қ "K'", ғ "g'"): part of the word, not a break.
    .replace(/['’]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
