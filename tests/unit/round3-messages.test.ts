/**
 * Messages the third blind round found misleading (round 3, item 19): each mistake is one line that names the
 * real cause and the value to write.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const TALKS = 'articles/2026/11/transit-talks-open-in-doha-with-trade-on-the-agenda.md';
const ENVOY = 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md';
const work = mkdtempSync(join(tmpdir(), 'dateline-messages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base newsroom with `edits` (file → [from, to] replacements, or whole new text); lines as printed. */
function lines(edits: Record<string, [RegExp, string][] | string>): string[] {
  const dir = mkdtempSync(join(work, 'case-'));
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(dir, 'content'), { recursive: true });
  for (const [rel, edit] of Object.entries(edits)) {
    const path = join(dir, 'content', rel);
    if (typeof edit === 'string') writeFileSync(path, edit);
    else writeFileSync(path, edit.reduce((text, [from, to]) => text.replace(from, to), readFileSync(path, 'utf8')));
  }
  const { diagnostics } = checkContent({ root: ROOT, contentDir: join(dir, 'content'), visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
  return diagnostics.map((d) => `${d.file.replace(/^.*?content\//, '')}:${d.line}:${d.column}  ${d.field}  ${d.message}`);
}

describe('one right line per mistake', () => {
  it('tags: [#rail, trade] is the comment rule, shown with the item quoted', () => {
    expect(lines({ [WHEAT]: [[/^tags: .*$/m, 'tags: [#rail, trade]']] })).toEqual([
      `${WHEAT}:8:8  tags  a list item starting with "#" starts a YAML comment, so "#rail, trade]" would be dropped and the list left open; put that item in quotes: tags: ["#rail", trade]`,
    ]);
  });

  it('related entries written as a path or URL name the slug to write', () => {
    const out = lines({ [TALKS]: [[/^related: .*$/m, 'related: [../10/wheat-prices-ease-as-northern-harvest-reaches-markets.md, /articles/envoy-lands-in-kabul-ahead-of-doha-round/]']] });
    expect(out).toEqual([
      expect.stringMatching(/related\[0\]  must be an article slug \(its file name without \.md\); "\.\.\/10\/wheat-prices-ease-as-northern-harvest-reaches-markets\.md" is a path or URL: write "wheat-prices-ease-as-northern-harvest-reaches-markets"$/),
      expect.stringMatching(/related\[1\]  .* write "envoy-lands-in-kabul-ahead-of-doha-round"$/),
    ]);
  });

  it('a section written as its file path names the id', () => {
    expect(lines({ [TALKS]: [[/^section: .*$/m, 'section: sections/economy.md']] })).toEqual([expect.stringContaining('"sections/economy.md" is the path of the section file: write its id "economy"')]);
  });

  it('front.md: an empty file says what front.md holds; a headline for a slug gets the slug', () => {
    expect(lines({ 'front.md': '' })).toEqual([expect.stringMatching(/^front\.md:1:1  file  the file is empty; write the front-page picks/)]);
    expect(lines({ 'front.md': '---\nlead: Transit talks open in Doha with trade on the agenda\n---\n' })).toEqual([
      // The field as written: a pick given as its slug alone is "lead" (round 32a F13).
      expect.stringMatching(/^front\.md:2:7  lead  must be an id.*did you mean "transit-talks-open-in-doha-with-trade-on-the-agenda"\?$/),
    ]);
    expect(lines({ 'authors/empty.md': '' })).toEqual([expect.stringContaining('an author file needs at least a "name:" line')]);
  });

  it('a caption cut by a comment does not hide an empty alt in the same file', () => {
    const out = lines({ [ENVOY]: [[/^ {2}alt: .*$/m, '  alt: ""'], [/^ {2}caption: .*$/m, '  caption: Kabul #1 crossing']] });
    expect(out).toHaveLength(2);
    expect(out).toEqual(expect.arrayContaining([
      expect.stringMatching(/:13:8  image\.alt  must not be empty/),
      expect.stringMatching(/:14:12  image\.caption  " #" starts a YAML comment/),
    ]));
  });
});
