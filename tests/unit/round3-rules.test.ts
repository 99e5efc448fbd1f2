/**
 * The third blind attack round's findings (issue 10), rule by rule: GIF frames larger than the screen, characters
 * feeds cannot carry, invisible payloads and blank letters, stacked marks, frontmatter and name lengths, addresses
 * kept as written, footnote ids, the news sitemap link. Fixtures run the same through check:content and the build.
 */
import { describe, expect, it } from 'vitest';
import { imageSize, MAX_PIXELS } from '#/check/rules/image-format.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { plainText } from '#/schemas/fields.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const title = plainText(200);
const problems = (value: string) => {
  const r = title.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('GIF decompression bombs', () => {
  it('a 1×1 screen with a 16,000×16,000 frame is sized as the decoder sizes it', () => {
    // Header, 1×1 screen, no colour table; one image descriptor of 16,000×16,000; one pixel of LZW data; trailer.
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 0x80, 0x3e, 0x80, 0x3e, 0, 2, 2, 0x44, 0x01, 0, 0x3b]);
    const size = imageSize(gif, 'gif');
    expect(size).toEqual({ width: 16_000, height: 16_000 });
    expect((size?.width ?? 0) * (size?.height ?? 0)).toBeGreaterThan(MAX_PIXELS);
  });

  it('an ordinary GIF keeps its screen size', () => {
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 20, 0, 0, 0, 0, 0x21, 0xf9, 4, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 10, 0, 20, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b]);
    expect(imageSize(gif, 'gif')).toEqual({ width: 10, height: 20 });
  });
});

describe('characters feeds and validators refuse', () => {
  it.each([
    ['a noncharacter', 'Kabul \uFDD0\uFFFF talks', 'U+FDD0, which is not a text character'],
    ['a lone surrogate', 'Kabul \uD800 talks', 'U+D800, which is not a text character'],
    ['a payload of variation selectors', `Kabul talks resume${'\u{E0100}'.repeat(50)}`, 'run of invisible variation selectors'],
    ['fifty emoji selectors', `x${'\uFE0F'.repeat(50)}`, 'run of invisible variation selectors'],
    ['a Hangul filler headline', '\u3164', 'U+3164'],
    ['a braille blank headline', '\u2800\u2800\u2800', 'has no visible text'],
    ['Khmer inherent vowels alone (deprecated, invisible: refused since round 6)', '\u17B4\u17B5', 'U+17B4 (Khmer inherent vowel aq)'],
    ['lone accents', '\u0301\u0301', 'has no visible text'],
    ['a combining grapheme joiner', 'a\u034Fb', 'U+034F'],
    ['a shorthand format control', 'a\u{1BCA0}b', 'U+1BCA0'],
    ['a musical formatting control', 'a\u{1D173}b', 'U+1D173'],
    ['400,000 accents on a short word', `Economy${'\u0301'.repeat(4000)}`, 'at most 800 are allowed'],
  ])('a headline with %s is refused', (_, value, words) => {
    expect(problems(value).join(' | ')).toContain(words);
  });

  it.each([
    ['the Scotland flag (an emoji tag sequence)', 'Scotland 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} win'],
    ['a family emoji', 'A 👨‍👩‍👧‍👦 day out'],
    ['Pashto with its marks', 'د کابل ښار کې سوله'],
    ['one emoji selector', 'Hearts ❤️ everywhere'],
  ])('%s is taken', (_, value) => {
    expect(problems(value)).toEqual([]);
  });

  it('a body with a noncharacter or a selector payload gets a line with its position; a flag emoji does not', () => {
    const out = checkBodyText(`One.\n\nBody with a \uFFFE noncharacter.\n\nHidden${'\uFE01'.repeat(9)} data. Scotland 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}.`, 10);
    expect(out.map((p) => `${p.pos.line}:${p.pos.column} ${p.message.slice(0, 40)}`)).toEqual([
      '12:13 contains U+FFFE, which is not a text cha',
      '14:7 contains a run of invisible variation se',
    ]);
  });
});

