/**
 * The eighth blind round's findings 9, 10, 2 and 8 (issue 10): raw HTML links written as article file paths or
 * site paths without their slash are rewritten as Markdown links are (one step on the finished tree, and the check
 * judges the same address); Markdown inside an HTML block that CommonMark shows as typed is one line; the hint for
 * a slash after a file's name names the file; the repeated-dateline rule sees past photos, into a first quote or
 * raw `<p>`, through any dash and Arabic-script letter variants.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { bodyOpening, repeatedDateline } from '#/check/rules/dateline-prefix.ts';
import { markdownInHtmlBlocks } from '#/check/rules/html-block-markdown.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const S = 'wheat-prices-ease-as-northern-harvest-reaches-markets';
const render = createMarkdownRenderer();
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((m) => m[1]);

/** The check's lines for one extra article (in 2026/11/) over the base newsroom. */
function check(body: string, extra = '', name = 't-extra'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-r8-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const fm = `---\ntitle: Extra\ndescription: An extra article for a test.\npublished: "2026-11-05T10:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n${extra}---\n\n`;
    writeFileSync(join(content, `articles/2026/11/${name}.md`), fm + body);
    return checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map(
      (d) => `${d.line ?? ''} ${d.field}  ${d.message}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('raw HTML links go where Markdown links go (finding 9)', () => {
  const forms = [
    `<a href="../10/${S}.md">r1</a>`,
    `<a href="../10/${S}">r2</a>`,
    `<a href="./../10/${S}.md">r7</a>`,
    `<A HREF="../10/${S}.md">upper</A>`,
    `<a href=" ../10/${S}.md ">spaces</a>`,
    `<a title="The closure" href="../10/${S}.md">titled</a>`,
    `<a href="..&#x2F;10/${S}.md">encoded</a>`,
    `<a href='/articles/${S}'>no slash</a>`,
    `<a href="https://dateline.example.org/articles/${S}">absolute</a>`,
  ];

  it.each(forms)('%s renders to the canonical URL', (raw) => {
    expect(hrefs(render(`The talks began. ${raw} Traders returned.`).html)).toEqual([`/articles/${S}/`]);
  });

  it('inside a <div>, <p> and <details> block, with a fragment; a section path gets its slash', () => {
    const html = render(
      `<div>\n<a href="../10/${S}.md#main">d</a>\n</div>\n\n<p><a href="../10/${S}.md">p</a></p>\n\n<details><summary>More</summary><a href="../10/${S}">x</a></details>\n\n<p><a href="/sections/economy">s</a> <a href="/sections/economy/rss.xml">f</a></p>`,
    ).html;
    expect(hrefs(html)).toEqual([`/articles/${S}/#main`, `/articles/${S}/`, `/articles/${S}/`, '/sections/economy/', '/sections/economy/rss.xml']);
  });

  it('Markdown links read the same as before: non-ASCII written percent-encoded, other sites untouched', () => {
    const { html } = render('[a](../10/other) [t](/tags/ولسوالۍ) [b](<../10/my story.md#Résumé>) [c](https://example.com/x) [d](#key) <a href="https://example.com/y">e</a>');
    expect(hrefs(html)).toEqual(['/articles/other/', '/tags/%D9%88%D9%84%D8%B3%D9%88%D8%A7%D9%84%DB%8D/', '/articles/my%20story/#R%C3%A9sum%C3%A9', 'https://example.com/x', '#key', 'https://example.com/y']);
  });

  it('the check accepts the forms it rewrites and refuses a missing one with the same resolution', () => {
    expect(check(`Links: ${forms.join(' ')} <a href="/sections/economy">s</a>\n`)).toEqual([]);
    const lines = check(`See <a href="../10/${S}-x.md">gone</a>.\n`);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^9 link  link \\.\\./10/${S}-x\\.md points to \\S*content/articles/2026/10/${S}-x\\.md, which does not exist`))]);
  });
});

describe('Markdown inside an HTML block shown as typed (finding 10)', () => {
  const lines = (body: string) => markdownInHtmlBlocks(body, 9).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);
  const box = `<div>\nSee [the earlier closure](../10/${S}.md) and **the figures**.\n</div>\n`;

  it('is one line at the block, and the page really shows the source', () => {
    expect(lines(`The talks began.\n\n${box}`)).toEqual(['11:1 Markdown inside <div> is shown as typed; leave a blank line after <div> and before </div>']);
    expect(render(box).html).toContain('[the earlier closure]');
  });

  it.each([
    ['emphasis', '<section>\nThe *figures* rose.\n</section>', 'section'],
    ['an image', '<div>\n![Map](https://example.org/m.png)\n</div>', 'div'],
    ['in a quote', '> <div>\n> See [x](https://example.org/).\n> </div>', 'div'],
    ['a reference link', '<div>\nSee [the report][r].\n</div>\n\n[r]: https://example.org/', 'div'],
    // Round 30a #4: a block that opens and closes on one line shows its Markdown as typed too.
    ['a one-line block', '<div>[x](y)</div>', 'div'],
  ])('%s', (_, body, name) => {
    expect(lines(body)).toEqual([expect.stringContaining(`Markdown inside <${name}> is shown as typed`)]);
  });

  it('a caption line under a raw <img> names the element without a closing tag', () => {
    expect(lines('Text.\n\n<img src="https://example.org/a.png" alt="Wagons">\n*Wagons at the terminal.*')).toEqual([
      '11:1 Markdown after <img> is shown as typed; leave a blank line after <img>',
    ]);
  });

  it.each([
    ['blank lines around the Markdown (rendered)', `<div>\n\nSee [x](https://example.org/).\n\n</div>`],
    ['no Markdown syntax in the block', '<div>\nThe talks began at noon, 5 * 3 = 15 and snake_case_name.\n</div>'],
    ['inline HTML in a paragraph', 'The <span>talks</span> began, see [x](https://example.org/).'],
    ['a paragraph line before a span', 'The talks began\n<span>\n**bold**</span>'],
    ['pre keeps text as typed', '<pre>\n**not emphasis**\n</pre>'],
    ['code fences', '```\n<div>\n[x](y)\n</div>\n```'],
    ['a one-line block with no Markdown', '<div>x (y) 5 * 3 = 15</div>'],
  ])('%s: nothing', (_, body) => {
    expect(lines(body)).toEqual([]);
  });

  it('the check prints it for an article', () => {
    expect(check(`The talks began.\n\n${box}`)).toEqual([
      '11 body  Markdown inside <div> is shown as typed; leave a blank line after <div> and before </div>',
    ]);
  });
});

