/**
 * The sixth blind attack round's findings 1, 2, 5, 9 and 10 and the fifth round's finding 20 (issue 10): every
 * problem in one run (valid parts of lists and objects, every line of a body rule, every front-page pick), quotes
 * that pair up after `=`, the plain value for a type-tagged boolean or number, openable paths for a content folder
 * outside the project, a section `order` quoted as written with a summary that counts right, and near-miss tag
 * warnings on the newer spelling. The bad-content fixtures `tag-list-every-error`, `char-references-on-seven-lines`,
 * `front-page-every-pick`, `section-order-as-written` and `yaml-type-tag-on-boolean` run the same cases through
 * `check:content` and the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { checkContent } from '#/check/content-check.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { MAX_LINES_PER_RULE } from '#/check/rules/each-line.ts';
import { checkTags, type TaggedArticle } from '#/check/rules/tags.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { contentCounts } from '#/check/summary.ts';
import { typeset, typesetProse } from '#/domain/typography.ts';
import { articleFrontmatterSchema } from '#/schemas/article.ts';
import { sectionSchema } from '#/schemas/section.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { checkLinesOf } from '../helpers/check-bodies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const NOW = Date.parse('2026-11-29T12:00:00Z');

const newsroom = newsroomCopies('r6');

const check = (content: string) => checkContent({ root: ROOT, contentDir: content, visibility: { now: NOW, includeDrafts: false } });
const lines = (content: string) => check(content).diagnostics.map((d) => `${d.line ?? 0} ${d.field}  ${d.message}`);

describe('every problem in one run (finding 1)', () => {
  it('a tag over the code-point limit does not hide another tag whose topic URL is too long', () => {
    const content = newsroom((c) => replaceIn(join(c, WHEAT), 'tags: [wheat, food prices]', `tags: ["${'\u1100'.repeat(150)}", "${'\u0628\u064e\u0650\u064f\u0651\u0652\u064b\u064c\u064d'.repeat(30)}", wheat]`));
    const out = lines(content);
    expect(out).toContainEqual(expect.stringMatching(/^8 tags\[0\] {2}tag ".*" makes a topic URL of 450 bytes/));
    expect(out).toContainEqual(expect.stringMatching(/^8 tags\[1\] {2}holds 270 code points/));
  });

  it('an author that is not an id does not hide an unknown author beside it; an empty alt does not hide a missing image', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, WHEAT), 'authors: [zarlasht-niazai]', 'authors: [Zarlasht Niazai, nadia-rahyab, zarlasht-niazi]');
      replaceIn(join(c, WHEAT), 'section: economy\n', 'section: economy\nimage:\n  src: ./images/missing.png\n  alt: ""\n');
    });
    const out = lines(content);
    expect(out).toContainEqual(expect.stringMatching(/^5 authors\[0\] {2}must be an id/));
    expect(out).toContainEqual(expect.stringMatching(/^5 authors\[2\] {2}unknown author "zarlasht-niazi" \(did you mean "zarlasht-niazai"\?\)/));
    expect(out).toContainEqual(expect.stringMatching(/ image\.alt {2}must not be empty/));
    expect(out).toContainEqual(expect.stringMatching(/ image\.src {2}image file "\.\/images\/missing\.png" does not exist/));
    expect(out.filter((l) => l.includes('authors[1]'))).toEqual([]);
  });

  it('a type tag or anchor in one field does not hide the other fields\' problems', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, WHEAT), 'section: economy\n', 'section: economics\ndraft: !!bool true\n');
      replaceIn(join(c, WHEAT), 'title: Wheat prices', 'title: &Co Wheat prices');
    });
    const out = lines(content).sort();
    expect(out).toEqual([
      expect.stringMatching(/^2 title {2}YAML reads `&Co` as an anchor/),
      expect.stringMatching(/^7 section {2}unknown section "economics"/),
      expect.stringMatching(/^8 draft {2}YAML reads `!!bool` as a type tag/),
    ]);
  });

  it('seven refused character references on seven lines are seven lines', () => {
    const refs = ['&#8238;', '&#x2067;', '&#x200B;', '&#xE0073;', '&#x2060;', '&#x7;', '&#xFFFE;'];
    const body = refs.map((r, i) => `Line ${i + 1} has ${r} in it.`).join('\n');
    const problems = checkBodyText(body, 10);
    expect(problems.map((p) => p.pos.line)).toEqual([10, 11, 12, 13, 14, 15, 16]);
    refs.forEach((r, i) => expect(problems[i]?.message).toContain(`the character reference ${r} stands for`));
  });

  it('the same one twice on a line is one line, two different ones two; past the cap the rest is one line that counts them', () => {
    expect(checkBodyText('a &#x200B; b &#x200B; c', 1)).toHaveLength(1);
    expect(checkBodyText('a &#x202E; b &#x202C; c', 1)).toHaveLength(2);
    const flood = Array.from({ length: MAX_LINES_PER_RULE + 15 }, (_, i) => `Line ${i} &#x200B;`).join('\n');
    const problems = checkBodyText(flood, 1);
    expect(problems).toHaveLength(MAX_LINES_PER_RULE + 1);
    expect(problems.at(-1)).toEqual({ message: expect.stringMatching(/^…and 15 more lines below with such character references/), pos: { line: MAX_LINES_PER_RULE + 1, column: 9 } });
  });

  it('raw control characters and bidi controls are reported on every line too', () => {
    const problems = checkBodyText('One \u0007 bell.\nTwo \u0007 bells.\nA \u202E turn.\nAnother \u202E turn.\nMore \u202E.\nAnd \u202E.', 1);
    expect(problems.filter((p) => p.message.includes('U+0007')).map((p) => p.pos.line)).toEqual([1, 2]);
    expect(problems.filter((p) => p.message.includes('U+202E')).map((p) => p.pos.line)).toEqual([3, 4, 5, 6]);
  });

  it('front.md: an unknown lead and top[1] are reported beside a malformed top[0]', () => {
    const content = newsroom((c) => writeFileSync(join(c, 'front.md'), '---\nlead: constructor\ntop: [__proto__, tostring]\n---\n'));
    const out = checkLinesOf(content, 'front.md', (d) => `${d.line} ${d.field}  ${d.message}`).sort();
    expect(out).toEqual([
      expect.stringMatching(/^2 lead {2}no article has the slug "constructor"/),
      expect.stringMatching(/^3 top\[0\] {2}must be an id/),
      expect.stringMatching(/^3 top\[1\] {2}no article has the slug "tostring"/),
    ]);
  });
});

describe('quotes with text on both sides pair up (finding 2)', () => {
  it.each([
    ['The setting reads x="5" in the file.', 'The setting reads x=“5” in the file.'],
    ['<a href="/articles/x/">x</a>', '<a href=“/articles/x/”>x</a>'],
    ['<a href="https://x.org/a">x</a>', '<a href=“https://x.org/a”>x</a>'],
    ['word"quoted" here', 'word“quoted” here'],
    ["x='5'", 'x=‘5’'],
    ['—"we will return"', '—“we will return”'],
    ['("x")', '(“x”)'],
    ['"Yes," he said -- "no."', '“Yes,” he said – “no.”'],
    ['He said "no"—then left.', 'He said “no”—then left.'],
    ['a 12" record, 5\'10" tall', 'a 12” record, 5’10” tall'],
  ])('%s', (text, typeset) => {
    expect(typesetProse(text)).toBe(typeset);
  });

  it('a correction note that quotes HTML gets matching quotes in the page', () => {
    const text = 'An earlier version linked <a href="/articles/envoy/">the envoy</a> by mistake.';
    const data = articleFrontmatterSchema.parse({
      title: 'Set x="5" in the file',
      description: 'd',
      published: '2026-11-01',
      authors: ['a'],
      section: 's',
      corrections: [{ date: '2026-11-02', text }],
    });
    expect(data.title).toBe('Set x=“5” in the file');
    expect(data.corrections[0]?.text).toBe('An earlier version linked <a href=“/articles/envoy/”>the envoy</a> by mistake.');
  });

  it('in a body, across inline elements; code keeps straight quotes', () => {
    const { html } = createMarkdownRenderer()('The setting reads x=*"5"* and `x="5"` in "the *file*".');
    expect(html).toBe('<p>The setting reads x=<em>“5”</em> and <code>x="5"</code> in “the <em>file</em>”.</p>');
  });

  it('carries an open quote across text nodes only within a block', () => {
    const quotes = { double: false };
    expect(typeset('x="5', '', quotes)).toBe('x=“5');
    expect(quotes.double).toBe(true);
    expect(typeset('">', '5', quotes)).toBe('”>');
    expect(quotes.double).toBe(false);
  });
});

describe('a type tag on a boolean or number (finding 5)', () => {
  const problems = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n\nBody.\n`).problems.map((p) => `${p.field ?? ''}  ${p.message}`);

  it.each([
    ['draft: !!bool true', 'draft', 'draft: true'],
    ['draft: !!bool "false"', 'draft', 'draft: false'],
    ['order: !!int 3', 'order', 'order: 3'],
    ['order: !!float 2.0', 'order', 'order: 2.0'],
    ['title: !!str 2026', 'title', 'title: "2026"'],
  ])('%s → the plain value', (yaml, field, fix) => {
    const [line] = problems(yaml);
    expect(line).toContain(`${field}  YAML reads`);
    expect(line?.endsWith(`write the value without it: ${fix}`), line).toBe(true);
    // The advice passes the check.
    const fixed = parseFrontmatter(`---\n${fix}\n---\n`);
    expect(fixed.problems).toEqual([]);
    const schema = field === 'order' ? sectionSchema.shape.order : articleFrontmatterSchema.shape[field as 'draft' | 'title'];
    expect(schema.safeParse(fixed.data?.[field]).success).toBe(true);
  });

  it('other tags are text the editor meant: quoted whole', () => {
    expect(problems('description: !Breaking Wheat prices fall')[0]).toContain('put the whole value in quotes: description: "!Breaking Wheat prices fall"');
    expect(problems('title: !!js/function x')[0]).toContain('put the whole value in quotes: title: "!!js/function x"');
  });
});

describe('a content folder outside the project (finding 9)', () => {
  const content = newsroom((c) => {
    replaceIn(join(c, WHEAT), 'section: economy\n', 'section: economy\nimage:\n  src: ./images/missing.png\n  alt: Sacks of flour\n');
    replaceIn(join(c, WHEAT), 'authors: [zarlasht-niazai]', 'authors: [nobody-here]');
    writeFileSync(join(c, 'front.md'), '---\nlead: no-such-story\n---\n');
  });
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATELINE_CONTENT_DIR: content, DATELINE_NOW: '2026-11-29T12:00:00Z', ...env } });

  it('every printed path opens from the project, in lines and in pull-request annotations', () => {
    const result = run({ GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const printed = result.stderr.split('\n').filter((l) => /^\S+\.md:\d+:\d+ {2}/.test(l));
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(printed).toHaveLength(3);
    expect(annotations).toHaveLength(printed.length);
    const files = [...printed.map((l) => l.split(':')[0]!), ...annotations.map((l) => /file=([^,]+)/.exec(l)?.[1] ?? '')];
    for (const file of files) {
      expect(file, 'not the folder\'s base name').not.toMatch(new RegExp(`^${basename(content)}/`));
      expect(existsSync(resolve(ROOT, file)), file).toBe(true);
    }
    // A path inside a message ("looked for …") and the file to create for an unknown author open the same way.
    const lookedFor = /looked for (\S+?)\)/.exec(result.stderr)?.[1];
    expect(lookedFor && resolve(ROOT, lookedFor)).toBe(join(content, 'articles/2026/10/images/missing.png'));
    const add = /fix the id or add (\S+)/.exec(result.stderr)?.[1];
    expect(add && resolve(ROOT, add)).toBe(join(content, 'authors', 'nobody-here.md'));
  });
});

describe('section order as written, and a summary that counts right (finding 10)', () => {
  it('.nan, 1e400 and 9007199254740993 get the rule and the value as the editor typed it', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, 'sections/economy.md'), 'order: 2', 'order: .nan');
      replaceIn(join(c, 'sections/diplomacy.md'), 'order: 1', 'order: 1e400');
      writeFileSync(join(c, 'sections/society.md'), '---\nname: Society\norder: 9007199254740993 # third\n---\n');
    });
    const result = check(content);
    const rule = 'must be a whole number from -9999 to 9999 (lower comes first), not';
    expect(result.diagnostics.map((d) => `${basename(d.file)} ${d.field}  ${d.message}`).sort()).toEqual([
      `diplomacy.md order  ${rule} 1e400`,
      `economy.md order  ${rule} .nan`,
      `society.md order  ${rule} 9007199254740993`,
    ]);
    expect(contentCounts(result)).toBe('3 articles, 2 authors, 3 sections (3 with errors)');
  });

  it('text, fractions and out-of-range numbers get the same rule', () => {
    const issue = (order: unknown) => sectionSchema.safeParse({ name: 'X', order }).error?.issues[0]?.message;
    for (const order of ['first', 2.5, 10_000, Number.NaN, Number.POSITIVE_INFINITY]) expect(issue(order), String(order)).toBe('must be a whole number from -9999 to 9999 (lower comes first)');
  });

  it('singular and plural', () => {
    const files = { articles: ['a.md'], authors: ['b.md', 'c.md'], sections: ['d.md'], tags: [] };
    expect(contentCounts({ files, diagnostics: [] })).toBe('1 article, 2 authors, 1 section');
    expect(contentCounts({ files, diagnostics: [{ file: 'c.md', field: 'name', message: 'x', severity: 'error' }, { file: 'a.md', field: 'x', message: 'y', severity: 'warning' }] })).toBe(
      '1 article, 2 authors (1 with errors), 1 section',
    );
  });
});

describe('near-miss tags warn on the newer spelling (round-5 finding 20)', () => {
  const SEPT = Date.parse('2026-09-10T00:00:00Z');
  const NOV = Date.parse('2026-11-20T00:00:00Z');
  const run = (defined: Record<string, string>, articles: [string, string[], number][]) => {
    const out: string[] = [];
    const list: TaggedArticle[] = articles.map(([file, tags, published]) => ({ file, tags, published, at: () => undefined }));
    checkTags(new Map(Object.entries(defined)), list, (file, field, message, _pos, severity = 'error') => out.push(`${severity} ${file} ${field}  ${message}`));
    return out;
  };

  it('Iran since September, then Iraq with its topic file: no warning on the Iran story', () => {
    expect(run({ iraq: 'Iraq' }, [['iran.md', ['Iran'], SEPT], ['iraq.md', ['Iraq'], NOV]])).toEqual([]);
  });

  it('a new tag beside a topic only its file defines (no article yet) is warned, and the message says how to confirm it', () => {
    const out = run({ iraq: 'Iraq' }, [['irak.md', ['Irak'], NOV]]);
    expect(out).toEqual([
      'warning irak.md tags[0]  tag "Irak" is on no other article, and the topic "Iraq" (content/tags/iraq.md, no article yet) is spelt almost the same; did you mean "Iraq"? If "Irak" is a topic of its own, create content/tags/irak.md with "name: Irak": a topic file accepts the spelling and silences this warning',
    ]);
    expect(run({ iraq: 'Iraq', irak: 'Irak' }, [['irak.md', ['Irak'], NOV]])).toEqual([]);
  });

  it('the spelling fewer articles use is the one warned, never called a "new topic"', () => {
    const out = run({}, [['a.md', ['Bali'], NOV], ['b.md', ['Bali'], NOV], ['c.md', ['Mali'], SEPT]]);
    expect(out).toEqual([expect.stringMatching(/^warning c\.md tags\[0\] {2}tag "Mali" is on no other article, and the topic "Bali" \(2 articles\)/)]);
    expect(out.join('\n')).not.toContain('new topic');
    expect(run({ mali: 'Mali' }, [['a.md', ['Bali'], NOV], ['b.md', ['Bali'], NOV], ['c.md', ['Mali'], SEPT]])).toEqual([]);
  });

  it('names the topic file where the content folder really is', () => {
    const out: string[] = [];
    checkTags(new Map(), [['a.md', ['Torkham']], ['b.md', ['Torkham']], ['c.md', ['Torkam']]].map(([file, tags]) => ({ file: file as string, tags: tags as string[], published: NOV, at: () => undefined })), (_f, _field, message) => out.push(message), (key) => `../newsroom/content/tags/${key}.md`);
    expect(out[0]).toContain('create ../newsroom/content/tags/torkam.md with "name: Torkam"');
  });
});