describe('frontmatter bounds', () => {
  it('170,000 list lines are one line of refusal, without YAML reading them', () => {
    const source = `---\ntitle: x\nrelated:\n${'  - a\n'.repeat(170_000)}---\n\nBody.\n`;
    const t = performance.now();
    const fm = parseFrontmatter(source);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toEqual([{ line: 2, column: 1, message: expect.stringMatching(/^the frontmatter is 997 KB long \(the limits are 64 KB and 1,000 lines/) }]);
  });

  it('300,000 empty complex keys do not overflow the stack', () => {
    const fm = parseFrontmatter(`---\n${'? \n'.repeat(300_000)}---\n\nBody.\n`);
    expect(fm.problems[0]?.message).toContain('KB long (the limits are 64 KB and 1,000 lines');
    // Under the size limit, the line limit: 5,000 short lines.
    expect(parseFrontmatter(`---\n${'a: 1\n'.repeat(5_000)}---\n\nBody.\n`).problems[0]?.message).toContain('has more than 1,000 lines');
  });

  it('a long flow list is refused by its size', () => {
    const fm = parseFrontmatter(`---\ntags: [${Array.from({ length: 30_000 }, () => 'a').join(', ')}]\n---\n\nBody.\n`);
    expect(fm.problems[0]?.message).toMatch(/^the frontmatter is \d+ KB long/);
  });
});

describe('rendering', () => {
  it('addresses in link text and prose are never typeset', () => {
    const { html } = createMarkdownRenderer()(`See https://example.org/a--b...c and www.example.org/a--b -- "it's" here.`);
    expect(html).toContain('>https://example.org/a--b...c</a>');
    expect(html).toContain('www.example.org/a--b');
    expect(html).toContain('–');
    expect(html).toContain('“it’s”');
  });

  it("a raw id that clashes with a footnote's gives way: the footnote links still land", () => {
    const { html } = createMarkdownRenderer()('<a id="fn-1">y</a> text[^1]\n\n[^1]: note');
    const ids = html.match(/id="[^"]*"/g) ?? [];
    expect(ids.filter((id) => id === 'id="user-content-fn-1"')).toHaveLength(1);
    expect(html).toMatch(/<li id="user-content-fn-1">/);
  });
});

describe('npm run new options', () => {
  it('refuses what the check would refuse, before anything is written', async () => {
    const { scaffoldOptionProblem } = await import('#/check/scaffold-options.ts');
    expect(scaffoldOptionProblem(['nadia-rahyab', 'nadia-rahyab'], [])).toBe('--author: author "nadia-rahyab" is listed twice; remove the repeat');
    expect(scaffoldOptionProblem(Array.from({ length: 21 }, (_, i) => `a${i}`), [])).toContain('lists 21 authors; at most 20');
    // Two spellings of one topic are named both, as the check names them (round 12, finding 7).
    expect(scaffoldOptionProblem([], ['Rail', 'rail', 'RAIL'])).toBe('--tags: tag "rail" repeats "Rail" (both are the topic /tags/rail/); remove the repeat');
    expect(scaffoldOptionProblem([], Array.from({ length: 25 }, (_, i) => `t${i}`))).toContain('lists 25 tags; at most 20');
    expect(scaffoldOptionProblem([], ['x'.repeat(80)])).toContain('is 80 characters long; the limit is 60');
    expect(scaffoldOptionProblem([], ['a\tb'])).toBe('--tags (tags[0] "a\\tb") must be on one line; remove the line break or tab');
    expect(scaffoldOptionProblem(['nadia-rahyab'], ['transit', 'Torkham'])).toBeUndefined();
  });
});

describe('the dev server error page', () => {
  it('answers page requests from any client, not only browsers', async () => {
    const { wantsPage } = await import('#/build/dev-errors.ts');
    expect(wantsPage('/', 'text/html,application/xhtml+xml')).toBe(true);
    expect(wantsPage('/', undefined)).toBe(true);
    expect(wantsPage('/articles/x/', '*/*')).toBe(true);
    expect(wantsPage('/index.html', '*/*')).toBe(true);
    expect(wantsPage('/sections/economy', undefined)).toBe(true);
    expect(wantsPage('/favicon.svg', '*/*')).toBe(false);
    expect(wantsPage('/_astro/x.js', 'application/javascript')).toBe(false);
  });
});

describe('links inside a raw HTML link', () => {
  it.each(['fast', 'reference'] as const)('keep the words the editor linked (%s Markdown)', (mode) => {
    const { html } = createMarkdownRenderer(mode)('<a href="https://example.net/">raw https://example.org/b link</a> and https://example.org/c');
    expect(html).toContain('<a href="https://example.net/">raw https://example.org/b link</a>');
    expect(html).toContain('<a href="https://example.org/c" class="url-text">');
  });
});

describe('did you mean', () => {
  it('stays fast against thousands of long slugs, and still finds the near miss', async () => {
    const { didYouMean } = await import('#/check/rules/suggest.ts');
    const letters = (n: number, seed: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((seed * 7919 + i * 104729) % 26))).join('');
    const slugs = Array.from({ length: 4000 }, (_, i) => `${letters(30, i)}-${letters(30, i + 5000)}`);
    expect(didYouMean(`${slugs[1234]}x`, slugs)).toBe(slugs[1234]);
    expect(didYouMean('zarlasht-niazi', ['zarlasht-niazai', 'nadia-rahyab'])).toBe('zarlasht-niazai');
  });
});
