/**
 * Round 24's raw-HTML findings fixed on branch h24a (blind testers 24a and 24b): a raw link whose value a word
 * processor put in curly quotes, a Google Docs <b> wrapper over the story, column spans, strikes and list numbering
 * the sanitiser dropped, and the classes and styles that hide words.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const body = (text: string) => checkArticles({ 'a.md': testFrontmatter() + text });
const oneLine = (html: string) => html.replace(/\n/g, '');

describe('a raw link typed with curly quotes or an unquoted address is one line (24a #1)', () => {
  it('names the curly quotes and the fix, for ”…”, “…“ and ’…’', () => {
    for (const q of ['”…”', '“…“', '’…’']) {
      const [open, close] = [q[0], q[2]];
      const lines = body(`Officials met on Tuesday, <a href=${open}https://example.org/report${close}>the report</a> says.`);
      expect(lines).toEqual([
        `a.md:9:27 body  "<a href=${open}https://example.org/report${close}>" is not read as an HTML tag, so the page prints it as typed: its value is in curly quotes ${open}…${open} (as a word processor types them), which HTML does not read as quotes; write straight double quotes, name="value", or write a Markdown link: [the words](https://…)`,
      ]);
    }
  });

  it('reports an unquoted value holding a "/" (the renderer reads no tag there), and passes one without', () => {
    expect(body('See <a href=https://example.org/report>the report</a>.')[0]).toContain('"<a href=https://example.org/report>" is not read as an HTML tag');
    expect(body('See <a href=/articles/x>the story</a>.')[0]).toContain('an attribute value holding a space, /, =, a quote');
    expect(renderBody('See <a href=/articles/x>the story</a>.').html).toContain('&#x3C;a href=/articles/x>');
    expect(body('Line <br class=x/> and <abbr title=UN>UN</abbr> and <a href="https://example.org/">quoted</a>.')).toEqual([]);
  });

  it('an address wrapped in closing quotes (”…”) is "wrapped", and the fix drops both', () => {
    expect(body('See <a href=”mailto:desk@example.org”>the desk</a>.')).toEqual([
      'a.md:9:5 link  the address of link [the desk] (<a href>) is wrapped in curly quotes ”…” (as a word processor types them), which are not part of a web address: the page would link nowhere or to a wrong address; remove them (write mailto:desk@example.org)',
    ]);
  });
});

describe('a tag that holds only words left open over paragraphs is one line (24a #2)', () => {
  const docs = '<b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-9abcdef01234">';

  it('names the Google Docs wrapper and its fix', () => {
    const lines = body(`${docs}\n\nOfficials met on Tuesday.\n\nThe talks will continue on Wednesday.\n\n</b>`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^a\.md:9:1 body {2}"<b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-9…" is left open over the paragraphs below it, but <b> may hold only words, so the page runs them together into one block and loses their breaks; remove the <b> and its <\/b> \(Google Docs wraps a pasted story in one\), or put a <b> inside each paragraph$/);
  });

  it('reports a wrapper over a quote, inside a quote, or over a raw <p>', () => {
    expect(body('<i>\n\n> A quote\n\n</i>')[0]).toContain('"<i>" is left open over the paragraphs below it');
    expect(body('Intro.\n\n> <em>\n>\n> quoted para\n>\n> </em>')[0]).toMatch(/^a\.md:11:3 body {2}"<em>" is left open/);
    expect(body('<span>\n\n<p>html para</p>\n\n</span>')[0]).toContain('"<span>" is left open');
  });

  it('passes a tag closed in its block, one in a paragraph, and leaves a never-closed one to its own line', () => {
    expect(body('Intro.\n\n<span>\nInside the block.\n</span>\n\n<b>Bold</b> paragraph.\n\n- <span>\n  item\n  </span>')).toEqual([]);
    const unclosed = body('<strong>\n\nunclosed wrapper');
    expect(unclosed).toHaveLength(1);
    expect(unclosed[0]).toContain('not closed anywhere in the article');
  });
});

describe('column markup keeps its span and always fits the table (24b #1)', () => {
  const table = (cols: string, cells: string) => oneLine(renderBody(`<table>${cols}<tr>${cells}</tr></table>`).html);

  it('keeps span on <col> and <colgroup> when they cover the table', () => {
    expect(table('<colgroup><col span="2"></colgroup>', '<td>a</td><td>b</td>')).toContain('<colgroup><col span="2"></colgroup><tbody>');
    expect(table('<colgroup span="2"></colgroup>', '<td>a</td><td>b</td>')).toContain('<colgroup span="2"></colgroup><tbody>');
    expect(table('<colgroup><col><col span="2"></colgroup>', '<td colspan="2">a</td><td>b</td></tr><tr><td>c</td><td>d</td><td>e</td>')).toContain('<colgroup><col><col span="2"></colgroup>');
  });

  it('removes column markup that covers too few or too many columns, and a colgroup\'s span beside its cols', () => {
    expect(table('<colgroup><col><col></colgroup>', '<td>a</td><td>b</td><td>c</td>')).not.toContain('col');
    expect(table('<col>', '<td>a</td><td>b</td>')).not.toContain('<col');
    expect(table('<colgroup span="3"><col span="x"><col span="5000"></colgroup>', '<td>a</td><td>b</td>')).not.toContain('<col');
    expect(table('<colgroup span="9"><col><col></colgroup>', '<td>a</td><td>b</td>')).toContain('<colgroup><col><col></colgroup>');
  });

  it('counts the columns a row span carries into the next row', () => {
    const html = oneLine(renderBody('<table><colgroup span="3"></colgroup><tr><td rowspan="2">a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>').html);
    expect(html).toContain('<colgroup span="3"></colgroup>');
  });
});

describe('strikes and list numbering are kept (24b #2)', () => {
  it('reads <strike> as <s>', () => {
    expect(renderBody('Prices: <strike>12</strike> 15 afghanis, <s>10</s> 11.').html).toBe('<p>Prices: <s>12</s> 15 afghanis, <s>10</s> 11.</p>');
    expect(body('Prices: <strike>12</strike> 15 afghanis.')).toEqual([]);
  });

  it('reports a line-through style, which the page would drop', () => {
    expect(body('Prices: <span style="text-decoration: line-through">9</span> 8.')).toEqual([
      'a.md:9:9 body  <span style="text-decoration:line-through"> strikes "9" through, but pages keep no styles, so readers, feeds and search would read the struck words as current ones; put them in <s>…</s> (or ~~…~~) instead',
    ]);
    expect(body('<p style="text-decoration-line: underline line-through">Old plan</p>')[0]).toContain('<p style="text-decoration-line:underline line-through"> strikes "Old plan"');
    expect(body('A <span style="text-decoration: underline">plain</span> word.')).toEqual([]);
  });

  it('keeps <ol type> and <li value> when valid, and drops them otherwise', () => {
    const html = oneLine(renderBody('<ol type="a"><li>one</li><li value="7">seven</li><li value="x">eight</li></ol>\n\n<ol type="Q"><li>q</li></ol>\n\n<ul><li value="3">u</li></ul>\n\n<ol type=" I "><li>r</li></ol>').html);
    expect(html).toBe('<ol type="a"><li>one</li><li value="7">seven</li><li>eight</li></ol><ol><li>q</li></ol><ul><li>u</li></ul><ol type="I"><li>r</li></ol>');
  });
});

describe('the hidden-text rule reads hiding classes and the other hiding styles (24b #3, #4)', () => {
  it('reports class="sr-only" on a heading and the usual hiding classes', () => {
    const lines = body('Traders said the market was calm.\n\n<h2 class="sr-only">Minister to resign on Friday, embargoed</h2>\n\n<span class="lead visually-hidden">desk note</span> and more.\n\n<p class="screen-reader-text">wp note</p>');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('a.md:11:1 body  <h2 class="sr-only"> marks "Minister to resign on Friday, embargoed" to be out of view, but pages keep no hidden or invisible text (feeds and search show the words whatever the class), so readers, feeds and search get the words; delete it, or keep the note for the desk as <!-- … -->, which is never published');
    expect(lines.slice(1).map((l) => /<\w+ class="[^"]*">/.exec(l)?.[0])).toEqual(['<span class="visually-hidden">', '<p class="screen-reader-text">']);
  });

  it('reports transparent and near-white text, tiny fonts, faint opacity, off-screen, zero boxes, clips and scale(0)', () => {
    const cases = [
      ['color:transparent', 'color:transparent'],
      ['position:absolute;left:-9999px', 'left:-9999px'],
      ['height:0;overflow:hidden', 'height:0; overflow:hidden'],
      ['width:1px;height:1px;overflow:hidden', 'width:1px; overflow:hidden'],
      ['font-size:1px', 'font-size:1px'],
      ['opacity:0.01', 'opacity:0.01'],
      ['filter: opacity(5%)', 'filter:opacity(5%)'],
      ['text-indent:-9999px', 'text-indent:-9999px'],
      ['color:#fefefe', 'color:#fefefe'],
      ['color: rgba(0, 0, 0, 0)', 'color:rgba(0, 0, 0, 0)'],
      ['color: hsl(0 0% 98%)', 'color:hsl(0 0% 98%)'],
      ['clip-path: inset(100%)', 'clip-path:inset(100%)'],
      ['position:absolute; clip: rect(0 0 0 0)', 'clip:rect(0 0 0 0)'],
      ['transform:scale(0)', 'transform:scale(0)'],
    ];
    const lines = body(cases.map(([style], i) => `<p style="${style}">Words ${i}</p>`).join('\n\n'));
    expect(lines.map((l) => /<p style="([^"]*)">/.exec(l)?.[1])).toEqual(cases.map(([, shown]) => shown));
    expect(lines[0]).toContain('(the attribute and the style are removed)');
  });

  it('passes readable styles', () => {
    expect(
      body(
        [
          'Fine: <span style="font-size:12px;color:#333;opacity:0.8;transform:scale(1.2)">ok</span> <span style="color:#fff8e1">cream</span>.',
          '',
          '<p style="left:-9999px">not positioned</p>',
          '',
          '<p aria-hidden="true" style="max-height:0">overflows visibly</p>',
          '',
          '<p style="height:0">no overflow rule</p> <span class="lead">lead</span>',
        ].join('\n'),
      ).filter((l) => l.includes('out of view')),
    ).toEqual([]);
  });
});
