/**
 * The second blind attack round's findings (issue 10), rule by rule: addresses, footnotes, tag identity and
 * lookalikes, bidi controls in bodies, language tags with extensions. The bad-content fixtures run the same cases
 * through check:content and the build; tests/build/valid-html-build.test.ts proves the pages validate.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { articleLocale } from '#/i18n/locale.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { checkFootnotes } from '#/check/rules/footnotes.ts';
import { mixedScriptProblem, tagSkeleton } from '#/check/rules/tag-lookalikes.ts';
import { checkTags } from '#/check/rules/tags.ts';
import { browserForm, urlProblem } from '#/domain/url-syntax.ts';
import { tagSlug } from '#/domain/urls.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

describe('link addresses', () => {
  const problem = (href: string, html = true) => urlProblem(browserForm(href, { html: true }), { html });

  it.each([
    ['https://a b', 'a space'],
    ['http://', 'not a valid web address'],
    ['https://%zz', 'two hexadecimal digits'],
    ['https://u:p@h.example/', 'user name or password'],
    ['https://h.example:99999/', 'port 99999'],
    ['https://h.example/a[b]', '"["'],
    ['https://h.example/a|b', '"|"'],
    ['java&#x09;script:alert(1)', 'unsafe link scheme "javascript:"'],
    ['JAVASCRIPT:alert(1)', 'unsafe link scheme "javascript:"'],
    ['vbscript:x', 'unsafe link scheme'],
    ['ftp://h.example/x', 'link scheme "ftp:"'],
  ])('%s is refused (%s)', (href, words) => {
    expect(problem(href)).toContain(words);
  });

  it.each(['https://h.example/', 'HTTPS://h.example/', 'mailto:desk@example.org', 'tel:+93700000000', '/sections/economy/', '../10/x.md', '#notes', 'https://[::1]/x', 'https://h.example/caf%C3%A9?q=1&r=2'])('%s is taken', (href) => {
    expect(problem(href)).toBeUndefined();
  });

  it('Markdown escapes what raw HTML does not: a lone % or a space there is encoded by the parser', () => {
    expect(urlProblem('https://h.example/100%', { html: false })).toBeUndefined();
    expect(urlProblem('https://h.example/%zz', { html: false })).toContain('hexadecimal');
  });

  it('the renderer keeps an uppercase scheme and mailto/tel, and drops malformed or unsafe addresses', () => {
    const { html } = createMarkdownRenderer()('[a](HTTPS://h.example/) [b](mailto:d@example.org) [c](tel:+93700) <a href="https://u:p@h.example/">d</a> <a href="java&#x09;script:alert(1)">e</a>');
    expect(html).toContain('href="https://h.example/"');
    expect(html).toContain('href="mailto:d@example.org"');
    expect(html).toContain('href="tel:+93700"');
    expect(html).not.toMatch(/u:p@|javascript/i);
  });
});

describe('footnotes and reference definitions', () => {
  const lines = (body: string) => checkFootnotes(body, 10).map((p) => `${p.pos.line} ${p.severity} ${p.message}`);

  it('[^a] and [^A] are one label: the second definition is an error', () => {
    const out = lines('One[^a] two[^A].\n\n[^a]: first\n[^A]: second\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^13 error footnote \[\^A\] is defined twice: \[\^a\] on line 12 is the same label/);
  });

  it('a repeated [^1] definition, an orphan definition and a call without definition each get a line', () => {
    const out = lines('Text[^1] and[^missing].\n\n[^1]: one\n[^1]: again\n[^orphan]: nobody calls me\n');
    expect(out.some((l) => l.startsWith('13 error footnote [^1] is defined twice: [^1] is already defined on line 12'))).toBe(true);
    expect(out.some((l) => l.startsWith('14 error footnote [^orphan] is never referred to'))).toBe(true);
    expect(out.some((l) => l.startsWith('10 warning footnote [^missing] has no definition'))).toBe(true);
  });

  it('unused and repeated reference definitions are reported; used ones and definitions inside a paragraph are not', () => {
    const out = lines('See [the list][prices] and [Wheat].\n\n[prices]: https://a.example/\n[wheat]: https://b.example/\n[spare]: https://c.example/\n[PRICES]: https://d.example/\n\nA paragraph\n[not-a-definition]: https://e.example/\n');
    expect(out).toEqual([
      expect.stringMatching(/^14 warning reference definition \[spare\] is not used by any link/),
      expect.stringMatching(/^15 error reference definition \[PRICES\] is defined twice/),
    ]);
  });

  it('code is not read', () => {
    expect(lines('```\n[^x]: not a note\n```\n')).toEqual([]);
  });
});

describe('tag identity', () => {
  it('folds compatibility forms and case (NFKC + full case folding); ordinary tags keep their URLs', () => {
    expect(tagSlug('ｒａｉｌ')).toBe('rail');
    expect(tagSlug('Straße')).toBe(tagSlug('strasse'));
    expect(tagSlug('İstanbul')).toBe('istanbul');
    expect(tagSlug('Doha talks')).toBe('doha-talks');
    expect(tagSlug('سوله')).toBe('سوله');
    expect(tagSlug('café')).toBe(tagSlug('cafe\u0301'));
  });

  it('a word mixing Latin and Cyrillic letters is refused; one script is fine', () => {
    expect(mixedScriptProblem('rаil')).toContain('"а" (U+0430) is Cyrillic, the rest Latin');
    expect(mixedScriptProblem('rail')).toBeUndefined();
    expect(mixedScriptProblem('Москва')).toBeUndefined();
    expect(mixedScriptProblem('Kabul Москва')).toBeUndefined();
    expect(tagSkeleton('раіl')).toBe('pail');
  });

  it('a tag of lookalike letters that reads as an existing topic is an error naming the topic', () => {
    const out: string[] = [];
    checkTags(
      new Map(),
      [
        { file: 'a.md', tags: ['copy'], published: 1, at: () => undefined },
        { file: 'b.md', tags: ['copy'], published: 2, at: () => undefined },
        // All Cyrillic: с, о, р, у.
        { file: 'c.md', tags: ['\u0441\u043E\u0440\u0443'], published: 3, at: () => undefined },
      ],
      (file, field, message) => out.push(`${file} ${field} ${message}`),
    );
    expect(out).toEqual([expect.stringContaining('c.md tags[0] tag "\u0441\u043E\u0440\u0443" looks like the topic "copy" (/tags/copy/)')]);
  });
});

describe('topic file names', () => {
  it('a name stored decomposed (NFD) is told so once, without a contradicting second line', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const work = mkdtempSync(join(tmpdir(), 'dateline-nfd-'));
    try {
      cpSync(join(root, 'tests/fixtures/base-content/content'), join(work, 'content'), { recursive: true });
      mkdirSync(join(work, 'content/tags'));
      writeFileSync(join(work, 'content/tags', 'cafe\u0301.md'), '---\nname: Café\n---\n');
      const { diagnostics } = checkContent({ root, contentDir: join(work, 'content'), visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
      const lines = diagnostics.filter((d) => d.file.includes('/content/tags/'));
      expect(lines).toHaveLength(1);
      expect(lines[0]?.message).toContain('stored in decomposed Unicode (NFD');
      expect(lines[0]?.message).toContain('"caf\u00e9.md"');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('bidi controls in bodies', () => {
  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])('%j is refused with its line and column, in text and in code', (c) => {
    const out = checkBodyText(`First line.\n\nSecond ${c}line.\n\n\`\`\`\ncode ${c}\n\`\`\`\n`, 20);
    const bidi = out.filter((p) => p.message.includes('bidirectional control character'));
    expect(bidi.map((p) => `${p.pos.line}:${p.pos.column}`)).toEqual(['22:8', '25:6']);
  });

  it('left-to-right and right-to-left marks stay allowed', () => {
    expect(checkBodyText('د کابل \u200Fخبر\u200E and text.', 1)).toEqual([]);
  });
});

describe('language tags with extensions', () => {
  it('en-u-ca-islamic keeps its own calendar and never gets a second -u-', () => {
    const { locale } = articleLocale('en-u-ca-islamic');
    expect(locale).toBe('en-u-ca-islamic');
    expect(() => new Intl.DateTimeFormat(locale).format(0)).not.toThrow();
    expect(articleLocale('ar-AF-u-nu-latn').locale).toMatch(/^ar-AF-u-ca-\w+(-\w+)*-nu-latn$/);
  });
});

describe('search text', () => {
  it('is cut once it holds more than the cap of different words; prose with repeats is kept whole', async () => {
    const { capSearchText, MAX_SEARCH_TERMS } = await import('#/build/search-text-cap.ts');
    const prose = 'Wheat prices ease as the northern harvest reaches Kabul markets. '.repeat(20_000);
    expect(capSearchText(prose)).toBe(prose);
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const capped = capSearchText(words);
    expect(new Set(capped.split(/\s+/).filter(Boolean)).size).toBe(MAX_SEARCH_TERMS);
    expect(words.startsWith(capped)).toBe(true);
  });
});
