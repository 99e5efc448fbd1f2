/** Text direction from a BCP 47 language tag (src/domain/text-direction.ts). */
import { describe, expect, it } from 'vitest';
import { textDirection } from '#/domain/text-direction.ts';

describe('textDirection', () => {
  it.each(['ps', 'ps-AF', 'prs', 'fa', 'fa-AF', 'fa-IR', 'ar', 'ar-EG', 'ur', 'ur-PK', 'he', 'iw', 'yi', 'dv', 'ug', 'ckb', 'sd', 'ks'])(
    '%s is right to left',
    (lang) => {
      expect(textDirection(lang)).toBe('rtl');
    },
  );

  // Kurmanji (ku) is written in Latin script by default (CLDR); Sorani (ckb) is right to left.
  it.each(['en', 'en-US', 'en-GB', 'fr', 'de', 'ru', 'zh-Hant', 'tr', 'uz', 'az', 'tg', 'ku', 'und', '']) ('%j is left to right', (lang) => {
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

  // Only the subtag after the language is the script; extensions and variants do not change direction.
  it.each(['ar-u-nu-latn', 'fa-x-test', 'ar-1234'])('only the subtag after the language is the script (%s)', (lang) => {
    expect(textDirection(lang)).toBe('rtl');
  });

  // Languages of the region beyond the usual five: Hazaragi, Balochi, Syriac, N'Ko, Mazanderani, Western Punjabi.
  it.each(['haz', 'bal', 'syr', 'nqo', 'mzn', 'pnb'])('%s is right to left', (lang) => {
    expect(textDirection(lang)).toBe('rtl');
  });
});
