/**
 * Round 22's findings fixed on branch r22c (a blind tester on main 79db9d8): scroll boxes a keyboard reaches,
 * grammatical counts on the reporters' index, og:locale with a territory, dates in the script of the tag, search
 * text without footnote calls, related links not made by weekdays or one common word, a body's first heading.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderBody } from '#/build/render-batch.ts';
import { articleCount } from '#/i18n/counts.ts';
import { openGraphLocale } from '#/domain/language-tags.ts';
import { articleLocale } from '#/i18n/locale.ts';
import { computeRelated } from '#/domain/related/engine.ts';
import { normaliseTerm } from '#/domain/related/terms.ts';
import { input, picksOf } from './related-input.ts';
import { authorSchema } from '#/schemas/author.ts';
import { sectionSchema } from '#/schemas/section.ts';

const oneLine = (html: string) => html.replace(/\n/g, '');

describe('a wide table or code block is a scroll box a keyboard can reach (finding 5, axe scrollable-region-focusable)', () => {
  it('makes a table\'s box focusable and names it by its header row', () => {
    const { html } = renderBody('| Province | Flour (50 kg) |\n|---|--:|\n| Kabul | 2,400 |');
    expect(oneLine(html)).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Province, Flour \(50 kg\)"><table>/);
  });

  it('names a raw table by its caption, and leaves a nameless one focusable without a role', () => {
    expect(renderBody('<table><caption>Rates on Monday</caption><tr><th>USD</th></tr><tr><td>70</td></tr></table>').html)
      .toContain('<section class="table-scroll" tabindex="0" aria-label="Rates on Monday">');
    const bare = renderBody('<table><tr><td>a</td><td>b</td></tr></table>').html;
    expect(bare).toContain('<div class="table-scroll" tabindex="0"><table>');
    expect(bare).not.toContain('role=');
  });

  it('gives two tables with one header row different names', () => {
    const table = '| Province | Price |\n|---|---|\n| Kabul | 1 |';
    const labels = [...renderBody(`${table}\n\nText.\n\n${table}`).html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['Province, Price', 'Province, Price (2)']);
  });

  it('makes a code block focusable', () => {
    expect(renderBody('```sh\ncurl https://example.org/ | grep x | sort\n```').html).toMatch(/^<pre tabindex="0">/);
  });
});

describe('the reporters\' index counts grammatically and breaks a long one-word name (finding 13)', () => {
  it('says "1 article", and "articles" for any other count', () => {
    expect(articleCount(1)).toBe('1 article');
    expect(articleCount(0)).toBe('0 articles');
    expect(articleCount(1204)).toBe('1,204 articles');
  });

  it('uses the count on every index page, and lets a name on them break anywhere', () => {
    // The reporters' and sections' indexes print their lists through NamedList (round 30 review).
    for (const page of ['src/pages/authors/[...page].astro', 'src/pages/sections/[...index].astro']) expect(readFileSync(page, 'utf8')).toContain('<NamedList ');
    for (const page of ['src/components/NamedList.astro', 'src/pages/archive/[...page].astro']) {
      const source = readFileSync(page, 'utf8');
      expect(source).toContain('articleCount(');
      expect(source).not.toMatch(/\} articles/);
    }
    const anywhere = readFileSync('src/styles/global.css', 'utf8').match(/^([^{}\n]*)\{ overflow-wrap: anywhere; \}/m)?.[1] ?? '';
    expect(anywhere.split(',').map((s) => s.trim())).toContain('.people a');
  });
});

describe('og:locale is language_TERRITORY for a tag without a region (finding 16)', () => {
  it('adds the territory the language is most likely written in, and keeps one the tag names', () => {
    expect(['ps', 'zh-Hans', 'ja', 'ar', 'he', 'ur', 'pa-Arab'].map(openGraphLocale)).toEqual(['ps_AF', 'zh_CN', 'ja_JP', 'ar_EG', 'he_IL', 'ur_PK', 'pa_PK']);
    expect(openGraphLocale('fa-AF')).toBe('fa_AF');
    expect(openGraphLocale('ar-SA')).toBe('ar_SA');
    expect(openGraphLocale('en-US')).toBe('en_US');
  });
});

describe('a tag with a Latin script subtag is dated in Latin script (finding 10)', () => {
  const dated = (lang: string) => new Intl.DateTimeFormat(articleLocale(lang).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 9, 22, 6));

  it('writes Roman Urdu, Arabizi, Finglish and Latin Pashto dates and labels in Latin letters', () => {
    for (const lang of ['ur-Latn', 'ar-Latn', 'fa-Latn', 'ps-Latn']) {
      expect(dated(lang)).toMatch(/^[A-Za-z0-9 ,.]+$/);
      expect(articleLocale(lang).messages.published).toBe('Published');
    }
  });

  it('leaves the languages\' own scripts and a script ICU has data for as they were', () => {
    expect(dated('ps')).toMatch(/[\u0600-\u06ff]/);
    expect(articleLocale('fa-AF').messages.published).not.toBe('Published');
    expect(dated('ur')).toMatch(/اکتوبر/);
    expect(dated('sr-Latn')).toMatch(/oktobar/);
  });
});

describe('search text leaves out footnote call numbers and the hidden footnotes heading (finding 11)', () => {
  it('keeps the word before a call whole and the note\'s own words', () => {
    const facts = renderBody('The inn at Qizilbulaq[^1] was built.\n\n[^1]: The name means "red spring".');
    expect(facts.text).toBe('The inn at Qizilbulaq was built. The name means “red spring”.');
    expect(facts.headings.map((h) => h.slug)).toEqual(['user-content-footnote-label']);
  });
});

describe('related links need more than a weekday, or a common word in another language (finding 9)', () => {
  // Unrelated filler so that rarity means something.
  const filler = Array.from({ length: 8 }, (_, k) => input(`filler-${k}`, { day: k, title: `Filler story ${k} about ${['grain', 'roads', 'schools', 'power', 'water', 'health', 'courts', 'sport'][k]}`, description: `Routine report number ${k}.` }));

  it('reads weekdays as no evidence, in English and the site\'s other languages', () => {
    expect(['monday', 'wednesday', 'دوشنبه', 'سه‌شنبه', 'الاثنين', 'lundi', 'viernes'].map(normaliseTerm)).toEqual(Array(7).fill(undefined));
    expect(normaliseTerm('feira')).toBe('feira');
  });

  it('does not link two stories that only both name the day', () => {
    const related = computeRelated([
      ...filler,
      input('council-briefing', { title: 'Envoy briefs the Security Council', body: 'The envoy told the Security Council on Monday evening that the talks had stalled.' }),
      input('maternity-ward', { day: 2, title: 'Provincial hospital reopens maternity ward', body: 'Doctors in Faizabad said on Monday that the ward would take patients again.' }),
    ], { count: 4 });
    expect(picksOf(related, 'council-briefing')).not.toContain('maternity-ward');
  });

  it('links a story in another language only on three or more shared terms, names or tags', () => {
    const one = computeRelated([
      ...filler,
      input('dari-book-fair', { lang: 'fa-AF', title: 'نمایشگاه کتاب در کابل', body: 'نمایشگاه کتاب در کابل گشایش یافت و ناشران زیادی آمدند.' }),
      input('pashto-cricket', { lang: 'ps', title: 'د کرکټ لوبډله کابل ته ورسېده', body: 'د کرکټ لوبډله کابل ته ورسېده او خلکو هرکلی وکړ.' }),
    ], { count: 4 });
    expect(picksOf(one, 'dari-book-fair')).not.toContain('pashto-cricket');
    const many = computeRelated([
      ...filler,
      input('en-torkham', { title: 'Torkham crossing closed on Jalalabad highway', body: 'Torkham gate shut; Jalalabad traders wait; Nangarhar officials talk.' }),
      input('fr-torkham', { lang: 'fr', title: 'Torkham fermé sur la route de Jalalabad', body: 'Le poste de Torkham est fermé; les commerçants de Jalalabad et du Nangarhar attendent.' }),
    ], { count: 4 });
    expect(picksOf(many, 'en-torkham')).toContain('fr-torkham');
  });
});

describe('a live blog whose entries are ### headings starts its outline at h2 (finding 8, vnu heading skip)', () => {
  it('shows the first ### under the headline as h2, its sub-entries one level down, and keeps the jump link', () => {
    const { html } = renderBody('Newest first. [Jump to the first update](#0805--talks-begin).\n\n### 17:45 — Talks end\n\nText.\n\n##### Detail\n\nx\n\n### 08:05 — Talks begin\n\nText.');
    expect([...html.matchAll(/<h(\d)\b/g)].map((m) => Number(m[1]))).toEqual([2, 3, 2]);
    expect(html).toContain('<a href="#0805--talks-begin">');
    expect(html).toContain('<h2 id="0805--talks-begin">');
  });
});

describe('a bio or a section says its language (finding 15)', () => {
  it('takes `lang` on an author and a section, and refuses a tag that is none', () => {
    expect(authorSchema.safeParse({ name: 'Abdul Rahimzai', lang: 'ps' }).success).toBe(true);
    expect(sectionSchema.safeParse({ name: 'ولایات', lang: 'fa-AF' }).success).toBe(true);
    expect(authorSchema.safeParse({ name: 'Abdul Rahimzai', lang: 'pashto' }).success).toBe(false);
  });

  it('puts the language and its direction on the bio, the section\'s heading, description and text', () => {
    expect(readFileSync('src/pages/authors/[id]/[...page].astro', 'utf8')).toContain('<div lang={author.data.lang} dir={textDirection(author.data.lang)}><Content /></div>');
    expect(readFileSync('src/pages/sections/[id]/[...page].astro', 'utf8')).toMatch(/class="section-intro" lang=\{section\.data\.lang\} dir=/);
    const list = readFileSync('src/layouts/ListPage.astro', 'utf8');
    expect(list).toContain('<h1 lang={lang} dir={dir}>');
    expect(list).toContain('<p class="list-description" lang={lang} dir={dir}>');
  });
});
