/**
 * Desk notes (`<!-- … -->`) are judged from the parse the page is made from (src/check/rules/desk-notes.ts):
 * round 8, findings 3, 4, 6 and 11 (issue 10). Every input of the findings is here with its one line, and each
 * case is rendered too, so the check and the page agree: a body is refused exactly when the page would print a
 * note (or comment markup) or lose the editor's words. The bad-content fixtures `desk-notes-printed-or-hidden`,
 * `desk-notes-in-a-bio` and `desk-notes-in-fields` run the same through `check:content` and the build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeskNotes } from '#/check/rules/desk-notes.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { holdsHtmlComment } from '#/check/rules/field-notes.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { plainText } from '../../src/schemas/fields.ts';

const render = createMarkdownRenderer();
const LEAD = 'The minister arrived on Monday, officials said.\n\n';
/** Problems as `line:column message`, the body starting on line 10 of its file. */
const notes = (body: string) => checkDeskNotes(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

describe('round 8 inputs, one line each', () => {
  it.each([
    [
      'an unclosed note in a quote, a closed one later (finding 3)',
      `${LEAD}> <!-- desk: confirm the quote with the commander\n> "We will reopen the crossing on Monday," the commander told reporters at the gate.\n> "Traders should be ready by dawn," he added.\n\nThe crossing reopened on Tuesday. <!-- second note: photo to come --> Traders returned.\n`,
      /^12:3 "<!--" is never closed inside this quote, so the rest of the quote would be hidden from readers \(""We will reopen the crossing on Monday,…"\): .*a "-->" further down does not close it; close the note on the same line: <!-- … -->$/,
    ],
    [
      'in a list item (finding 3)',
      `${LEAD}- <!-- check the figure\n  Exports rose by 12 per cent in October, the chamber said.\n- Imports fell by 3 per cent.\n\nThe chamber will publish more. <!-- ok -->\n`,
      /^12:3 "<!--" is never closed inside this list item, so the rest of the list item would be hidden from readers \("Exports rose by 12 per cent in October,…"\)/,
    ],
    [
      'in a footnote (finding 3)',
      `The figures rose sharply.[^1]\n\n[^1]: <!-- source: ministry\n    Ministry of Commerce figures, released on Monday.\n\nMore reporting follows. <!-- end -->\n`,
      /^12:7 "<!--" is never closed inside this footnote, so the rest of the footnote would be hidden from readers \("Ministry of Commerce figures, released …"\)/,
    ],
    [
      '<!-->note--> (finding 4)',
      'The talks began <!-->SECRET7 note--> at noon.',
      /^10:17 "<!-->" is a complete, empty comment in HTML, so the page prints the note after it \("SECRET7 note-->"\); write a note as <!-- note --> \(a space after "<!--"\), or remove "<!-->"$/,
    ],
    ['<!--> alone (finding 4: the words after it are printed, nothing is hidden)', 'The talks began <!--> at noon.', /^10:17 "<!-->" is a complete, empty comment in HTML, so the page prints the words after it \("at noon\."\); write a note as <!-- note --> \(a space after "<!--"\), or remove "<!-->"$/],
    ['<!--->note---> (finding 4)', 'The talks began <!--->SECRET8 note---> at noon.', /^10:17 "<!--->" is a complete, empty comment in HTML, so the page prints the note after it \("SECRET8 note--->"\)/],
    [
      '--!> (finding 4)',
      'The talks began <!-- note --!> at noon, officials said. -->',
      /^10:27 "--!>" ends the note in HTML, so the page prints what follows it \("at noon, officials said. -->"\); close the note with "-->"$/,
    ],
    ['--!> at the start of a block', '<!-- note --!> the rest\n\nNext *paragraph*.', /^10:11 "--!>" ends the note in HTML, so the page prints what follows it \("the rest Next \*paragraph\*\."\)/],
    [
      'an unclosed note at the top level still hides the rest of the story',
      `${LEAD}<!-- note\n\nStory.`,
      /^12:1 "<!--" is never closed, so everything after it would be hidden from readers; close the note with "-->" or remove it$/,
    ],
    ['inside a <div> block', '<div>\nText <!-- note\nmore words\n</div>\n\nAfter.', /^11:6 "<!--" is never closed in this HTML block, so the page hides the rest of the block \("more words <\/div>"\)/],
  ])('%s', (_, body, line) => {
    expect(notes(body)).toEqual([expect.stringMatching(line)]);
  });

  it('a paragraph, a heading and a table cell each print their unclosed note (finding 11)', () => {
    const body = `The minister arrived on Monday, officials said. <!-- NOTEA source is Colonel Ahmad, do not name\n\n## Figures <!-- NOTEB check with ministry\n\n| Crop | Tonnes |\n|---|---|\n| Wheat <!-- NOTEC estimate | 12 |\n\nThe talks ended on Tuesday. <!-- closing note -->\n`;
    expect(notes(body)).toEqual([
      '10:49 "<!--" is not closed in this paragraph, so the page prints the note ("NOTEA source is Colonel Ahmad, do not n…"); close the note in the same paragraph: <!-- … -->',
      '12:12 "<!--" is not closed in this heading, so the page prints the note ("NOTEB check with ministry"); close the note on the heading line: <!-- … -->',
      '16:9 "<!--" is not closed in this table cell, so the page prints the note ("NOTEC estimate"); close the note in the same cell: <!-- … -->',
    ]);
  });

  it('bios follow the body rules (findings 3 and 11)', () => {
    const bio = 'She covers the ministry. <!-- NOTEBIO source: her cousin at the ministry\n\n> <!-- desk: check\n> She won the regional reporting prize in 2024.\n\nShe lives in Kabul. <!-- ok -->\n';
    expect(notes(bio)).toEqual([
      expect.stringMatching(/^10:26 "<!--" is not closed in this paragraph, so the page prints the note \("NOTEBIO source: her cousin at the minis…"\)/),
      expect.stringMatching(/^12:3 "<!--" is never closed inside this quote, so the rest of the quote would be hidden from readers \("She won the regional reporting prize in…"\)/),
    ]);
  });

  it('the old whole-body pairing is gone from the body-text rule (one line per problem)', () => {
    expect(checkBodyText(`${LEAD}<!-- note\n\nStory.`, 10)).toEqual([]);
  });
});

describe('notes that close where the page needs them pass', () => {
  it.each([
    ['in a paragraph', 'Before <!-- note --> after.'],
    ['over two lines of a paragraph', 'Before <!-- a note\nover two lines --> after.'],
    ['in a heading and a cell', '## Figures <!-- check -->\n\n| a <!-- x --> | b |\n|---|---|\n| c <!-- y --> | d |'],
    ['in a quote, a list item and a footnote', '> Quote <!-- a -->\n> <!-- b -->\n> more.\n\n- <!-- c -->\n  Item.\n\nText.[^1]\n\n[^1]: <!-- d --> Note text.'],
    ['a note of its own lines, and one hiding paragraphs', '<!--\nA note\nover lines\n-->\n\nText.\n\n<!-- hold this back\n\nA paragraph.\n\n-->\n\nEnd.'],
    ['dashes inside', 'A <!-- a -- b --- c --> note, <!----> empty.'],
    ['<!--> with nothing after it (an empty comment)', 'The talks began <!-->\n\nAt noon.'],
    ['code and escapes', 'Type `<!-- x` or \\<!-- y as text.\n\n```\n<!-- never closed\n```'],
    ['inside an attribute or a textarea', '<span title="<!--">x</span> and <abbr title="a <!-- b">c</abbr>.'],
  ])('%s', (_, body) => {
    expect(notes(body)).toEqual([]);
  });
});

const NOTE = /NOTE/;
/** Comment markup a reader would see: an opener or closer as text (typeset or not). */
const MARKUP = /&#x3C;!|<!–|[–—-]-?>/;

/** What the page gets wrong for a body: a note or comment markup shown, or one of `keep` lost. */
function pageWrong(body: string, keep: string[]): string[] {
  const { html, text } = render(body);
  const wrong: string[] = [];
  if (NOTE.test(html) || NOTE.test(text)) wrong.push('note shown');
  if (MARKUP.test(html)) wrong.push('comment markup shown');
  for (const k of keep) if (!html.includes(k)) wrong.push(`${k} lost`);
  return wrong;
}

describe('the check and the page agree', () => {
  it.each([
    ['quote', '> <!-- NOTE desk\n> Keep1 said.\n\nKeep2 <!-- NOTE -->', ['Keep1', 'Keep2']],
    ['list item', '- <!-- NOTE\n  Keep1 rose.\n- Keep2 fell.\n\nKeep3. <!-- NOTE -->', ['Keep1', 'Keep2', 'Keep3']],
    ['footnote', 'Keep1.[^1]\n\n[^1]: <!-- NOTE\n    Keep2 figures.\n\nKeep3. <!-- NOTE -->', ['Keep1', 'Keep2', 'Keep3']],
    ['paragraph', 'Keep1 <!-- NOTE source\n\nKeep2 <!-- NOTE -->', ['Keep1', 'Keep2']],
    ['heading', '## Keep1 <!-- NOTE\n\nKeep2 <!-- NOTE -->', ['Keep1', 'Keep2']],
    ['cell', '| Keep1 <!-- NOTE | 12 |\n|---|---|\n| a | b |\n\nKeep2 <!-- NOTE -->', ['Keep1', 'Keep2']],
    ['<!-->', 'Keep1 <!-->NOTE--> Keep2.', ['Keep1', 'Keep2']],
    ['<!-->, no closer', 'Keep1 <!-->NOTE Keep2.', ['Keep1', 'Keep2']],
    ['<!--->', 'Keep1 <!--->NOTE---> Keep2.', ['Keep1', 'Keep2']],
    ['--!>', 'Keep1 <!-- NOTE --!> Keep2 -->', ['Keep1', 'Keep2']],
    ['closed everywhere', '> Keep1 <!-- NOTE -->\n\n- Keep2 <!-- NOTE -->\n\n## Keep3 <!-- NOTE -->\n\nKeep4.[^1]\n\n[^1]: Keep5 <!-- NOTE -->', ['Keep1', 'Keep2', 'Keep3', 'Keep4', 'Keep5']],
    ['multi-line note', '<!--\nNOTE\n-->\n\nKeep1.', ['Keep1']],
  ])('%s', (_, body, keep) => {
    const refused = notes(body).length > 0;
    expect(refused, `${JSON.stringify(body)}: check says ${notes(body).join(' | ') || 'fine'}, page: ${pageWrong(body, keep).join(', ') || 'fine'}`).toBe(pageWrong(body, keep).length > 0);
  });

  // Bodies built from note openers and closers of every form, in every block and container: whenever the check
  // accepts one, no note text reaches the page or the search text.
  const PIECES = [
    '<!-- NOTE', '<!--NOTE', '<!-->NOTE', '<!--->NOTE', ' -->', '--!>', '--->', '<!-- NOTE -->', 'Keep', ' ', ' words', '.',
    '\n', '\n\n', '> ', '- ', '1. ', '[^1]: ', '[^1]', '    ', '## ', '| a | b |\n|---|---|\n| ', ' | ', '<div>', '</div>', '<p>', '*',
  ];
  it('fuzz (fast-check, fixed seed): a body the check accepts shows no note', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const body = parts.join('');
        if (notes(body).length > 0) return;
        const { html, text } = render(body);
        // Indented lines are code, shown as typed on purpose (the search text leaves code out).
        const shown = html.replace(/<code>[\s\S]*?<\/code>/g, '');
        expect(NOTE.test(shown) || NOTE.test(text), `${JSON.stringify(body)} rendered as ${html}`).toBe(false);
      }),
      { seed: 20261130, numRuns: 400 },
    );
  });
});

describe('a body at the size limit is judged in one parse', () => {
  it('1 MiB of prose with notes in every paragraph, and the most openers the markup limit allows', () => {
    const prose = 'The committee met again on Tuesday to discuss the transit annex. <!-- check the day --> '.repeat(12_000);
    expect(notes(prose)).toEqual([]);
    const openers = `${'Keep <!-- '.repeat(4_900)}\n`;
    const found = checkDeskNotes(openers, 1);
    // One line for the paragraph (its openers are on one line), not 4,900.
    expect(found).toHaveLength(1);
  });
});

describe('frontmatter text fields (finding 6)', () => {
  it.each(['Talks resume <!-- NOTE1 check the day --> today', 'Standfirst <!-- NOTE8 embargo', 'note --> text', 'a --!> b'])('%j is refused', (value) => {
    expect(holdsHtmlComment(value)).toBe(true);
    const parsed = plainText(200, { multiline: true }).safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('fields are plain text; an HTML comment here would be printed; move the note to the body as <!-- … -->');
  });

  it.each(['Kabul - Herat road reopens', 'Prices up -- again', 'A <b> tag is other rules', '2 < 3 > 1'])('%j passes', (value) => {
    expect(holdsHtmlComment(value)).toBe(false);
  });
});
