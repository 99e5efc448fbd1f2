/**
 * The twelfth blind round's findings 9 and 10 (issue 10): the check verifies exactly the links the renderer makes
 * (every link and used definition of its own parse, wherever it sits and however it is spread over lines), quotes
 * their real text and column, says when a definition is printed as text, and refuses a footnote call inside a raw
 * `<a>` as it refuses one inside a Markdown link.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DRAFT = 'the-draft-annex';
const LATER = 'the-embargoed-outlook';
const FM = (extra = '') => `---\ntitle: Extra\ndescription: An extra article for a test.\npublished: "2026-11-20T10:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n${extra}---\n\n`;
const DRAFT_LINE = 'points to a draft, which readers cannot open; remove the link (in the same commit when taking the story down: until then every build stops), or publish it';
const LATER_LINE = /points to an article scheduled for Jan 5, 2027, 9:00\sAM AFT; readers would get a 404 until then: remove the link and add it once that story is out, or publish that story now \(npm run release -- the-embargoed-outlook --at now\)$/;

interface Extra {
  /** Articles by path under articles/2026/11/ (body after the frontmatter). */
  articles?: Record<string, string>;
  /** Text appended to an author's or a section's file. */
  author?: string;
  section?: string;
}

/** The check's lines (`line:column field  message`) over the base newsroom plus a draft, a scheduled article and `extra`. */
function check(extra: Extra): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-r12a-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const month = join(content, 'articles/2026/11');
    mkdirSync(join(month, 't'), { recursive: true });
    writeFileSync(join(month, `${DRAFT}.md`), `${FM('draft: true\n')}The annex text.\n`);
    writeFileSync(join(month, `${LATER}.md`), FM().replace('2026-11-20T10:00:00', '2027-01-05T09:00:00') + 'The outlook.\n');
    for (const [path, body] of Object.entries(extra.articles ?? {})) writeFileSync(join(month, path), FM() + body);
    const append = (file: string, text: string | undefined) => {
      if (text !== undefined) writeFileSync(join(content, file), `${readFileSync(join(content, file), 'utf8').trimEnd()}\n\n${text}`);
    };
    append('authors/nadia-rahyab.md', extra.author);
    append('sections/economy.md', extra.section);
    return checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map(
      (d) => `${d.file.replace(/^.*content\//, '')}:${d.line ?? ''}:${d.column ?? ''} ${d.field}  ${d.message}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One article at t/x.md; its body starts on line 9. */
const lines = (body: string) => check({ articles: { 't/x.md': body } }).map((l) => l.replace(/^articles\/2026\/11\/t\/x\.md:/, ''));

describe('reference definitions the scanner missed are the renderer\'s links (finding 9)', () => {
  const cases: [string, string, string | RegExp][] = [
    ['l1: the address on the next line', `See [the annex][x].\n\n[x]:\n../${DRAFT}.md\n`, `11:1 link  link [x](../${DRAFT}.md) ${DRAFT_LINE}`],
    ['l2: the address and a title on the next lines, scheduled', `See [the outlook][x].\n\n[x]:\n  /articles/${LATER}/\n  'a title'\n`, LATER_LINE],
    ['l20: an article that does not exist', 'See [it][x].\n\n[x]:\n/articles/no-such-article/\n', /^11:1 link  link \[x\]\(\/articles\/no-such-article\/\) points to an article that does not exist/],
    ['l21: an angle-bracket address on the next line', `See [the annex][x].\n\n[x]:\n<../${DRAFT}.md>\n`, `11:1 link  link [x](<../${DRAFT}.md>) ${DRAFT_LINE}`],
    ['l22: inside a list item', `See [the annex][x].\n\n- [x]:\n  ../${DRAFT}.md\n`, `11:3 link  link [x](../${DRAFT}.md) ${DRAFT_LINE}`],
    ['l28: inside a footnote', `See [the annex][x] and a note[^1].\n\n[^1]: A note.\n\n    [x]:\n    ../${DRAFT}.md\n`, `13:5 link  link [x](../${DRAFT}.md) ${DRAFT_LINE}`],
    ['l6: one line in a blockquote, used outside it', `See [the annex][x].\n\n> [x]: ../${DRAFT}.md\n`, `11:3 link  link [x](../${DRAFT}.md) ${DRAFT_LINE}`],
    ['l23: a section that does not exist, in a blockquote', 'See [it][x].\n\n> [x]: /sections/no-such-section/\n', /^11:3 link  link \[x\]\(\/sections\/no-such-section\/\) points to \/sections\/no-such-section\/, which the build does not write/],
    ['p5: an escaped bracket in the label', `See [a][x\\]].\n\n[x\\]]: ../${DRAFT}.md\n`, `11:1 link  link [x\\]](../${DRAFT}.md) ${DRAFT_LINE}`],
  ];
  it.each(cases)('%s', (_, body, expected) => {
    const found = lines(body);
    expect(found).toEqual([typeof expected === 'string' ? expected : expect.stringMatching(expected)]);
  });

  it('l27: a topic and an archive month that do not exist, addresses on the next lines', () => {
    expect(lines('See [rail][x] and [the archive][y].\n\n[x]:\n/tags/no-such-tag/\n\n[y]:\n/archive/1999/01/\n')).toEqual([
      expect.stringMatching(/^11:1 link  link \[x\]\(\/tags\/no-such-tag\/\) points to \/tags\/no-such-tag\/, which the build does not write/),
      expect.stringMatching(/^14:1 link  link \[y\]\(\/archive\/1999\/01\/\) points to \/archive\/1999\/01\/, which the build does not write/),
    ]);
  });

  it('the renderer makes those very links (so the check had to see them)', () => {
    const render = createMarkdownRenderer();
    expect(render(`See [the annex][x].\n\n[x]:\n/articles/${DRAFT}/\n`).html).toContain(`href="/articles/${DRAFT}/"`);
    expect(render(`See [the annex][x].\n\n> [x]: /articles/${DRAFT}/\n`).html).toContain(`href="/articles/${DRAFT}/"`);
  });
});

describe('a "]" CommonMark does not read as the end of a link\'s text (finding 9)', () => {
  const cases: [string, string, string][] = [
    ['p2: inside an attribute', `See [a <span title="]">x</span> b](../${DRAFT}.md).\n`, `a <span title="]">x</span> b`],
    ['p3: inside an autolink', `See [a <https://example.org/]> b](../${DRAFT}.md).\n`, 'a <https://example.org/]> b'],
    ['p9: inside a comment', `See [a <!-- ] --> b](../${DRAFT}.md).\n`, 'a <!-- ] --> b'],
  ];
  it.each(cases)('%s', (_, body, text) => {
    expect(lines(body)).toEqual([`9:5 link  link [${text}](../${DRAFT}.md) ${DRAFT_LINE}`]);
  });

  it('a "[" inside an attribute, a comment or an autolink: the real text and the column of the link', () => {
    expect(lines(`See [a <span title="[">x</span> b](../${DRAFT}.md).\n`)).toEqual([`9:5 link  link [a <span title="[">x</span> b](../${DRAFT}.md) ${DRAFT_LINE}`]);
    expect(lines(`See [a <!-- [ --> b](../${DRAFT}.md).\n`)).toEqual([`9:5 link  link [a <!-- [ --> b](../${DRAFT}.md) ${DRAFT_LINE}`]);
    expect(lines(`See [a <https://example.org/[> b](../${DRAFT}.md).\n`)).toEqual([`9:5 link  link [a <https://example.org/[> b](../${DRAFT}.md) ${DRAFT_LINE}`]);
  });

  it('a link in a table cell and one spread over lines in a long paragraph of prose', () => {
    const prose = 'Traders said the road was open again and prices eased.\n'.repeat(50);
    expect(lines(`| a | b |\n|---|---|\n| [c](../${DRAFT}.md) | d |\n\n${prose}and [the\nannex\ntext](\n../${DRAFT}.md\n"a title\nover lines"\n) today.\n`)).toEqual([
      `11:3 link  link [c](../${DRAFT}.md) ${DRAFT_LINE}`,
      `63:5 link  link [the annex text](../${DRAFT}.md) ${DRAFT_LINE}`,
    ]);
  });
});

