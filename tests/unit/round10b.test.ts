/**
 * Round 10 findings 2, 3, 4 and 6 (issue 10): raw tags the page keeps but that are left open (the letters vanish
 * and the rest is restyled), desk notes in every title attribute, table rows wider than their header, and prose
 * lines that Markdown reads as link definitions. Each input is checked AND rendered, so the check and the page
 * agree. The bad-content fixtures `raw-tags-left-open`, `table-row-wider-than-header` and
 * `prose-read-as-link-definition` run the same through `check:content` and the build; the build test
 * tests/build/hidden-content-build.test.ts searches pages, feeds and the search index for notes in titles.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { checkBodyStructure } from '#/check/rules/body-structure.ts';
import { checkFootnotes } from '#/check/rules/footnotes.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { allowImageHost } from '../helpers/image-hosts.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const render = createMarkdownRenderer();
const reference = createMarkdownRenderer('reference');
/** Problems as `line:column message`, the body starting on line 10 of its file. */
const structure = (body: string) => checkBodyStructure(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

describe('raw tags the page keeps, left open (finding 2)', () => {
  it.each([
    ['Voters could answer <A>, <B> or <D> on the ballot.', /^10:21 "<A>" opens an HTML <a> element that is not closed in the same paragraph \(nor is "<B>" after it\), so the page hides the letters and makes the rest a link to nowhere; to show the letters write "&lt;A>" \(or "\\<A>"\), or close it with <\/a>$/],
    ['Schools graded <S> and <U> were closed; plan <Q> was chosen and zone <P> stays shut.', /^10:16 "<S>" opens an HTML <s> element .*\(nor are "<U>", "<Q>" and "<P>" after it\), so the page hides the letters and strikes the rest through/],
    ['The <HR> department hired staff.', /^10:5 "<HR>" is an HTML <hr> element, which ends the paragraph here and draws a line across the page; to show the letters write "&lt;HR>" \(or "\\<HR>"\), or put the <hr> on a line of its own$/],
    ['The <I> road and the <EM> ward. The <SUB> station and <CODE> office too.', /^10:5 "<I>" opens an HTML <i> element .* sets the rest in italics/],
    ['# Grade <H1> visas\n\nMore text.', /^10:9 "<H1>" opens an HTML <h1> element that is not closed on the heading line, so the page hides the letters and breaks the text there/],
    ['The <TABLE> talks went on.', /^10:5 "<TABLE>" opens an HTML <table> element/],
    ['Option <DIV> was chosen.', /^10:8 "<DIV>" opens an HTML <div> element/],
    ['The <DEL> and <INS> groups met.', /^10:5 "<DEL>" opens .*\(nor is "<INS>" after it\).* strikes the rest through/],
    ['Read the [Option <A> report](https://example.org/) today.', /^10:18 "<A>" opens an HTML <a> element that is not closed in the same paragraph/],
    ['| Plan | Zone |\n|---|---|\n| <B> | shut |', /^12:3 "<B>" opens an HTML <b> element that is not closed in the same table cell/],
    ['Bold <b>starts here\n\nand ends here</b> later.', /^10:6 "<b>" opens an HTML <b> element that is not closed in the same paragraph/],
    ['<div>\n<b>Inside\n</div>\n\nAfter.', /^11:1 "<b>" opens an HTML <b> element that is not closed before the element around it closes/],
    ['<section>\n\nText that runs on.', /^10:1 "<section>" opens an HTML <section> element that is not closed anywhere in the article/],
  ])('%s', (body, expected) => {
    const lines = structure(body);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });

  it('the page does what the line says (so the rule is about real damage)', () => {
    expect(render('Voters could answer <A>, <B> or <D> on the ballot.\n\nNext paragraph.').html).toMatch(/<a><b>/);
    expect(render('Read the [Option <A> report](https://example.org/) today.').html).toMatch(/Option <\/a><a>/);
    expect(render('The <HR> department hired staff.').html).toContain('<hr>');
  });

  it('99 unclosed tags in one paragraph are one line', () => {
    const body = `${Array.from({ length: 99 }, (_, i) => `<b title="t${i}">`).join('')}Lead.\n\n${'Line.\n\n'.repeat(50)}`;
    const lines = structure(body);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/nor are "<b title="t1">", "<b title="t2">", "<b title="t3">" and 95 more after it/);
  });

  it.each([
    ['balanced inline tags', 'A <b>bold</b> word, <i>italic</i>, <abbr title="Kabul">KBL</abbr>, <sub>2</sub> and <a href="https://example.org/">a link</a>.'],
    ['void tags in text', 'Line one<br>line two, a <wbr>break and <img src="https://example.org/a.png" alt="x"> inline.'],
    ['a div block around Markdown', '<div>\n\nSome *Markdown* text.\n\n</div>\n\nAfter.'],
    ['details across blocks', '<details>\n<summary>More</summary>\n\nThe hidden text.\n\n</details>'],
    ['a raw table with optional end tags', '<table>\n<tr><td>a<td>b\n<tr><td>c<td>d\n</table>'],
    ['a list with optional end tags', '<ul>\n<li>one\n<li>two\n</ul>'],
    ['an hr on its own line', 'Before.\n\n<hr>\n\nAfter.'],
    ['a paragraph block', '<p>A paragraph in HTML.</p>\n\n<p>Another\none.</p>'],
    ['escaped and entity letters', 'Voters could answer \\<A>, &lt;B> or `<C>`.'],
    ['tags in code', '```html\n<b>\n```\n\nThe `<i>` tag.'],
    ['bold across blocks as HTML blocks', '<b>\n\nBold text.\n\n</b>'],
  ])('keeps %s quiet', (_, body) => {
    expect(structure(body)).toEqual([]);
  });

  it('the sample newsroom and the base fixtures have no such tags', () => {
    for (const dir of [join(ROOT, 'content'), join(ROOT, 'tests/fixtures/base-content/content')]) {
      const found = checkContent({ root: ROOT, contentDir: dir, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: true } }).diagnostics.filter((d) => /HTML <\w+> element|more cells than|table row has|link definition/.test(d.message));
      expect(found).toEqual([]);
    }
  });
});