describe('hints for addresses the build does not write (finding 2)', () => {
  it.each([
    ['/sections/economy/rss.xml/', 'the feed is /sections/economy/rss.xml, with no slash after the file name; link that'],
    ['/rss.xml/', 'the feed is /rss.xml, with no slash after the file name; link that'],
    ['/robots.txt/', 'the file is /robots.txt, with no slash after the file name; link that'],
    ['/sections/economy/7/', 'the list has one page, /sections/economy/; link that'],
    ['/sections/economy/latest/', '/sections/economy/ has no page under it by that name; link /sections/economy/'],
    ['/sections/economy/atom.xml', 'no such feed; the section\'s feed is /sections/economy/rss.xml'],
    ['/archive/2026/', 'the archive has a page for each month (/archive/2026/MM/) and /archive/; link one of those'],
    ['/archive/2026/10/4/', 'the list has one page, /archive/2026/10/; link that'],
    ['/archive/2026/01/', 'no published article in that month'],
  ])('%s', (href, hint) => {
    const [line] = check(`See [n](${href}).\n`);
    expect(line).toContain(`(${hint})`);
  });
});

describe('the dateline repeated after a photo, in a quote or raw <p>, with any dash (finding 8)', () => {
  const opening = (body: string, dateline = 'KABUL', locale = 'en-GB') => {
    const first = bodyOpening(body);
    return { repeated: repeatedDateline(first.text, dateline, locale), index: first.index };
  };

  it.each([
    ['a photo line first', '![A drawing of the fields](../09/images/northern-wheat-drawing.png)\n\nKABUL — The minister arrived.', 'KABUL —', 2],
    ['a linked photo and a figure', '[![A](./a.png)](https://example.org/)\n\n<figure>\n<img src="https://example.org/a.png" alt="A">\n<figcaption>Fields</figcaption>\n</figure>\n\nKABUL — The minister arrived.', 'KABUL —', 7],
    ['a photo with its caption line', '![Wagons](./images/wagons.png)\n*Wagons at the terminal. (Photo: Dateline)*\n\nKABUL — The minister arrived.', 'KABUL —', 3],
    ['a raw <p>', '<p>KABUL — The minister arrived.</p>', 'KABUL —', 0],
    ['a <p> on its own line', '<p>\nKABUL — The minister arrived.\n</p>', 'KABUL —', 1],
    ['a blockquote', '> KABUL — The minister arrived.', 'KABUL —', 0],
    ['a horizontal bar', 'KABUL ― The minister arrived.', 'KABUL ―', 0],
    ['a figure dash', 'KABUL ‒ The minister arrived.', 'KABUL ‒', 0],
    ['a fullwidth hyphen', 'KABUL － The minister arrived.', 'KABUL －', 0],
    ['a Unicode hyphen before a space', 'KABUL ‐ The minister arrived.', 'KABUL ‐', 0],
    ['a bold place in a <p>', '<p><b>KABUL</b> — The minister arrived.</p>', 'KABUL —', 0],
  ])('%s', (_, body, repeated, index) => {
    expect(opening(body)).toEqual({ repeated, index });
  });

  it('Arabic kaf for Persian keheh, yeh forms and tatweel are the same place', () => {
    expect(opening('كابل — وزیر امروز رسید.', 'کابل', 'fa-AF').repeated).toBe('كابل —');
    expect(opening('هرات — وزير امروز رسيد.', 'هرات', 'fa-AF').repeated).toBe('هرات —');
    expect(opening('کـابل — وزیر امروز رسید.', 'کابل', 'fa-AF').repeated).toBe('کـابل —');
    expect(opening('دهلی — وزیر امروز رسید.', 'دهلي', 'fa-AF').repeated).toBe('دهلی —');
  });

  it.each([
    ['a hyphenated word', 'Kabul‐based traders queued.', 'Kabul'],
    ['a photo then prose about the place', '![x](./a.png)\n\nKabul, the capital, was quiet.', 'Kabul'],
    ['a heading first', '## KABUL — notes\n\nThe talks began.', 'KABUL'],
    ['a quote about the place', '> Kabul residents queued.', 'KABUL'],
    // (A paragraph wholly in emphasis is an editor's note the page's dateline goes past since round 37a #2.)
    ['an emphasised first line that is no caption', '*KABUL residents* queued.\n\nKABUL — The minister arrived.', 'KABUL'],
  ])('%s: prose', (_, body, dateline) => {
    expect(opening(body, dateline).repeated).toBeUndefined();
  });

  it('the check reports the line the place is on', () => {
    const lines = check('![Map](https://example.org/m.png)\n\nKABUL ― The minister arrived.\n', 'dateline: KABUL\n').filter((l) => l.includes('dateline'));
    expect(lines).toEqual([expect.stringMatching(/^12 body {2}the body starts with the dateline again \("KABUL ―"\)/)]);
  });
});

