/**
 * Round 21's findings (a blind tester on main 30640f8), and what profiling them found: a page's heading outline
 * and empty header cells (axe), slugs of Latin letters with combining marks, a body that is only code, and the
 * footnote labels the parser searched in an array.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { latinSlug } from '#/check/latin-slug.ts';
import { altPlaceholder } from '#/check/rules/alt-placeholder.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

const newsroom = newsroomCopies('r21');

const oneLine = (html: string) => html.replace(/\n/g, '');
const levels = (html: string) => [...html.matchAll(/<h(\d)\b/g)].map((m) => Number(m[1]));

describe('the body\'s headings form an outline under the headline (finding 2, axe heading-order)', () => {
  it('never skips a level, wherever the editor started or jumped', () => {
    expect(levels(renderBody('## A\n\nx\n\n###### B\n\nx').html)).toEqual([2, 3]);
    expect(levels(renderBody('#### A\n\n##### B\n\n#### C\n\n###### D').html)).toEqual([2, 3, 2, 3]);
    expect(levels(renderBody('# A\n\n## B\n\n<h5>raw</h5>\n\n### C').html)).toEqual([2, 2, 3, 3]);
  });

  it('leaves a body that already steps one level at a time as written, and the footnotes\' h2 a sibling', () => {
    expect(levels(renderBody('## A\n\n### B\n\n#### C\n\n## D').html)).toEqual([2, 3, 4, 2]);
    const { html } = renderBody('# A\n\n### B\n\nA claim.[^1]\n\n[^1]: The note.');
    expect(levels(html)).toEqual([2, 3, 2]);
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">');
  });

  it('keeps the ids the levels do not change', () => {
    expect(renderBody('## Key figures\n\n###### Wheat').html).toContain('<h3 id="wheat">Wheat</h3>');
  });
});

describe('empty header cells are plain cells (finding 2, axe empty-table-header)', () => {
  it('drops a header row with nothing in it', () => {
    expect(oneLine(renderBody('| | |\n|---|---|\n| a | b |').html)).toBe('<div class="table-scroll" tabindex="0"><table><tbody><tr><td>a</td><td>b</td></tr></tbody></table></div>');
  });

  it('keeps a corner cell as a cell and real headers, a picture with alt text included, as headers', () => {
    const html = oneLine(renderBody('| | Q1 | ![Q2 chart](./images/q2.png) |\n|---|---|---|\n| Wheat | 1 | 2 |').html);
    expect(html).toContain('<thead><tr><td></td><th>Q1</th><th><img');
    expect(oneLine(renderBody('| &nbsp; | Q1 |\n|---|---|\n| Wheat | 1 |').html)).toContain('<thead><tr><td>\u00a0</td><th>Q1</th>');
  });
});

describe('npm run new keeps a word whole when its letter carries a mark with no precomposed form (finding 3)', () => {
  it('Yoruba, Guarani, Hawaiian, Russian stress marks, a Hindi virama', () => {
    expect(latinSlug('Ọ̀yọ́ State')).toBe('oyo-state');
    expect(latinSlug('g̃uahẽ')).toBe('guahe');
    expect(latinSlug('Hawaiʻi votes')).toBe('hawaii-votes');
    expect(latinSlug('Oʻzbekiston')).toBe('ozbekiston');
    expect(latinSlug('за́мок')).toBe('zamok');
    expect(latinSlug('नमस्ते')).not.toContain('-');
  });

  it('still writes the letters a mark stands for where the table has them', () => {
    expect(latinSlug('Đà Nẵng')).toBe('da-nang');
    expect(latinSlug('한국 선거')).toBe('hangug-seongeo');
  });
});

describe('a body that is only code is told what the page shows and how to fix it (finding 4)', () => {
  it('fenced or indented, one line each with its own fix; a body with words beside the code passes', () => {
    // (testFrontmatter's body starts on line 8, after a blank line.)
    const lines = checkArticles({
      'fenced.md': testFrontmatter() + '```\nKABUL — Officials said on Monday that talks would resume.\n```\n',
      'indented.md': testFrontmatter() + '    wheat   120\n    maize    80\n',
      'pasted.md': testFrontmatter() + '    KABUL — Officials said on Monday that talks would resume.\n',
      'empty.md': testFrontmatter() + '<!-- to do -->\n',
      'fine.md': testFrontmatter() + 'The figures:\n\n```\nwheat 120\n```\n',
    });
    expect(lines).toEqual([
      'empty.md:8:1 body  the article has no visible text (only notes, rules or invisible characters); write the story below the closing "---"',
      expect.stringMatching(/^fenced\.md:8:1 body  the article is only a code block \(between "```" fences\).*remove the fence lines/),
      expect.stringMatching(/^indented\.md:8:1 body  the article is only a code block \(its lines are indented by four spaces.*remove the indentation/),
      // A pasted paragraph: the indent rule's one line, quoting it.
      expect.stringMatching(/^pasted\.md:9:5 body  "KABUL — Officials said on Monday that talks would …" starts with a tab or four spaces/),
    ]);
  });
});

describe('footnote labels are looked up, not searched (round 21\'s 2,400 footnotes)', () => {
  it('calls still link only to defined labels, in either order, and a repeated definition is one note', () => {
    const { html } = renderBody('A[^a] and B[^b] and C[^c].\n\n[^b]: Bee.\n\n[^a]: Ay.\n\n[^a]: Again.');
    expect(html).toContain('C[^c].');
    expect((html.match(/data-footnote-ref/g) ?? []).length).toBe(2);
    expect((html.match(/<li id="user-content-fn-/g) ?? []).length).toBe(2);
    expect(html).not.toContain('Again');
  });
});

describe('a topic file whose name holds HTML (round 19b\'s leftover)', () => {
  it('has its own line, and its articles are not told to write the tag', () => {
    const content = newsroom((c) => {
      mkdirSync(join(c, 'tags'), { recursive: true });
      writeFileSync(join(c, 'tags', 'transit.md'), '---\nname: <u>Transit</u>\n---\n');
    });
    const lines = checkNewsroom(content).map((d) => `${d.file.replace(/^.*content\//, '')} ${d.field}  ${d.message}`);
    expect(lines.filter((l) => l.startsWith('tags/transit.md name'))).toEqual([expect.stringContaining('fields are plain text: "<u>" is an HTML tag')]);
    expect(lines.filter((l) => l.includes('<u>') && l.startsWith('articles/'))).toEqual([]);
  });
});

describe('round 22: placeholder links and alt text', () => {
  it('a bare # with words that do not say top is one line; #top and "Back to top" pass', () => {
    const lines = checkArticles({
      'placeholders.md': testFrontmatter() + 'The audit office published its review. [Read the full report (PDF)](#) and [the response](#top).\n\n<a href="#">Download the data</a>\n\n[Back to top](#)\n',
    });
    expect(lines).toEqual([
      'placeholders.md:9:40 link  link [Read the full report (PDF)] points to "#", the top of this page: a placeholder for an address not pasted yet; paste the URL, or remove the link (a link to the top is written #top)',
      'placeholders.md:11:1 link  link [Download the data] points to "#", the top of this page: a placeholder for an address not pasted yet; paste the URL, or remove the link (a link to the top is written #top)',
    ]);
  });

  it('alt text that is a file name or a placeholder is one line, for the lead image and in the body', () => {
    const lines = checkArticles({
      'alts.md': testFrontmatter() + 'Wheat.\n\n![IMG_2034.png](./images/a.png)\n\n![photo](./images/a.png)\n\n![Sacks of flour at a stall](./images/a.png)\n',
    });
    expect(lines.filter((l) => l.includes('alt text'))).toEqual([
      expect.stringMatching(/^alts\.md:11:1 body  image !\[IMG_2034\.png\]\(\.\/images\/a\.png\) has alt text that is a file name, not a description/),
      expect.stringMatching(/^alts\.md:13:1 body  image !\[photo\]\(\.\/images\/a\.png\) has alt text that is a placeholder/),
    ]);
    expect(altPlaceholder('DSC01234')).toContain('a file name');
    expect(altPlaceholder('WhatsApp Image 2026-11-02 at 10.14.22')).toContain('a file name');
    expect(altPlaceholder('Wagons at the Hairatan yard')).toBeUndefined();
    expect(altPlaceholder('Photo of the minister at the signing')).toBeUndefined();
  });
});

describe('lines that carry on a quote without its ">" (found in round 22: quadratic in the parser)', () => {
  it('a few dozen pass; a paragraph carried on for thousands of lines is one line at the limit', () => {
    expect(nestingProblem('> A quote pasted with its first line marked only,\n' + 'and carried on.\n'.repeat(60))).toBeUndefined();
    expect(nestingProblem('- An item\n  indented as it should be\n'.repeat(3000))).toBeUndefined();
    expect(nestingProblem('- An item\n\nA paragraph.\n\n'.repeat(3000))).toBeUndefined();
    const problem = nestingProblem('> A quoted line.\n' + 'Carried on.\n'.repeat(21_000));
    expect(problem?.line).toBe(2001);
    expect(problem?.message).toMatch(/^lines that carry on a quote or list item without its ">" or indent make the Markdown parser rescan the 2,000 lines before them/);
  });
});

describe('words joined by no-break spaces (round 22, finding 21)', () => {
  it('a pasted paragraph or standfirst is a warning; a typed "10 km" or "Mr Rahyab" is not', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    const lines = checkArticles({
      'glued.md': testFrontmatter({ description: `"${nb('Fuel prices will not rise until the spring, the minister said.')}"` }) + `${nb('The minister said on Tuesday that the government would not raise fuel prices.')}\n\nA road of 10\u00a0km and Mr\u00a0Rahyab.\n`,
    });
    expect(lines).toEqual([
      expect.stringMatching(/^glued\.md:3:14 description  warning: fields are plain text, and this one has words joined by no-break spaces/),
      expect.stringMatching(/^glued\.md:9:1 body  warning: the paragraph has words joined by no-break spaces .*retype those spaces as ordinary spaces$/),
    ]);
  });
});

describe('round 23, findings 15 and 20 (an editor\'s leftovers)', () => {
  it('Liquid template code and a desk\'s placeholders are lines; a draft keeps its placeholders', () => {
    const body = '{% include related.html %}\n\nBy {{ page.author }} in Kabul.\n\nThe envoy met TK ministers on [DATE]. Lorem ipsum dolor sit amet.\n\nPrices of {wheat} rose [sic].\n';
    const lines = checkArticles({ 'liquid.md': testFrontmatter() + body, 'draft.md': testFrontmatter({ draft: 'true' }) + 'The envoy met on [DATE].\n' });
    expect(lines).toEqual([
      expect.stringMatching(/^liquid\.md:13:31 body  "\[DATE\]" is a placeholder for something not written yet/),
      expect.stringMatching(/^liquid\.md:13:39 body  "Lorem ipsum" is filler text/),
      expect.stringMatching(/^liquid\.md:13:15 body  warning: "TK" marks a fact "to come"/),
      expect.stringMatching(/^liquid\.md:9:1 body  "\{% include related\.html %\}" is Jekyll \(Liquid\) template code/),
      expect.stringMatching(/^liquid\.md:11:4 body  "\{\{ page\.author \}\}" is Jekyll \(Liquid\) template code/),
    ]);
  });

  it('a README.md among the articles is a note, not a story', () => {
    expect(checkArticles({ 'images/README.md': 'Photo credits: all drawings by the graphics desk.\n' })).toEqual([]);
  });
});
