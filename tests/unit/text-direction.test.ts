/** Text direction from a BCP 47 language tag (src/lib/text-direction.ts). */
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/lib/text-direction.ts';

describe('textDirection', () => {
  it.each(['ps', 'ps-AF', 'prs', 'fa', 'fa-AF', 'fa-IR', 'ar', 'ar-EG', 'ur', 'ur-PK', 'he', 'iw', 'yi', 'dv', 'ug', 'ckb', 'sd', 'ks', 'ku'])(
    '%s is right to left',
    (lang) => {
      expect(textDirection(lang)).toBe('rtl');
    },
  );

  it.each(['en', 'en-US', 'en-GB', 'fr', 'de', 'ru', 'zh-Hant', 'tr', 'uz', 'az', 'tg', 'und', ''])('%j is left to right', (lang) => {
    expect(textDirection(lang)).toBe('ltr');
  });

  it('is case-insensitive', () => {
    expect(textDirection('PS')).toBe('rtl');
    expect(textDirection('Fa-af')).toBe('rtl');
    expect(textDirection('ku-latn')).toBe('ltr');
    expect(textDirection('AZ-ARAB')).toBe('rtl');
  });

  it('the script subtag decides when given', () => {
    expect(textDirection('ku-Latn')).toBe('ltr');
    expect(textDirection('ku-Arab')).toBe('rtl');
    expect(textDirection('ps-Latn')).toBe('ltr');
    expect(textDirection('sd-Deva')).toBe('ltr');
    expect(textDirection('ks-Deva')).toBe('ltr');
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('uz-Arab-AF')).toBe('rtl');
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('sr-Cyrl')).toBe('ltr');
    expect(textDirection('he-Hebr')).toBe('rtl');
    expect(textDirection('dv-Thaa')).toBe('rtl');
  });

  it('regions and variants do not change the direction', () => {
    expect(textDirection('ps-AF')).toBe('rtl');
    expect(textDirection('en-GB-oxendict')).toBe('ltr');
  });

  // BUG (src/lib/text-direction.ts): any 4-character subtag is taken as the script, including 4-digit variants
  // and extension/private-use subtags (the article schema rejects singletons, but site.lang is not checked).
  it.fails.each(['ar-u-nu-latn', 'fa-x-test', 'ar-1234'])('only the subtag after the language is the script (%s)', (lang) => {
    expect(textDirection(lang)).toBe('rtl');
  });

  // BUG (src/lib/text-direction.ts): the language list misses right-to-left languages, including two spoken in
  // Afghanistan and Pakistan (Hazaragi `haz`, Balochi `bal`) and Syriac, N'Ko, Mazanderani, Western Punjabi.
  // `new Intl.Locale(tag).getTextInfo().direction` (Node 24) knows them all.
  it.fails.each(['haz', 'bal', 'syr', 'nqo', 'mzn', 'pnb'])('%s is right to left', (lang) => {
    expect(textDirection(lang)).toBe('rtl');
  });
});
