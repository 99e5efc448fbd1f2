import { describe, expect, it } from 'vitest';
import { articleLocale, messagesFor } from '../../src/i18n/locale.ts';
import { editDistance, suggestWord } from '#/client/suggest-word.ts';

describe('did you mean', () => {
  const vocabulary = ['kabul', 'torkham', 'transit', 'tashkent', 'to', 'trade', 'traders'];
  it('suggests the closest word, most frequent first', () => {
    expect(suggestWord('torkam', vocabulary)).toBe('torkham');
    expect(suggestWord('Tashknet', vocabulary)).toBe('tashkent'); // swapped letters are one edit
    expect(suggestWord('kabol', vocabulary)).toBe('kabul');
  });
  it('stays quiet for known words, short words and nothing close', () => {
    expect(suggestWord('kabul', vocabulary)).toBeUndefined();
    expect(suggestWord('tx', vocabulary)).toBeUndefined();
    expect(suggestWord('helmand', vocabulary)).toBeUndefined();
    expect(suggestWord('trode', ['trade', 'trodden'])).toBe('trade');
  });
  it('measures edits and stops past the limit', () => {
    expect(editDistance('torkam', 'torkham', 2)).toBe(1);
    expect(editDistance('abc', 'xyzw', 1)).toBe(2);
  });
});

describe('article locales', () => {
  it('gives Pashto and Dari their words, digits and calendar; others fall back to English', () => {
    expect(messagesFor('ps').published).toBe('خپور شوی');
    expect(messagesFor('ps-AF')).toBe(messagesFor('ps'));
    expect(messagesFor('prs')).toBe(messagesFor('fa-AF'));
    expect(messagesFor('de').published).toBe('Published');
    expect(articleLocale('fa-AF').locale).toBe('fa-AF-u-ca-persian');
    expect(articleLocale('ps').locale).toBe('ps-u-ca-gregory');
    expect(articleLocale(undefined).locale).toBe('en-US');
  });
});