describe('Markdown in HTML blocks: what the windowed parse leaves alone, and its bound', () => {
  const lines = (body: string) => markdownInHtmlBlocks(body, 1).map((p) => `${p.pos.line} ${p.message.slice(0, 30)}`);

  it.each([
    ['inside a comment over several paragraphs', '<!-- desk\n\n<div>\n*x* [a](b)\n</div>\n\n-->\n\nText.'],
    ['inside a <pre> over several paragraphs', '<pre>\n\n<div>\n*x* [a](b)\n</div>\n\n</pre>'],
    ['inside a fenced code block', 'Text.\n\n~~~\n<div>\n*x* [a](b)\n</div>\n~~~'],
  ])('%s: nothing', (_, body) => {
    expect(lines(body)).toEqual([]);
  });

  it('a box after a long paragraph and inside a list item is still found, at its own line', () => {
    expect(lines(`${'A long paragraph line.\n'.repeat(40)}\n- item\n\n  <div>\n  See [x](https://example.org/).\n  </div>`)).toEqual(['44 Markdown inside <div> is shown']);
  });

  it('a flood of boxes is bounded: the first hundred are reported', () => {
    const body = '<div>\n*a* b\n</div>\n\n'.repeat(1_600);
    expect(lines(body)).toHaveLength(100);
  });
});
