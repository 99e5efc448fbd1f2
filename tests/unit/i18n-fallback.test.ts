import { describe, expect, it } from 'vitest';
import { articleLocale, fallbackLanguage, messagesFor } from '../../src/i18n/locale.ts';

describe('words around an article in a language without its own', () => {
  it('are the English ones, marked as English', () => {
    expect(messagesFor('ar').published).toBe(messagesFor('en').published);
    expect(fallbackLanguage('ar')).toBe('en');
    expect(fallbackLanguage('de-CH')).toBe('en');
    expect(articleLocale('ar').wordsLang).toBe('en');
  });

  it('are not marked when the language has its own words or is English', () => {
    expect(fallbackLanguage('ps')).toBeUndefined();
    expect(fallbackLanguage('ps-AF')).toBeUndefined();
    expect(fallbackLanguage('fa-AF')).toBeUndefined();
    expect(fallbackLanguage('en-GB')).toBeUndefined();
    expect(articleLocale('ps').wordsLang).toBeUndefined();
    expect(articleLocale(undefined).wordsLang).toBeUndefined();
    expect(messagesFor('ps').published).not.toBe(messagesFor('en').published);
  });
});
