/**
 * Round 27b #9, #3, #1, #10, #2: the fix for a `===` underline that works when followed; a pipe inside inline code
 * in a table cell named with `\|`; a reference link whose definition is missing; a photo written with a media-root
 * path pointed at the one file of that name; other tools' Markdown printed as typed.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { interruptedParagraphs } from '#/check/rules/interrupted-paragraphs.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}The committee met on Tuesday to agree the plan for the coming year, officials said.\n\n${body}\n`;

describe('a setext underline under a sentence (#9)', () => {
  const lines = (body: string) => interruptedParagraphs(body, 10).map((p) => p.message);

  it('"===" is told to be deleted or written "---" after a blank line, and that fix renders a break', () => {
    const body = 'Additional reporting by Daud Sherzad in Jalalabad.\n===\n\nThe market will be open every day except Friday.';
    expect(lines(body)).toEqual([
      'the line "===" right under "Additional reporting by Daud Sherzad in Jalalabad." makes that paragraph a heading; delete it, or for a section break write "---" on a line of its own after a blank line',
    ]);
    const followed = body.replace('\n===', '\n\n---');
    expect(lines(followed)).toEqual([]);
    expect(renderBody(followed).html).toContain('<hr');
    expect(renderBody(followed).html).not.toContain('===');
    expect(lines('Officials said the talks would resume soon.\n--\nMore.')[0]).toMatch(/; delete it, or for a section break write "---"/);
  });

  it('"---" keeps its fix (a blank line before it), and underlined titles stay quiet', () => {
    expect(lines('Officials met on Monday and said the talks would resume.\n---\nIn other news.')[0]).toMatch(/; put a blank line before "---" for a section break, or delete it$/);
    expect(lines('Key figures\n===\n\nText.')).toEqual([]);
    expect(lines('Text.\n\n---\n\nMore text.')).toEqual([]);
  });
});

describe('a pipe inside inline code in a table cell (#3)', () => {
  const table = (row: string, header = '| Command | Meaning |\n|---|---|') => story(`${header}\n${row}\n| plain | ok |`);

  it('is told to be written "\\|", at the pipe, also when the header was widened to fit', () => {
    expect(checkArticles({ 'tp-a.md': table('| `a | b` | pipe in code |') })).toEqual([
      'tp-a.md:13:6 body  the "|" inside `a | b` ends the table cell there, so the page prints the code as typed, split across two cells; write it `a \\| b`',
    ]);
    expect(checkArticles({ 'tp-b.md': table('| `a | b` | pipe in code |', '| Command | Meaning | Extra |\n|---|---|---|') })).toEqual([
      expect.stringMatching(/^tp-b\.md:13:6 body {2}the "\|" inside `a \| b` ends the table cell/),
    ]);
    expect(checkArticles({ 'tp-c.md': table('| ``x | `y` | z`` | two pipes |') })).toEqual([
      expect.stringMatching(/write it ``x \\\| `y` \\\| z``$/),
    ]);
  });

  it('the fix renders the code in one cell; code without a pipe, escaped pipes and wide rows keep their lines', () => {
    const fixed = table('| `a \\| b` | pipe in code |');
    expect(renderBody(fixed.slice(fixed.indexOf('| Command'))).html).toContain('<td><code>a | b</code></td>');
    expect(checkArticles({ 'tp-d.md': fixed })).toEqual([]);
    expect(checkArticles({ 'tp-e.md': table('| `a` | b `c` d |') })).toEqual([]);
    expect(checkArticles({ 'tp-f.md': table('| \\`a | b\\` |') })).toEqual([]);
    expect(checkArticles({ 'tp-g.md': table('| `a` | b | c |') })).toEqual([expect.stringMatching(/^tp-g\.md:13:11 body {2}table row has 3 cells, the header 2/)]);
  });
});
