/**
 * Round 11, findings 1–3: a page's label language is resolved once from its `lang` (macrolanguages: Pashto
 * written `pbu`, `pbt`, `pst`; regions: `ps-PK`, `fa-IR`), footnote labels and dates included; `npm run new`
 * slugs from Dari/Pashto headlines; grandfathered and undetermined language tags get a precise line.
 */
import { describe, expect, it } from 'vitest';
import { articleLocale, fallbackLanguage, messagesFor } from '#/i18n/locale.ts';
import { resolvePageLanguage } from '#/i18n/page-language.ts';
import { slugFromHeadline } from '#/check/scaffold.ts';
import { romanizeArabicScript } from '#/check/slug-arabic-script.ts';
import { languageTagProblem } from '#/domain/language-tags.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { parseNewsDate } from '#/domain/dates.ts';

const PASHTO = messagesFor('ps');
const DARI = messagesFor('fa-AF');

describe('1. one label language per page, from its lang', () => {
  it.each(['ps', 'ps-AF', 'ps-PK', 'pbu', 'pbt', 'pst', 'pbt-PK', 'PBT', 'pst-Arab-AF'])('%s reads Pashto words, dates in Pashto', (lang) => {
    const locale = articleLocale(lang);
    expect(locale.messages).toBe(PASHTO);
    expect(locale.wordsLang).toBeUndefined();
    expect(new Intl.Locale(locale.locale).language).toBe('ps');
    expect(locale.timeZoneLabel).toBe(PASHTO.timeZoneLabel?.label);
  });

  it('keeps the region and -u- keys of a language ICU does not know when it prints its dates in the macrolanguage', () => {
    expect(articleLocale('pbt').locale).toBe('ps-u-ca-gregory');
    expect(articleLocale('pbt-PK').locale).toBe('ps-PK-u-ca-gregory');
    expect(articleLocale('pst-u-ca-persian').locale).toBe('ps-u-ca-persian');
  });

  it.each(['fa-AF', 'prs', 'prs-AF', 'fa', 'fa-IR', 'pes'])('%s reads the Dari words', (lang) => {
    expect(articleLocale(lang).messages).toBe(DARI);
    expect(fallbackLanguage(lang)).toBeUndefined();
  });

  it('Dari and Persian keep their Solar Hijri dates unless the site says otherwise (round 37f #5: fa was Gregorian)', () => {
    expect(articleLocale('prs').locale).toBe('fa-AF-u-ca-persian');
    expect(articleLocale('fa-AF').locale).toBe('fa-AF-u-ca-persian');
    expect(articleLocale('fa').locale).toBe('fa-u-ca-persian');
    expect(articleLocale('fa-IR').locale).toBe('fa-IR-u-ca-persian');
    expect(articleLocale('pes').locale).toMatch(/-u-ca-persian$/);
    expect(articleLocale('fa-u-ca-gregory').locale).toBe('fa-u-ca-gregory');
  });

  it('a language without words of its own is labelled in English, marked as such; its dates are its own when ICU has them', () => {
    expect(articleLocale('de').messages.published).toBe('Published');
    expect(articleLocale('de').wordsLang).toBe('en');
    expect(articleLocale('de').locale).toBe('de-u-ca-gregory');
    expect(articleLocale('en-GB').wordsLang).toBeUndefined();
  });

  it('a language neither ICU nor the site has words for gets English dates, not the machine\'s default locale', () => {
    // Klingon: no macrolanguage, no ICU data; the words are English, so are the dates.
    expect(articleLocale('tlh').wordsLang).toBe('en');
    expect(new Intl.Locale(articleLocale('tlh').locale).language).toBe('en');
    expect(resolvePageLanguage('tlh', { wordsKey: 'en', intlTag: 'en-US' }).intlTag).toBe('en-US');
  });

  it('the same resolution labels the footnotes: a pbt body gets Pashto heading and back labels', () => {
    const render = createMarkdownRenderer();
    const { html } = render('غنم[^1].\n\n[^1]: د وزارت شمېرې.', 'pbt');
    expect(html).toContain(`>${PASHTO.footnotes}</h2>`);
    expect(html).toContain(`aria-label="${PASHTO.backToReference('۱')}"`);
    expect(html).not.toMatch(/Footnotes|Back to reference/);
  });

  it('dates on a pbt page are in Pashto with Eastern Arabic digits, like a ps page', () => {
    const parsed = parseNewsDate('2026-11-28T10:00:00+04:30', 'Asia/Kabul');
    if (!parsed.ok) throw new Error(parsed.problem);
    const date = parsed.date;
    const pbt = formatSiteDate(date, { locale: articleLocale('pbt').locale, timeZoneLabel: articleLocale('pbt').timeZoneLabel });
    const ps = formatSiteDate(date, { locale: articleLocale('ps').locale, timeZoneLabel: articleLocale('ps').timeZoneLabel });
    expect(pbt).toBe(ps);
    expect(pbt).toMatch(/[۰-۹]/);
    expect(pbt).not.toMatch(/Nov|AM|PM/);
  });
});