describe('desk notes in every title (finding 3)', () => {
  allowImageHost();
  const body = [
    'A [titled link](https://example.org/ "Note <!-- SECRETLT1 --> end") and a [ref link][r1].',
    '',
    '[r1]: https://example.org/r "Ref <!-- SECRETLT2 --> title"',
    '',
    'Raw <abbr title="Kabul <!-- SECRETAB1 -->">KBL</abbr> and <a href="https://example.org/" title="x <!-- SECRETAT1 -->">raw</a>.',
    '',
    '![Photo](https://example.org/p.png "Photo <!-- SECRETIM1 --> title")',
  ].join('\n');

  it.each([['fast', render], ['reference', reference]] as const)('are removed from the page (%s pipeline), the titles kept', (_, r) => {
    const html = r(body).html;
    expect(html).not.toMatch(/SECRET|<!--|&#x3C;!--|&lt;!--/);
    for (const title of ['title="Note end"', 'title="Ref title"', 'title="Kabul"', 'title="x"', 'title="Photo title"']) expect(html).toContain(title);
  });
});

describe('table rows wider than the header (finding 4)', () => {
  it('one line per row, pipe-less rows too', () => {
    const body = '| Item | Price |\n|---|---|\n| Flour | 2,300 | SECRETCELL up 5% |\n| Rice | 1,900 |\nOil | 3,100 | EXTRA2 dropped | and more\n';
    expect(structure(body)).toEqual([
      '12:17 table row has 3 cells, the header 2: the third would not be shown; add a header cell (and a delimiter cell) or remove it',
      '14:13 table row has 4 cells, the header 2: the third to the fourth would not be shown; add header cells (and delimiter cells) or remove them',
    ]);
    // What the line says: the page drops the cell.
    expect(render(body).html).not.toContain('SECRETCELL');
  });

  it('in a quote, and not for an escaped pipe or a pipe in a row of the right width', () => {
    expect(structure('> | a | b |\n> |---|---|\n> | 1 | 2 | 3 |')).toEqual(['12:11 table row has 3 cells, the header 2: the third would not be shown; add a header cell (and a delimiter cell) or remove it']);
    expect(structure('| a | b |\n|---|---|\n| 1 | 2 \\| 3 |\n| `x` | y |')).toEqual([]);
  });

  it('a header wider than the delimiter row is not a table; short rows are padded, not reported', () => {
    expect(structure('| a | b | c |\n|---|---|\n| 1 | 2 |')).toEqual([]);
    expect(structure('| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 |')).toEqual([]);
  });
});

describe('prose read as a link definition (finding 6)', () => {
  const body = "The council met.\n\n[Editor's note]: Revised\n\nMore text.\n\n[1]: 2026\n\n[site]: https://example.org/unused\n\n[Note]: Revised on Monday\n";
  const lines = () => checkFootnotes(body, 10).map((p) => `${p.pos.line} ${p.severity} ${p.message}`);

  it('an unused definition gets one line: an error for a word, a warning for an address; a paragraph gets none', () => {
    expect(lines()).toEqual([
      `12 error Markdown reads this line as a link definition ([Editor's note] standing for the address "Revised"), so the page does not show it and no link uses it; to print the words, put a backslash before the bracket: \\[Editor's note]: …`,
      '16 error Markdown reads this line as a link definition ([1] standing for the address "2026"), so the page does not show it and no link uses it; to print the words, put a backslash before the bracket: \\[1]: …',
      '18 warning reference definition [site] is not used by any link, so the page does not show this line; link it ([text][site]) or remove it',
    ]);
    const html = render(body).html;
    expect(html).not.toContain('Revised</p>');
    expect(html).toContain('[Note]: Revised on Monday');
  });

  const newsroom = newsroomCopies('r10b');
  it('no "fix the path" line for an unused definition; a used one is still judged', () => {
    const content = newsroom((c) => {
      const dir = join(c, 'articles/2026/10');
      const file = join(dir, readdirSync(dir).find((n) => n.endsWith('.md'))!);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n[Editor's note]: Revised\n\n[1]: 2026\n\nSee [the figures][used].\n\n[used]: ./missing-story.md\n`);
    });
    const found = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map((d) => `${d.severity} ${d.field} ${d.message}`);
    expect(found.filter((d) => d.includes("link [Editor's note]") || d.includes('link [1]'))).toEqual([]);
    expect(found.filter((d) => d.includes('link definition'))).toHaveLength(2);
    expect(found.some((d) => d.startsWith('error link link [used](./missing-story.md) points to'))).toBe(true);
  });
});
