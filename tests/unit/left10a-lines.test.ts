/**
 * Issue 10, items left by the last round (check-side lines and labels): words after a desk note on its line print
 * raw; raw HTML links are read from the renderer's own parse (`<a title="a>b" href>` included); a tag CommonMark
 * prints as text; a site path in the wrong case gets the real address; a `%` in an image path; footnote labels in
 * the article's language. Each rule is also shown against what the renderer does with the same input.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDeskNotes } from '#/check/rules/desk-notes.ts';
import { scanRawLinks } from '#/check/rules/raw-links.ts';
import { checkTextTags } from '#/check/rules/text-tags.ts';
import { classifyImageSrc } from '#/check/body-images.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { checkLinesOf } from '../helpers/check-bodies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = join(ROOT, 'tests/fixtures/base-content/content');
const S = 'wheat-prices-ease-as-northern-harvest-reaches-markets';
const render = createMarkdownRenderer();

/** The check's lines for one extra article (in 2026/11/) over the base newsroom. */
function check(body: string, extra = '', files: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-left10a-'));
  try {
    const content = join(dir, 'content');
    cpSync(BASE, content, { recursive: true });
    for (const [to, from] of Object.entries(files)) copyFileSync(from, join(content, to));
    const fm = `---\ntitle: Extra\ndescription: An extra article for a test.\npublished: "2026-11-05T10:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n${extra}---\n\n`;
    writeFileSync(join(content, 'articles/2026/11/t-extra.md'), fm + body);
    return checkLinesOf(content, 't-extra.md');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('1. words after a desk note on its line', () => {
  const cases: [string, string, number][] = [
    ['top level, a space', '<!-- check the figure --> Prices rose *sharply* on Monday.', 1],
    ['top level, no space', '<!-- n -->Text follows', 1],
    ['in a list item', 'Items:\n\n- <!-- n --> item *a*\n- b', 3],
    ['in a quote', '> <!-- n --> quoted **words**', 3],
    ['a note spread over lines', '<!-- a note\nover two lines --> and then *words*', 1],
  ];
  it.each(cases)('%s: the page prints the words raw, and the check says so on that line', (_, body, column) => {
    const html = render(body).html;
    // What the rule is about: the words are not in a paragraph and their Markdown is not applied.
    expect(html).not.toMatch(/<p>[^<]*(?:Prices|Text|item|quoted|and then)/);
    const problems = checkDeskNotes(body, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/after the note on its line \(".+"\) are printed as raw HTML, without Markdown and outside a paragraph .*put the note on its own line/);
    expect(problems[0]!.pos).toEqual({ line: body.startsWith('Items') ? 12 : 10, column });
  });

  it.each([
    ['a note alone on its line, text on the next', '<!-- n -->\nText follows.'],
    ['a note inside running text', 'Prices rose <!-- check --> on Monday.'],
    ['two notes on a line', '<!-- a --> <!-- b -->\n\nText.'],
    ['a note then a tag', '<!-- a --><br>\n\nText.'],
  ])('%s: no line', (_, body) => {
    expect(checkDeskNotes(body, 10)).toEqual([]);
  });

  it('through check:content, with file line and field', () => {
    expect(check('Opening paragraph.\n\n<!-- desk: confirm --> Officials said *nothing*.\n')).toEqual([
      expect.stringMatching(/^11:1 body {2}the words after the note on its line \("Officials said \*nothing\*\."\) are printed as raw HTML/),
    ]);
  });
});

describe('2. raw HTML links are read from the renderer\'s parse', () => {
  it('a quoted ">" before href: the renderer rewrites it and the check verifies it', () => {
    const body = `See <a title="a>b" href="../10/${S}.md">the harvest</a> and <a title="x>y" href="../10/no-such-story.md">this</a>.`;
    expect(render(body).html).toContain(`href="/articles/${S}/"`);
    expect(scanRawLinks(body).map((l) => l.href)).toEqual([`../10/${S}.md`, '../10/no-such-story.md']);
    expect(check(body)).toEqual([expect.stringMatching(/^9:\d+ link {2}link \.\.\/10\/no-such-story\.md points to \S*content\/articles\/2026\/10\/no-such-story\.md, which does not exist/)]);
  });

  it('no link is read from code, a comment or a tag Markdown prints as text; one spread over quote lines is', () => {
    const body = '`<a href="/no1">`\n\n<!-- <a href="/no2"> -->\n\n    <a href="/no3">\n\n> <A\n> HREF="/sections/Economy">x</A>';
    expect(scanRawLinks(body, 10).map((l) => [l.href, l.line, l.column])).toEqual([['/sections/Economy', 16, 3]]);
  });

  it('character references are decoded once, as the page does', () => {
    expect(scanRawLinks('<a href="/tags/wheat/?a=1&amp;b=2">w</a>').map((l) => l.href)).toEqual(['/tags/wheat/?a=1&b=2']);
    expect(check(`<a href="..&#x2F;10/${S}.md">x</a> and <a href="/search/?q=a&amp;b">s</a>`)).toEqual([]);
  });
});

describe('3. a tag CommonMark prints as text', () => {
  const printed = [
    ['an unquoted value with "=" and "?"', 'See <a href=https://x.org/?a=b>label</a> now.', '<a href=https://x.org/?a=b>'],
    ['a quote inside an unquoted value', 'A <a href="x" title=a"b>y</a> z', '<a href="x" title=a"b>'],
    ['another kept element, in a quote', '> quote <b class=x=y>bold</b>', '<b class=x=y>'],
    ['a closing tag with an attribute', 'Bold <b>x</b y> text', '</b y>'],
  ];
  it.each(printed)('%s: the page prints it, the check says how to write it', (_, body, tag) => {
    expect(render(body).html).toContain(tag.replace(/</g, '&#x3C;').slice(0, 8));
    const problems = checkTextTags(body, 10);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`"${tag}" is not read as an HTML tag, so the page prints it as typed`)]);
  });

  it.each([
    ['valid tags', 'A <a href="https://x.org/?a=b" title=\'t\'>y</a> <b class=x>z</b> <br/>'],
    ['in code', '`<a href=a=b>` and\n\n```\n<a href=a=b>\n```'],
    ['escaped or written as a reference', '\\<a href=a=b> and &lt;a href=a=b>'],
    ['inside an HTML block (parsed as HTML there)', '<div>\n<a href=a=b>x</a>\n</div>'],
    ['a less-than sign in prose', 'if a <b then c, and x < y > z'],
  ])('%s: no line', (_, body) => {
    expect(checkTextTags(body, 10)).toEqual([]);
  });

  it('through check:content: a line with the fix, and the Markdown link for <a>', () => {
    expect(check('Read <a href=https://example.org/?a=b>the report</a> today.\n')).toEqual([
      expect.stringMatching(/^9:6 body {2}"<a href=https:\/\/example\.org\/\?a=b>" is not read as an HTML tag.*write it as name="value", or write a Markdown link/),
    ]);
  });
});