describe('2. slugs from Dari and Pashto headlines', () => {
  it.each([
    ['کابل news today', 'kabl-news-today'],
    ['هرات', 'hrat'],
    ['کندهار', 'kndhar'],
    ['پاکستان', 'pakstan'],
    ['ایران', 'iran'],
    ['جلال‌آباد', 'jlalabad'],
    ['جلال آباد', 'jlal-abad'],
    ['كابل', 'kabl'],
    ['ننګرهار', 'nngrhar'],
    ['ننگرهار', 'nngrhar'],
    ['خبر', 'khbr'],
    ['افغانستان', 'afghanstan'],
    ['مزار شریف', 'mzar-shrif'],
    ['خوست', 'khust'],
    ['ولسوالی', 'wlswali'],
    ['کابل ـ هرات', 'kabl-hrat'],
    ['۲۰۲۶ کابل', '2026-kabl'],
    ['ẞ news today', 'ss-news-today'],
    ['ẞtraße', 'sstrasse'],
    ['Kabul airport reopens', 'kabul-airport-reopens'],
  ])('%s → %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it('never breaks a word at an alef or a ZWNJ, and writes keheh as k, never kh', () => {
    for (const word of ['کابل', 'هرات', 'کندهار', 'پاکستان', 'ایران', 'جلال‌آباد']) expect(slugFromHeadline(word)).not.toContain('-');
    expect(romanizeArabicScript('ک')).toBe('k');
    expect(romanizeArabicScript('ګ گ')).toBe('g g');
    expect(romanizeArabicScript('Latin stays, ۳ too')).toBe('Latin stays, 3 too');
  });

  it('yeh is y at the start of a word or after a vowel, else i (ې e)', () => {
    expect(romanizeArabicScript('یو')).toBe('yu');
    expect(romanizeArabicScript('بیا')).toBe('bia');
    expect(romanizeArabicScript('های')).toBe('hay');
    expect(romanizeArabicScript('ښېرې')).toBe('shere');
  });
});

describe('3. grandfathered and undetermined language tags', () => {
  it.each([
    ['i-klingon', 'write "tlh"'],
    ['zh-min-nan', 'write "nan"'],
    ['sgn-BE-FR', 'write "sfb"'],
    ['en-GB-oed', 'write "en-GB-oxendict"'],
    ['EN-gb-OED', 'write "en-GB-oxendict"'],
    ['art-lojban', 'write "jbo"'],
    ['i-navajo', 'write "nv"'],
  ])('%s: grandfathered, %s', (tag, fix) => {
    const problem = languageTagProblem(tag);
    expect(problem).toContain('grandfathered');
    expect(problem).toContain(fix);
    expect(problem).not.toContain('must be a BCP 47 language tag');
  });

  it('a grandfathered tag without a replacement says so and gives the registry\'s note', () => {
    expect(languageTagProblem('zh-min')).toMatch(/no single replacement.*see cdo, cpx, czo, mnp, nan/);
    expect(languageTagProblem('i-default')).toMatch(/names no language; remove lang/);
  });

  it.each(['und', 'UND', 'und-AF', 'und-Arab'])('%s: the language is undetermined', (tag) => {
    expect(languageTagProblem(tag)).toMatch(/the language is undetermined.*remove lang.*or name the language/);
  });

  it('leaves the tags it accepted before alone', () => {
    for (const tag of ['ps', 'fa-AF', 'prs', 'pbt', 'en-GB-oxendict', 'tlh', 'zh-Hant-TW']) expect(languageTagProblem(tag)).toBeUndefined();
    expect(languageTagProblem('xx-yy-zz-qq-1')).toContain('must be a BCP 47 language tag');
  });
});
