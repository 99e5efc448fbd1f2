/**
 * Round 27b #9, #3, #1, #10, #2: the fix for a `===` underline that works when followed; a pipe inside inline code
 * in a table cell named with `\|`; a reference link whose definition is missing; a photo written with a media-root
 * path pointed at the one file of that name; other tools' Markdown printed as typed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { interruptedParagraphs } from '#/check/rules/interrupted-paragraphs.ts';
import { missingReferences } from '#/check/rules/missing-references.ts';
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

describe('a reference link whose definition is missing (#1)', () => {
  it('one line at the use, naming the reference; a spaced use of a defined one is told to drop the space', () => {
    const body = 'The ministry published [the report][rep] on Monday, and [the annex] [annex] followed.\n\nOfficials said [the figures][missing] were provisional.\n\nAgain [the figures][missing] and [more][Missing].\n\n[rep]: https://example.org/report "The report"\n[annex]: <https://example.org/annex>';
    expect(checkArticles({ 'ref-a.md': story(body) })).toEqual([
      'ref-a.md:11:57 body  warning: the space in "[the annex] [annex]" breaks the link: the page prints "[the annex]" as typed and links only the word of [annex]; write [the annex][annex] without the space',
      'ref-a.md:13:16 body  warning: [the figures][missing] uses the reference "missing", which no line defines, so the page prints the brackets as typed; add a line "[missing]: https://…" at the end of the story, or write the link inline: [the figures](https://…)',
    ]);
    expect(checkArticles({ 'ref-b.md': story('See [the figures] [missing] and [the report][1] and [rep].\n\n[rep]: https://example.org/') })).toEqual([
      expect.stringMatching(/^ref-b\.md:11:5 body {2}warning: \[the figures\] \[missing\] uses the reference "missing", .*, and write \[the figures\]\[missing\] without the space, or write/),
      expect.stringMatching(/^ref-b\.md:11:33 body {2}warning: \[the report\]\[1\] uses the reference "1"/),
    ]);
  });

  it('prose brackets, footnotes, code, escapes and defined references stay quiet', () => {
    const quiet = [
      'He said the plan [sic] would fail [1] and [...] was cut [Reuters].',
      '- [x] Done\n- [ ] Open [x] [y]',
      'Cited twice [1][2] and [sic][3] and [sic] [laughs].',
      'A note[^1] and [text][^2].\n\n[^1]: The note.\n[^2]: Another.',
      'Code `[a][b]` and \\[a\\]\\[b\\] and [a\\][b].',
      '```\n[a][b]\n```',
      '[The report][REP] and [the report][] and [rep] and [Rep].\n\n[rep]: https://example.org/',
      '[a link](https://example.org/) [and another](https://example.org/b)',
    ];
    // The task boxes have their own line (#2), none about references.
    for (const body of quiet) expect(checkArticles({ 'ref-q.md': story(body) }).filter((l) => !/task-list box/.test(l)), body).toEqual([]);
    // A shortcode of any name has its own rule's line (round 30a #1), none about references.
    expect(checkArticles({ 'ref-q.md': story('Shortcodes [foo id="1"][/foo] have their own rule.') })).toEqual([expect.stringContaining('"[foo id="1"][/foo]" is a WordPress shortcode')]);
  });

  it('stays linear on a long body of such brackets', () => {
    const body = `${'Officials said [the figures][missing] ] [ [a] [b] were provisional. '.repeat(12)}\n\n`.repeat(1200);
    const started = performance.now();
    missingReferences(body, 10);
    missingReferences('[a] ['.repeat(200_000), 10);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('a photo written with a media-root path, or another story\'s folder (#10)', () => {
  const png = readFileSync(new URL('../fixtures/base-content/content/articles/2026/11/images/envoy-arrival.png', import.meta.url));

  it('names the one photo of that name and the path to write from the article', () => {
    expect(checkArticles({ '../10/images/shared-map.png': png, 'ph-a.md': story('![Map of the Salang road](/images/shared-map.png)'), 'ph-b.md': story('![Map of the Salang road](./images/shared-map.png)') })).toEqual([
      expect.stringMatching(/^ph-a\.md:11:1 body {2}image !\[Map of the Salang road\]\(\/images\/shared-map\.png\) must be a path relative to the article file: the photo shared-map\.png is at \S*content\/articles\/2026\/10\/images\/shared-map\.png; write "\.\.\/10\/images\/shared-map\.png"$/),
      expect.stringMatching(/^ph-b\.md:11:1 body {2}image .* does not exist \(looked for \S*content\/articles\/2026\/11\/images\/shared-map\.png\): the photo shared-map\.png is at \S*content\/articles\/2026\/10\/images\/shared-map\.png; write "\.\.\/10\/images\/shared-map\.png"$/),
    ]);
    expect(checkArticles({ 'ph-c.md': story('![Envoy](/wp-content/uploads/2026/11/envoy-arrival.png)', { image: '{ src: /images/envoy-arrival.png, alt: The envoy }' }) })).toEqual([
      expect.stringMatching(/^ph-c\.md:7:\d+ image\.src {2}"\/images\/envoy-arrival\.png" must be a path relative to the article file: .*; write "\.\/images\/envoy-arrival\.png"$/),
      expect.stringMatching(/^ph-c\.md:12:1 body {2}.* must be a path relative to the article file: the photo envoy-arrival\.png is at \S*content\/articles\/2026\/11\/images\/envoy-arrival\.png; write "\.\/images\/envoy-arrival\.png"$/),
    ]);
  });

  it('the path given works; with two photos of that name, the nearest first; with none, the line stays as it was', () => {
    expect(checkArticles({ '../10/images/shared-map.png': png, 'ph-d.md': story('![Map of the Salang road](../10/images/shared-map.png)') })).toEqual([]);
    expect(checkArticles({ '../10/images/envoy-arrival.png': png, 'ph-e.md': story('![Envoy](/images/envoy-arrival.png)') })).toEqual([
      expect.stringMatching(/^ph-e\.md:11:1 body {2}image !\[Envoy\]\(\/images\/envoy-arrival\.png\) must be a path relative to the article file: 2 photos named envoy-arrival\.png are in the articles folder \(\S*2026\/11\/images\/envoy-arrival\.png, \S*2026\/10\/images\/envoy-arrival\.png\); write the path to the one you mean, e\.g\. "\.\/images\/envoy-arrival\.png"$/),
    ]);
    expect(checkArticles({ '../10/images/envoy-arrival.png': png, 'ph-g.md': story('![Envoy](./images/envoy-arrival.png)') })).toEqual([]);
    expect(checkArticles({ 'ph-f.md': story('![Nothing](./images/no-such-photo.png)') })).toEqual([
      expect.stringMatching(/does not exist \(looked for \S*content\/articles\/2026\/11\/images\/no-such-photo\.png\)$/),
    ]);
  });
});

describe("other tools' Markdown printed as typed (#2)", () => {
  it('MDX import/export lines are errors; task boxes, emoji shortcodes and MDX expressions warnings', () => {
    expect(checkArticles({ 'om-a.md': story("import Chart from '../components/Chart'\nexport const meta = {a: 1}\n\nThe figures are below.\n\nMore text {props.value} here.") })).toEqual([
      `om-a.md:11:1 body  "import Chart from '../components/Chart'" is an MDX import line; this site runs no MDX, so the page prints it as typed (in feeds and search too); remove it`,
      'om-a.md:12:1 body  "export const meta = {a: 1}" is an MDX export line; this site runs no MDX, so the page prints it as typed (in feeds and search too); remove it (a story\'s facts go in the frontmatter)',
      'om-a.md:16:11 body  warning: "{props.value}" is an MDX expression; this site runs no MDX, so the page prints it as typed (in feeds and search too); write the words it stands for, or remove it',
    ]);
    expect(checkArticles({ 'om-b.md': story('- [x] Done item\n- [ ] Open item\n\nTraders were happy :smile: and the minister :+1: agreed.') })).toEqual([
      'om-b.md:11:1 body  warning: "- [x]" is a task-list box (GitHub), which this site does not draw: the page prints "[x]" as typed; remove it, or write the state in words',
      'om-b.md:12:1 body  warning: "- [ ]" is a task-list box (GitHub), which this site does not draw: the page prints "[ ]" as typed; remove it, or write the state in words',
      'om-b.md:14:20 body  warning: ":smile:" is an emoji shortcode, which this site does not convert: the page prints it as typed; type the emoji itself, or remove it',
      'om-b.md:14:45 body  warning: ":+1:" is an emoji shortcode, which this site does not convert: the page prints it as typed; type the emoji itself, or remove it',
    ]);
  });

  it('prose, times, addresses, code and braces in copy stay quiet', () => {
    const quiet = [
      'Import duties rose; exports fell. The import of wheat from Kazakhstan resumed.',
      'export figures for 2026 were revised.',
      'The match ended 10:30:45 and the ratio was 3:1:2, see https://example.org/a:b:c and ::1.',
      'Note: the minister said: "we agree". Time 14:00. Bible John 3:16.',
      'Braces {like this} and {1, 2} and {{ page.x }} handled elsewhere.',
      '```\nimport Chart from "./Chart"\n- [x] done :smile:\n```',
      'Use `{props.value}` and `:smile:` in code.',
      '- [link](https://example.org/) item\n- [x-ray](https://example.org/x) item',
    ];
    for (const body of quiet) expect(checkArticles({ 'om-q.md': story(body) }).filter((l) => !/Liquid/.test(l)), body).toEqual([]);
  });
});