describe('4. a site path in the wrong case', () => {
  it.each([
    [`/ARTICLES/${S}/`, `the page is /articles/${S}/; link that`],
    ['/Sections/economy/', 'the page is /sections/economy/; link that'],
    ['/sections/Economy', 'the page is /sections/economy/; link that'],
    ['/Tags/wheat/', 'the page is /tags/wheat/; link that'],
    ['/Sections/economyy/', 'the site\'s are lower case (/sections/economyy/), which is not a page either: no section "economyy"; did you mean "economy"?'],
  ])('%s: the real address', (path, hint) => {
    for (const body of [`More in [the pages](${path}).`, `More in <a href="${path}">the pages</a>.`]) {
      expect(check(body)).toEqual([expect.stringContaining(`which the build does not write (addresses are case-sensitive and ${hint})`)]);
    }
  });
});

describe('5. a % in an image path', () => {
  const png = join(BASE, 'articles/2026/11/images/envoy-arrival.png');
  it('the lead image: %-codes get the file\'s own name, a lone % is refused', () => {
    expect(check('Text.\n', 'image: { src: "./images/envoy%20arrival.png", alt: The envoy }\n')).toEqual([
      expect.stringContaining('image.src  "./images/envoy%20arrival.png" spells characters as %-codes, but an image path in the frontmatter is the file\'s own name, not a web address; write "./images/envoy arrival.png"'),
    ]);
    expect(check('Text.\n', 'image: { src: "./images/100%.png", alt: The envoy }\n', { 'articles/2026/11/images/100%.png': png })).toEqual([
      expect.stringContaining('image.src  "./images/100%.png" holds "%", which the build reads as the start of an escape code'),
    ]);
  });

  it('a body image: %20 and %2e are decoded as the renderer decodes them; a % left in the name is refused', () => {
    expect(classifyImageSrc('./images/a%20b.png')).toEqual({ kind: 'local', key: 'images/a b.png' });
    expect(classifyImageSrc('./images/a%2epng')).toEqual({ kind: 'local', key: 'images/a.png' });
    expect(check('![The envoy](./images/envoy%20arrival.png)\n', '', { 'articles/2026/11/images/envoy arrival.png': png })).toEqual([]);
    expect(check('![The envoy](./images/100%.png)\n', '', { 'articles/2026/11/images/100%.png': png })).toEqual([
      expect.stringMatching(/body.*"\.\/images\/100%\.png" holds "%".*rename the file without "%"/),
    ]);
  });
});

describe('6. footnote labels in the article\'s language', () => {
  const body = 'Wheat rose[^1] and fell[^1].\n\n[^1]: Ministry figures.';
  it.each([
    ['ps', 'لمنلیکونه', (n: string) => `بېرته ${n} حوالې ته`],
    ['fa-AF', 'پاورقی‌ها', (n: string) => `بازگشت به ارجاع ${n}`],
    ['prs', 'پاورقی‌ها', (n: string) => `بازگشت به ارجاع ${n}`],
    ['en', 'Footnotes', (n: string) => `Back to reference ${n}`],
    [undefined, 'Footnotes', (n: string) => `Back to reference ${n}`],
  ])('%s', (lang, heading, back) => {
    const html = render(body, lang).html;
    expect(html).toMatch(new RegExp(`<h2 class="sr-only" id="user-content-footnote-label">${heading}</h2>`));
    // In the language's digits (round 30b #5): ۱ and ۱-۲ in Pashto and Dari.
    const own = lang === 'en' || lang === undefined ? (n: string) => n : (n: string) => n.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    expect(html).toContain(`aria-label="${back(own('1'))}"`);
    expect(html).toContain(`aria-label="${back(own('1-2'))}"`);
    if (lang !== 'en' && lang !== undefined) expect(html).not.toMatch(/Footnotes|Back to reference/);
  });
});