describe('a title over lines of prose with quotes and parentheses (the lines cut to their closers)', () => {
  it('still ends where the renderer ends it', () => {
    const prose = '"Traders\'" said (again) the road reopened.\n'.repeat(20);
    expect(lines(`See [the annex](../${DRAFT}.md "it's\nthe (long) one\nshe said") today.\n${prose}and [more](\n../${DRAFT}.md\n'a (title)\nover "lines"'\n) here.\n`)).toEqual([
      `9:5 link  link [the annex](../${DRAFT}.md) ${DRAFT_LINE}`,
      `32:5 link  link [more](../${DRAFT}.md) ${DRAFT_LINE}`,
    ]);
    // No link, so no draft line; the syntax printed as typed is one line (round 13, typed-links.ts).
    expect(lines(`See [the annex](../${DRAFT}.md "it's\nthe (long) one\nshe said" today.\n${prose}`)).toEqual([
      `9:5 link  link [the annex](../${DRAFT}.md "it's the (long) one she said" is printed as typed: it has no closing parenthesis after its title; add ")" after "it's the (long) one she said"`,
    ]);
  });
});

describe('a definition right under a paragraph line is text (finding 9, the opposite slip)', () => {
  it('is one line saying so, not "points to a draft"', () => {
    expect(lines(`See [the annex][x]\n[x]: ../${DRAFT}.md\n`)).toEqual([
      `10:1 link  "[x]: ../${DRAFT}.md" is printed as text: a link definition cannot follow a paragraph line; put a blank line before it`,
    ]);
  });

  it('prose that only looks like a definition passes', () => {
    expect(lines('The talks began.\n[Editor\'s note]: Revised on Monday.\n')).toEqual([]);
  });
});

