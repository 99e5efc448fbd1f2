/**
 * Round 8, finding 7: `-u-` keys that change how the article's dates and times print are refused in `lang` with
 * the tag to write, like calendars Dateline does not show: `en-u-hc-h24` printed half past midnight on 20 November
 * as "Nov 20, 2026, 24:30", and `en-u-nu-hanidec` "Nov 二〇, 二〇二六" among English words.
 */
import { describe, expect, it } from 'vitest';
import { dateFormattingProblem, withoutUnicodeKeys } from '#/domain/language-tags.ts';
import { languageTag } from '#/schemas/fields.ts';

const message = (tag: string) => {
  const r = languageTag.safeParse(tag);
  expect(r.success, tag).toBe(false);
  expect(r.error?.issues, tag).toHaveLength(1);
  return r.error?.issues[0]?.message ?? '';
};

describe('lang: keys that change how dates and times print', () => {
  it('an hour cycle is one line with the tag to write', () => {
    expect(message('en-u-hc-h24')).toMatch(/^sets the hour cycle "h24" \(-u-hc-\), which changes how every time on the page is printed .*; write "en"$/);
    for (const tag of ['en-u-hc-h23', 'en-u-hc-k11', 'en-u-hc-h12', 'fa-AF-u-hc-h23']) expect(message(tag)).toContain('-u-hc-');
    expect(message('fa-AF-u-hc-k11')).toMatch(/write "fa-AF"$/);
  });

  it('a numbering system is one line with the tag to write', () => {
    expect(message('en-u-nu-hanidec')).toMatch(/^sets the digits "hanidec" \(-u-nu-\), .*; write "en"$/);
    expect(message('ps-u-nu-latn')).toMatch(/write "ps"$/);
    expect(message('ar-AF-u-nu-latn')).toMatch(/write "ar-AF"$/);
  });

  it('several keys are named in one line, and the keys that print nothing differently stay', () => {
    expect(message('en-u-ca-chinese-hc-h24-nu-arab')).toMatch(/^asks for the chinese calendar.*; it also sets the hour cycle "h24".*; it also sets the digits "arab".*; write "en"$/);
    expect(message('en-u-co-phonebk-hc-h23-fw-mon')).toMatch(/write "en-u-co-phonebk-fw-mon"$/);
    expect(message('en-u-nu-thai-t-ar')).toMatch(/write "en-t-ar"$/);
    for (const ok of ['en', 'en-u-ca-gregory', 'fa-AF-u-ca-persian', 'en-u-co-phonebk', 'en-u-fw-mon', 'en-t-ar', 'de-CH-1996']) {
      expect(languageTag.safeParse(ok).success, ok).toBe(true);
      expect(dateFormattingProblem(ok), ok).toBeUndefined();
    }
  });

  it('every tag it suggests is accepted and prints times as its language does', () => {
    for (const tag of ['en-u-hc-h24', 'en-u-nu-hanidec', 'en-u-ca-dangi-hc-k11-nu-fullwide', 'fa-AF-u-ca-chinese-co-standard-hc-h12']) {
      const write = /write "([^"]+)"$/.exec(message(tag))?.[1] ?? '';
      expect(languageTag.safeParse(write).success, write).toBe(true);
      const f = new Intl.DateTimeFormat(write, { timeStyle: 'short', timeZone: 'UTC' });
      expect(f.resolvedOptions().numberingSystem, write).toBe(new Intl.DateTimeFormat(new Intl.Locale(write).baseName, { timeZone: 'UTC' }).resolvedOptions().numberingSystem);
    }
    expect(withoutUnicodeKeys('EN-U-HC-H24-X-PRIV', ['hc'])).toBe('EN-X-PRIV');
  });
});

describe('lang: a -u- key written without a value (round 13, finding 5)', () => {
  it.each([
    ['en-u-ca', /^the -u-ca key has no value; remove it or name a calendar after it \(gregory, persian, .*\); write "en"$/],
    ['en-u-hc', /^the -u-hc key has no value; remove it .*; write "en"$/],
    ['en-u-nu', /^the -u-nu key has no value; remove it .*; write "en"$/],
    ['fa-AF-u-ca-hc', /^the -u-ca key has no value.*; the -u-hc key has no value.*; write "fa-AF"$/],
    ['en-u-ca-true', /^the -u-ca key has no value/],
  ])('%s is named as a key without a value, never "true"', (tag, expected) => {
    const m = message(tag);
    expect(m).toMatch(expected);
    expect(m).not.toMatch(/true/);
  });
});
