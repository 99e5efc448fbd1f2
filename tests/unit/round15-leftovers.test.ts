/**
 * Issue 10's leftovers (round 15): the check's bare URL read through a straight apostrophe as the renderer links it;
 * raw `<img>` whose alt shows nothing; blank letters (the braille blank, the Hangul fillers) as spaces where a reader
 * sees blank, in the repeated-dateline rule and the reader-text fold; underscore emphasis that does not pair.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { scanRawLinks } from '#/check/rules/raw-links.ts';
import { readerText, dropInvisible } from '#/domain/reader-text.ts';
import { repeatedDateline } from '#/check/rules/dateline-prefix.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const fast = createMarkdownRenderer('fast');
const reference = createMarkdownRenderer('reference');

/** The check's lines for one article `t/x.md` with `body` (from line 9), without the file name. */
const lines = (body: string, fields: Record<string, string> = {}) =>
  checkArticles({ 't/x.md': testFrontmatter(fields) + body }).map((l) => l.replace(/^t\/x\.md:/, ''));

describe('1: a bare URL with a straight apostrophe is the address the page links', () => {
  it('the renderer links through the apostrophe, and the check reads the same address', () => {
    const md = "See https://example.org/it's-here for more.";
    expect(fast(md).html).toContain('<a href="https://example.org/it&#x27;s-here" class="url-text">https://example.org/it\'s-here</a> for more.');
    expect(reference(md).html).toBe(fast(md).html);
    expect(scanRawLinks(md).map((l) => l.href)).toEqual(["https://example.org/it's-here"]);
  });

  it('a closing quote or apostrophe after the address stays the sentence\'s', () => {
    expect(scanRawLinks("He said 'https://example.org/a' and \"https://example.org/b\".").map((l) => l.href)).toEqual(['https://example.org/a', 'https://example.org/b']);
  });

  it('a same-site bare URL to a missing page is reported with the whole URL', () => {
    const out = lines("Read https://dateline.example.org/articles/it's-here/ today.\n").filter((l) => l.includes(' link '));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("link https://dateline.example.org/articles/it's-here/ points to");
  });
});

describe('2: a raw <img> whose alt shows nothing has no alt text', () => {
  const ALT = (alt: string) => `Photo: <img src="https://images.example.org/a.jpg" ${alt}> here.\n`;
  it.each([
    ['&nbsp;', 'alt="&nbsp;"'],
    ['a raw no-break space', 'alt="\u00A0"'],
    ['a soft hyphen', "alt='&shy;'"],
    ['zero-width characters', 'alt="\u200B\u200D"'],
    ['&zwnj;', 'alt=&zwnj;'],
    ['empty', 'alt=""'],
    ['a bare alt', 'alt'],
  ])('%s', (_name, alt) => {
    const out = lines(ALT(alt)).filter((l) => l.includes('alt text'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^9:8 body {2}image <img src="https:\/\/images\.example\.org\/a\.jpg" .*> has no alt text; add alt="what it shows"$/);
  });

  it('words in alt pass, also beside an attribute whose value holds the word alt', () => {
    expect(lines(ALT('title="the alt text" alt="Wagons at the yard"')).filter((l) => l.includes('alt text'))).toEqual([]);
  });
});

describe('3: blank letters read as spaces where a reader sees blank', () => {
  const cases: [string, string][] = [
    ['braille blank', '\u2800'],
    ['Hangul filler', '\u3164'],
    ['halfwidth Hangul filler', '\uFFA0'],
    ['Hangul choseong filler', '\u115F'],
    ['Hangul jungseong filler', '\u1160'],
  ];
  it.each(cases)('the dateline rule reads KABUL + %s + — as a repeated dateline', (_name, c) => {
    expect(repeatedDateline(`KABUL${c}— Talks opened on Monday.`, 'KABUL', 'en-US')).toBe(`KABUL${c}—`);
    expect(repeatedDateline(`KABUL${c}, Nov 5${c}— Talks opened.`, 'KABUL', 'en-US')).toBe(`KABUL${c}, Nov 5${c}—`);
  });

  it('the check reports KABUL⠀— in a body', () => {
    expect(lines('KABUL\u2800— Talks opened on Monday.\n', { dateline: 'KABUL' })).toContain(
      '10:1 body  the body starts with the dateline again ("KABUL\u2800—"), which the page already prints from "dateline: KABUL"; remove it from the body',
    );
  });

  it('a place that goes on after the blank is still prose', () => {
    expect(repeatedDateline('KABUL\u2800residents queued on Monday.', 'KABUL', 'en-US')).toBeUndefined();
  });

  it('the fold: every blank letter is a space, also after NFKC; a filler inside a syllable is part of it', () => {
    for (const [, c] of cases) expect(readerText(`Nadia${c}Rahyab`)).toBe('Nadia Rahyab');
    expect(dropInvisible('a\u115Fb')).toBe('a b');
    // U+115F before a vowel jamo, U+1160 after a leading consonant: a syllable, no space.
    expect(dropInvisible('\u115F\u1161')).toBe('\u1161');
    expect(dropInvisible('\u1100\u1160')).toBe('\u1100');
  });
});

describe('4: underscore emphasis that does not pair', () => {
  const emphasis = (body: string) => lines(body).filter((l) => l.includes('printed as typed, not as'));
  it('__Note:__Prices is named as **Note:**Prices is', () => {
    expect(fast('__Note:__Prices rose.').html).toBe('<p>__Note:__Prices rose.</p>');
    expect(emphasis('__Note:__Prices rose on Monday.\n')).toEqual([
      '9:8 body  the __ here is printed as typed, not as bold: a closing __ right after punctuation (":") and right before a letter or digit ("P") does not close; put a space after it, or write <strong>Note:</strong> instead',
    ]);
  });

  it('_“plan”_s', () => {
    expect(emphasis('The _“plan”_s authors met.\n')).toEqual([
      '9:12 body  the _ here is printed as typed, not as italics: a closing _ right after punctuation ("”") and right before a letter or digit ("s") does not close; put a space after it, or write <em>“plan”</em> instead',
    ]);
  });

  it('a space inside __…__ is named', () => {
    expect(emphasis('Prices rose __ sharply__ on Monday.\n')).toEqual([
      '9:13 body  the __ here is printed as typed, not as bold: a space follows the opening __; delete it',
    ]);
  });

  it('intraword underscores, paired emphasis and code stay silent', () => {
    expect(emphasis('The snake_case_name and file_name_ and my__dunder__name, __init__, _well_ and __done__, `a_b_` and https://example.org/a_b_c.\n')).toEqual([]);
  });
});
