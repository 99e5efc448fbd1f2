/** src/client/search-words.ts: the index and the query spell and split words alike (round 22, findings 1, 6, 7). */
import { describe, expect, it } from 'vitest';
import { readableExcerpt, searchForm } from '#/client/search-words.ts';

describe('searchForm', () => {
  it('splits Chinese, Japanese and Thai runs into words, and Ethiopic word spaces apart', () => {
    expect(searchForm('签署过境贸易协定')).toBe('签署 过境 贸易 协定');
    expect(searchForm('カジャキ・ダムの将来')).toContain('ダム の 将来');
    expect(searchForm('เจ้าหน้าที่ศุลกากรกล่าวว่า')).toBe('เจ้า หน้าที่ ศุลกากร กล่าว ว่า');
    expect(searchForm('የሲዳማ፡ገበሬዎች')).toBe('የሲዳማ ፡ ገበሬዎች');
  });

  it('composes what readers never type apart, and leaves out vowel points', () => {
    expect(searchForm('cafe\u0301 \ufb01nance ＡＢＣ')).toBe('café finance ABC');
    expect(searchForm("İstanbul'daki i\u0307")).toBe("Istanbul'daki i");
    expect(searchForm('הַמַּגִּיד')).toBe('המגיד');
    expect(searchForm('وَتَعَاوَنُوا عَلَى الْبِرِّ')).toBe('وتعاونوا على البر');
    expect(searchForm('كتـــاب')).toBe('کتاب'); // tatweel out; an initial kaf is written as Dari's (round 25c #3)
  });

  it('splits a hyphenated compound after each hyphen, and the excerpt joins it again', () => {
    expect(searchForm('Traders in Mazar-i-Sharif and Pul-e-Khumri')).toBe('Traders in Mazar- i- Sharif and Pul- e- Khumri');
    expect(readableExcerpt('in Mazar- i- <mark>Sharif</mark> and')).toBe('in Mazar-i-<mark>Sharif</mark> and');
    expect(searchForm('a 10-day pause')).toBe('a 10-day pause');
  });

  it('leaves ordinary text of spaced scripts as it is', () => {
    for (const text of ['Wheat prices ease as the harvest reaches markets.', 'کابل: نرخ گندم کاهش یافت', 'Хлеб подешевел', '한국 선거']) expect(searchForm(text)).toBe(text);
  });
});

describe('readableExcerpt', () => {
  it('takes out the spaces put between Chinese and Japanese words, highlights included, and nothing else', () => {
    expect(readableExcerpt('阿富汗 与 <mark>乌兹别克斯坦</mark> 签署 过境')).toBe('阿富汗与<mark>乌兹别克斯坦</mark>签署过境');
    expect(readableExcerpt('የሲዳማ ፡ <mark>ገበሬዎች</mark> ፡ ማህበር')).toBe('የሲዳማ፡<mark>ገበሬዎች</mark>፡ማህበር');
    expect(readableExcerpt('Kabul and 喀布尔 talks')).toBe('Kabul and 喀布尔 talks');
    expect(readableExcerpt('เจ้า หน้าที่ ศุลกากร')).toBe('เจ้า หน้าที่ ศุลกากร');
  });
});

describe('Arabic-keyboard yeh and kaf inside a word (round 25c #3)', () => {
  it('are the Persian letters Dari and Pashto write, so a query typed on an Arabic keyboard finds the story', () => {
    expect(searchForm('قيمت')).toBe(searchForm('قیمت'));
    expect(searchForm('كابل')).toBe(searchForm('کابل'));
    expect(searchForm('ميگويند')).toBe(searchForm('میگویند'));
  });
  it('a word-final yeh or kaf stays as written (the letters look different there)', () => {
    expect(searchForm('في')).toBe('في');
    expect(searchForm('لك')).toBe('لك');
  });
});
