/**
 * Round 30 (helper h30b), findings 30a #1, #3, #4, #7 and #8's body bullets: an archive migrated from WordPress,
 * Hugo and Jekyll. Shortcodes read by their form, kramdown notes and plugin footnotes; an HTML block cut by a blank
 * line; Markdown in a one-line HTML block; old-site link forms given the address to write; `{{% … %}}` once, no
 * "%20" fix for a template expression; a legacy `<a name>` anchor kept as an id. The bad-content fixtures
 * `shortcodes-by-form-and-kramdown`, `html-block-cut-by-blank-line`, `markdown-in-one-line-html-block` and
 * `old-site-link-forms` are checked here too (the build test runs them through both entry points).
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkShortcodes } from '#/check/rules/shortcodes.ts';
import { bodyRuleProblems } from '#/check/body-rules.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';

const render = createMarkdownRenderer();
const article = (body: string) => `${testFrontmatter()}${body}`;
const shortcodeLines = (body: string) => checkShortcodes(body, 1).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);
const newsroom = newsroomCopies('h30b');

describe('30 h30b: the new bad-content fixtures, as the build test reads them', () => {
  interface Expectation { file: string; line: number; field: string; message: string }
  it.each(['shortcodes-by-form-and-kramdown', 'html-block-cut-by-blank-line', 'markdown-in-one-line-html-block', 'old-site-link-forms'])('%s: every expected line, and no other error', (name) => {
    const dir = join(ROOT, 'tests/fixtures/bad-content', name);
    const { expect: expected } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { expect: Expectation[] };
    const content = newsroom((c) => cpSync(join(dir, 'content'), c, { recursive: true }));
    const lines = checkNewsroom(content).map((d) => ({ at: `${d.file.replace(/^.*?(content\/)/, '$1')}:${d.line}:`, field: d.field, message: d.message, severity: d.severity }));
    const matches = (l: (typeof lines)[number], e: Expectation) => l.at === `${e.file}:${e.line}:` && l.field === e.field && l.message.includes(e.message);
    for (const e of expected) expect(lines.filter((l) => matches(l, e)), `${e.line} ${e.message}`).toHaveLength(1);
    expect(lines.filter((l) => l.severity !== 'warning' && !expected.some((e) => matches(l, e)))).toEqual([]);
  });
});

describe('30 h30b #1: shortcodes by their form, kramdown and plugin footnotes', () => {
  it.each([
    ['[youtube=https://www.youtube.com/watch?v=abc123]', '"[youtube=https://www.youtube.com/watch?v=abc123]" is a WordPress shortcode'],
    ['[tweet https://twitter.com/traffic/status/123]', '"[tweet https://twitter.com/traffic/status/123]" is a WordPress shortcode'],
    ['[googlemaps https://maps.google.com/maps?q=kabul&amp;output=embed]', 'is a WordPress shortcode'],
    ['[pullquote align="right"]We have waited ten years.[/pullquote]', 'remove "[pullquote align="right"]" and "[/pullquote]" and write the quote on a line of its own starting with "> "'],
    ['[dropcap]T[/dropcap]he crowd was large.', 'remove "[dropcap]" and "[/dropcap]" and keep the words between them'],
    ['The crowd.[footnote]Police estimate.[/footnote]', 'write the words as a Markdown footnote'],
    ['[highlight color=“yellow”]Key[/highlight] words', 'remove "[highlight color=“yellow”]" and "[/highlight]"'],
    ['{::comment}\ndesk note\n{:/comment}', '"{::comment}" starts a kramdown comment, which this site does not hide: its words up to "{:/comment}" are published'],
    ['{::comment}\nnever closed', 'its words, to the end of the story, are published'],
    ['{::options parse_block_html="true" /}', 'is a kramdown extension (Jekyll), which this site does not read'],
    ['* Contents\n{:toc}', '"{:toc}" is a kramdown extension'],
    ['{::nomarkdown}\n<b>x</b>\n{:/nomarkdown}', '"{::nomarkdown}" is a kramdown extension'],
    ["Another claim ((Organisers' figure.)) was disputed.", 'write a Markdown footnote: [^1] where the note goes and a line "[^1]: Organisers\' figure." at the end of the story'],
    ['An inline note.^[Pandoc inline note.]', 'write a Markdown footnote: [^1] where the note goes and a line "[^1]: Pandoc inline note."'],
    ['A claim.[^1] Another ((second.))\n\n[^1]: First.', 'write a Markdown footnote: [^2] where the note goes'],
  ])('%j: one line', (body, message) => {
    const lines = shortcodeLines(body);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });

  it('a kramdown comment is one line, not one for each of its delimiters too; an attribute line is wiki-links.ts\'s one', () => {
    expect(shortcodeLines('Text.\n\n{::comment}\nnote {::options x /}\n{:/comment}\n\n{:.lead}')).toEqual([expect.stringMatching(/^3:1 "\{::comment\}" starts a kramdown comment/)]);
    expect(bodyRuleProblems('Text.\n{:.lead}', 1).map((p) => p.message)).toEqual([expect.stringContaining('"{:.lead}" is a kramdown attribute line')]);
  });

  it('notes proposed in one body take different numbers, after the body\'s own', () => {
    const lines = shortcodeLines('One ((a.)) two ^[b.] three.[^4]\n\n[^4]: Four.');
    expect(lines.map((l) => /\[\^\d\]/.exec(l)?.[0])).toEqual(['[^5]', '[^6]']);
  });

  it.each([
    'He said [sic] the figure [1] was wrong.',
    '[Updated 10:00] The minister spoke.',
    'The spokesman said [the minister] would attend.',
    'The sample [n=12] was small.',
    'The formula f((x)) holds, (as (nested) asides) do.',
    'A [link](https://example.org/) and a [reference][ref].\n\n[ref]: https://example.org/',
    'A [bare link https://example.org](https://example.org/) in text.',
    'Braces {like this} and a footnote.[^1]\n\n[^1]: A note.',
    'A caret^ and [brackets] and ^[a link](https://example.org/).',
    'Code `[dropcap]T[/dropcap]` and `{::comment}` stay code.',
    'A [closing tag [/b] alone] in copy.',
  ])('news copy stays quiet: %j', (body) => {
    expect(shortcodeLines(body)).toEqual([]);
    expect(bodyRuleProblems(body, 1)).toEqual([]);
  });
});

describe('30 h30b #8: Hugo in Liquid\'s delimiters once, no "%20" for a template expression', () => {
  it('{{% notice warning %}} is the Hugo line alone', () => {
    expect(shortcodeLines('{{% notice warning %}}\nMind the step.\n{{% /notice %}}')).toEqual([
      expect.stringMatching(/^1:1 "\{\{% notice warning %\}\}" is a Hugo shortcode/),
      expect.stringMatching(/^3:1 "\{\{% \/notice %\}\}" is a Hugo shortcode/),
    ]);
  });

  it('![map]({{ site.url }}/images/map.png): the Liquid line, with the path to keep, and no "%20" proposal', () => {
    const lines = checkArticles({ 'map.md': article('The route.\n\n![A map of the route]({{ site.url }}/images/map.png)\n') });
    expect(lines).toEqual([expect.stringContaining('map.md:11:23 body  "{{ site.url }}" is Jekyll (Liquid) template code from an import, which this site does not run: readers would see it as typed (and a link or photo path holding it leads nowhere); remove it and keep the path after it')]);
    expect(lines.join('\n')).not.toContain('%20');
  });
});

describe('30 h30b #3: an HTML block cut by a blank line, its rest indented', () => {
  const table = (gap: string, indent: string) =>
    `Prices:\n\n<table>\n<tbody>\n<tr>\n<td>Mandawi</td>\n<td>1,250</td>\n</tr>\n${gap}${indent}<tr>\n${indent}    <td>Kart-e-Parwan</td>\n${indent}    <td>1,300</td>\n${indent}</tr>\n</tbody>\n</table>\n\nPrices were collected on Sunday.\n`;

  it('one line at the blank line, naming the block and the lines shown as code', () => {
    expect(checkArticles({ 't.md': article(table('\n', '    ')) })).toEqual([
      't.md:17:1 body  the blank line ends the <table> block that opens on line 11, so the indented HTML after it (lines 18–21) is shown as code: readers see its tags as text in a box, outside the <table>; remove the blank line, or the indentation of those lines',
    ]);
    // What the line says: the row's source in a code box, and not in the table.
    const html = render(table('\n', '    ')).html;
    expect(html).toMatch(/<pre[^>]*><code>&#x3C;tr>/);
    expect(/<table>[\s\S]*<\/table>/.exec(html)?.[0]).not.toContain('Kart-e-Parwan');
  });

  it.each([['the blank line removed', '', '    '], ['the indentation removed', '\n', '']])('%s, as the line says: no line, and the row is in the table', (_, gap, indent) => {
    expect(checkArticles({ 't.md': article(table(gap, indent)) })).toEqual([]);
    expect(/<table>[\s\S]*<\/table>/.exec(render(table(gap, indent)).html)?.[0]).toContain('Kart-e-Parwan');
  });

  it('HTML source meant as code after a closed block, and indented prose, are not this line', () => {
    expect(checkArticles({ 'c.md': article('The markup:\n\n<div>A box.</div>\n\n    <p>An example</p>\n') })).toEqual([]);
  });
});

describe('30 h30b #4: Markdown in an HTML block that opens and closes on one line', () => {
  const link = '/articles/transit-talks-open-in-doha-with-trade-on-the-agenda/';
  it.each([
    ['<p>First.</p><p>Second with *emphasis* and a [link](LINK).</p>', `9:1 body  Markdown inside <p> is shown as typed: the block opens and closes on one line, so its text is read as HTML; write it in HTML (<a href="LINK">link</a> for [link](LINK), <em>…</em> for *…*)`],
    ['<!-- wp:paragraph -->\n<p>Text **strong** here.</p><!-- /wp:paragraph -->', '10:1 body  Markdown inside <p> is shown as typed: the block opens and closes on one line, so its text is read as HTML; write it in HTML (<strong>…</strong> for **…**), or put the text on a line of its own, with a blank line after <p> and before </p>'],
    ['<div>Single line div with [a link](LINK).</div>', '9:1 body  Markdown inside <div> is shown as typed: the block opens and closes on one line'],
  ])('%j: one line', (body, line) => {
    const lines = checkArticles({ 'o.md': article(`${body.replaceAll('LINK', link)}\n`) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`o.md:${line.replaceAll('LINK', link)}`);
  });

  it('each fix, written as the line says, passes and renders the markup', () => {
    const fixes = {
      'html.md': article(`<p>Second with <em>emphasis</em> and a <a href="${link}">link</a>.</p>\n`),
      'lines.md': article('<p>\n\nText **strong** here.\n\n</p>\n'),
    };
    expect(checkArticles(fixes)).toEqual([]);
    expect(render('<p>\n\nText **strong** here.\n\n</p>\n').html).toContain('<strong>strong</strong>');
  });

  it('copy in a one-line block with no Markdown stays quiet', () => {
    expect(checkArticles({ 'q.md': article('<p>Plain copy: 5 * 3 is 15, a_b_c, and [sic] stays.</p>\n\n<p>Two.</p><p>Three.</p>\n') })).toEqual([]);
  });
});

describe('30 h30b #7: an old site\'s link forms get the address to write', () => {
  it('a relative link no page has is quoted as written beside the path it reads as', () => {
    expect(checkArticles({ 'r.md': article('See [the table](../05/nothing.html).\n') })).toEqual([
      "r.md:9:5 link  link [the table](../05/nothing.html) points to /articles/05/nothing.html (../05/nothing.html read from this page's address), which the build does not write (article URLs are /articles/<slug>/); fix the link or remove it",
    ]);
  });

  it('the fixture\'s links, written as the lines say, pass', () => {
    const file = join(ROOT, 'tests/fixtures/bad-content/old-site-link-forms/content/articles/2026/11/links-from-the-old-archive.md');
    const content = newsroom((c) => cpSync(join(ROOT, 'tests/fixtures/bad-content/old-site-link-forms/content'), c, { recursive: true }));
    const lines = checkNewsroom(content).filter((d) => d.message.endsWith('; link that'));
    let fixed = readFileSync(file, 'utf8').replace('[here](/?p=1234)', '[here](/)');
    for (const d of lines) {
      const [, written = '', to = ''] = /^link \[[^\]]*\]\(([^)]*)\) .* is at (\S+); link that$/.exec(d.message) ?? [];
      fixed = fixed.replace(`(${written})`, `(${to})`);
    }
    expect(lines).toHaveLength(9);
    expect(checkArticles({ 'links-from-the-old-archive.md': fixed })).toEqual([]);
  });

  it('/index.php?page_id=2 and /?cat=3 are short links too; /?utm_source=x is not', () => {
    const lines = checkArticles({ 'q.md': article('[a](/index.php?page_id=2) [b](/?cat=3) [c](/?utm_source=x#main)\n') });
    expect(lines).toEqual([
      expect.stringContaining('q.md:9:1 link  link [a](/index.php?page_id=2) is a WordPress short link (?page_id=2)'),
      expect.stringContaining('q.md:9:27 link  link [b](/?cat=3) is a WordPress short link (?cat=3)'),
    ]);
  });
});

describe('30 h30b #8: a legacy <a name> anchor', () => {
  it('is rendered as an id, with the prefix every editor id gets, and the in-page link lands on it', () => {
    const html = render('See [part two](#sec2).\n\n<a name="sec2"></a>\n\nPart two.\n').html;
    expect(html).toContain('<a href="#user-content-sec2">part two</a>');
    expect(html).toContain('<a id="user-content-sec2"></a>');
    expect(html).not.toContain('name=');
  });

  it('follows the id rules: a name with a space or a repeated one gives no id; an id written beside it wins', () => {
    const html = render('<a name="a"></a> <a name="a">again</a> <a name="b c">x</a> <a name="d" id="e">y</a>\n').html;
    expect(html.match(/id="[^"]*"/g)).toEqual(['id="user-content-a"', 'id="user-content-e"']);
  });

  it('the check counts it as an anchor: a link to it has no line, one to a missing anchor still has', () => {
    const lines = checkArticles({ 'n.md': article('See [part two](#sec2) and [part three](#sec3).\n\n<a name="sec2"></a>\n\nPart two.\n') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^n\.md:9:\d+ link  link \[part three\]\(#sec3\)/);
  });
});