describe('bios and section texts go through the same parse (finding 9)', () => {
  it('an author\'s bio and a section\'s text', () => {
    const found = check({
      author: `Read her [explainer][x] and the [outlook][y].\n\n[x]:\n/articles/${DRAFT}/\n\n> [y]: /articles/${LATER}/\n`,
      section: `Our [annex][z].\n\n[z]:\n/articles/${DRAFT}/\n`,
    });
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^authors/nadia-rahyab\\.md:\\d+:1 link  link \\[x\\]\\(/articles/${DRAFT}/\\) ${DRAFT_LINE.replace(/[()]/g, '\\$&')}`)),
      expect.stringMatching(new RegExp(`^authors/nadia-rahyab\\.md:\\d+:3 link  link \\[y\\]\\(/articles/${LATER}/\\) points to an article scheduled`)),
      expect.stringMatching(new RegExp(`^sections/economy\\.md:\\d+:1 link  link \\[z\\]\\(/articles/${DRAFT}/\\) ${DRAFT_LINE.replace(/[()]/g, '\\$&')}`)),
    ]);
  });
});

describe('a footnote call inside a raw <a> (finding 10)', () => {
  it('is refused like the same call in a Markdown link', () => {
    expect(lines('See <a href="https://example.org/">the report[^1]</a> today.\n\n[^1]: A note.\n')).toEqual([
      "9:46 body  footnote call [^1] cannot link inside a link's text; move it after the link",
    ]);
    expect(lines('See <a href="https://example.org/">the *report[^1]*</a> today.\n\n[^1]: A note.\n')).toEqual([
      "9:47 body  footnote call [^1] cannot link inside a link's text; move it after the link",
    ]);
  });

  it('after the link it passes', () => {
    expect(lines('See <a href="https://example.org/">the report</a>[^1] today.\n\n[^1]: A note.\n')).toEqual([]);
  });
});
