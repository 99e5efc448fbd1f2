/**
 * `markdownLinks`: the Markdown links of a body as the renderer's own parse makes them (where a link points:
 * site-links.test.ts). Started as the tests of the fast scanner it replaced; the later ones are round 12's inputs.
 */
import { describe, expect, it } from 'vitest';
import { markdownLinks } from '#/check/markdown-links.ts';

/** Links and used definitions, without their kind. */
const scanLinks = (md: string, firstLine = 1) => markdownLinks(md, firstLine).links.map(({ kind: _, ...l }) => l);

describe('markdownLinks', () => {
  it('finds inline links with their text, line and column', () => {
    const md = 'First line has [one](./one.md).\n  Indented [two](/articles/two/) and [three](https://example.org/).\n';
    expect(scanLinks(md)).toEqual([
      { text: 'one', href: './one.md', line: 1, column: 16 },
      { text: 'two', href: '/articles/two/', line: 2, column: 12 },
      { text: 'three', href: 'https://example.org/', line: 2, column: 38 },
    ]);
  });

  it('counts lines from firstLine (the body starts after the frontmatter)', () => {
    expect(scanLinks('\n\nSee [x](./x.md).', 12)).toEqual([{ text: 'x', href: './x.md', line: 14, column: 5 }]);
  });

  it('columns count UTF-16 code units from 1 on the line (RTL text before the link)', () => {
    const [link] = scanLinks('خبرې [x](./x.md)');
    expect(link).toMatchObject({ line: 1, column: 6 });
  });

  it('handles CRLF line endings', () => {
    const md = 'a\r\n\r\n```\r\n[in](./in.md)\r\n```\r\n\r\n[out](./out.md)\r\n';
    expect(scanLinks(md)).toEqual([{ text: 'out', href: './out.md', line: 7, column: 1 }]);
  });

  it('skips images, but finds the link around an image', () => {
    expect(scanLinks('![chart](./chart.png) and ![alt](./x.md)')).toEqual([]);
    expect(scanLinks('[![thumb](./t.png)](./story.md)')).toEqual([
      { text: '![thumb](./t.png)', href: './story.md', line: 1, column: 1 },
    ]);
  });

  it('reads titles, angle brackets and padding in destinations', () => {
    const links = scanLinks('[a](./a.md "Title") [b](<./b c.md> \'t\') [c]( ./c.md ) [d](./d.md (paren title))');
    expect(links.map((l) => l.href)).toEqual(['./a.md', '<./b c.md>', './c.md', './d.md']);
  });

  it('keeps nested and escaped brackets in the text', () => {
    const links = scanLinks('[the [annex] text](./annex.md) [a \\] b](./b.md)');
    expect(links.map((l) => [l.text, l.href])).toEqual([
      ['the [annex] text', './annex.md'],
      ['a \\] b', './b.md'],
    ]);
  });

  it('finds reference definitions (up to three spaces of indent, angle brackets, titles), at their "["', () => {
    const md = 'Read [the talks][talks] and [annex].\n\n[talks]: ./talks.md "Talks"\n   [annex]: <../10/annex.md>\n';
    expect(scanLinks(md)).toEqual([
      { text: 'talks', href: './talks.md', line: 3, column: 1 },
      { text: 'annex', href: '<../10/annex.md>', line: 4, column: 4 },
    ]);
  });

  it('a definition indented four spaces is code, not a definition', () => {
    expect(scanLinks('para\n\n    [r]: ./r.md\n')).toEqual([]);
  });

  it('ignores inline code spans, including double-backtick spans containing a backtick', () => {
    const md = 'Write `[x](./x.md)` to link; ``a ` [y](./y.md)`` too; but [z](./z.md) is real.';
    expect(scanLinks(md).map((l) => l.href)).toEqual(['./z.md']);
  });

  it('ignores fenced code (backticks and tildes, info strings, indent up to three)', () => {
    const md = [
      '```markdown',
      '[a](./a.md)',
      '[def]: ./def.md',
      '```',
      '',
      '   ~~~',
      '[b](./b.md)',
      '   ~~~',
      '',
      '[real](./real.md)',
    ].join('\n');
    expect(scanLinks(md)).toEqual([{ text: 'real', href: './real.md', line: 10, column: 1 }]);
  });

  it('an unclosed fence runs to the end of the document', () => {
    expect(scanLinks('[a](./a.md)\n\n```\n[x](./x.md)\n').map((l) => l.href)).toEqual(['./a.md']);
  });

  it('a tilde fence is not closed by backticks', () => {
    expect(scanLinks('~~~\n```\n[x](./x.md)\n```\n~~~\n[y](./y.md)').map((l) => l.href)).toEqual(['./y.md']);
  });

  it('keeps offsets: links after code are located correctly', () => {
    const md = 'Use `code` then [x](./x.md).\n```\nblock\n```\n[y](./y.md)';
    expect(scanLinks(md)).toEqual([
      { text: 'x', href: './x.md', line: 1, column: 17 },
      { text: 'y', href: './y.md', line: 5, column: 1 },
    ]);
  });

  it('a stray backtick does not hide links in later paragraphs', () => {
    expect(scanLinks('Press the ` key.\n\nSee [the talks](./talks.md) and `npm`.').map((l) => l.href)).toEqual(['./talks.md']);
  });

  it('a longer closing fence closes the block', () => {
    expect(scanLinks('```\ncode\n````\n\n[y](./y.md)').map((l) => l.href)).toEqual(['./y.md']);
  });

  it('ignores indented code blocks', () => {
    expect(scanLinks('Paragraph.\n\n    [c](./c.md)\n').map((l) => l.href)).toEqual([]);
  });

  it('a footnote definition is not a reference definition', () => {
    expect(scanLinks('Claim[^1].\n\n[^1]: ./notes.md explains it.').map((l) => l.href)).toEqual([]);
  });

  it('follows CommonMark where the old regex did not: escaped brackets, links in links, paragraph breaks', () => {
    expect(scanLinks('\\[not](./not.md) but [yes](./yes.md)').map((l) => l.href)).toEqual(['./yes.md']);
    // The inner link wins; the outer brackets are text.
    expect(scanLinks('[a [b](./inner.md) c](./outer.md)').map((l) => l.href)).toEqual(['./inner.md']);
    expect(scanLinks('[opened\n\nclosed](./x.md)')).toEqual([]);
  });

  it('unclosed and unmatched markup finds nothing (and is read once)', () => {
    // Within the markup limit the check applies first (nesting.ts: 10,000 markup characters).
    expect(scanLinks('['.repeat(9_990) + '](')).toEqual([]);
    expect(scanLinks('[a](b ('.repeat(2_000))).toEqual([]);
    expect(scanLinks('[a](<'.repeat(2_000))).toEqual([]);
    expect(scanLinks(Array.from({ length: 200 }, (_, n) => '`'.repeat(n + 1)).join(' [x](./x.md) ')).map((l) => l.href)).toHaveLength(199);
  });

  it('a code span closes only at a run of the same length in the same paragraph', () => {
    expect(scanLinks('``a ` [x](./x.md) `` [y](./y.md) ```').map((l) => l.href)).toEqual(['./y.md']);
    expect(scanLinks('`open\n\n[x](./x.md) `').map((l) => l.href)).toEqual(['./x.md']);
  });

  it('balanced parentheses in a destination', () => {
    expect(scanLinks('[w](https://en.wikipedia.org/wiki/Kabul_(city))')[0]?.href).toBe('https://en.wikipedia.org/wiki/Kabul_(city)');
  });
});
