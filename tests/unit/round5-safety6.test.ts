/**
 * The fifth blind attack round's findings 11–15 (issue 10): the repeated dateline only on a dateline-shaped
 * prefix, YAML messages at the slip (odd spaces, `? ` values, an indented first field, decomposed accents in
 * links), files that look like content but are never read, Arabic-script letter variants of a topic, and the
 * bounded section navigation. The bad-content fixtures `content-files-never-read`, `yaml-no-break-space-after-colon`
 * and `tag-arabic-letter-variant` run the same cases through `check:content` and the build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repeatedDateline } from '#/check/rules/dateline-prefix.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { checkTags } from '#/check/rules/tags.ts';
import { tagSkeleton } from '#/check/rules/tag-lookalikes.ts';
import { strayContentFiles } from '#/check/rules/stray-content-files.ts';
import { checkContent } from '#/check/content-check.ts';
import { hasSectionsIndex, NAV_SECTION_LIMIT, sectionNav } from '#/domain/section-nav.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the repeated dateline (finding 11)', () => {
  it.each([
    ['KABUL — Flour prices fell.', 'KABUL', 'KABUL —'],
    ['Kabul — Flour prices fell.', 'Kabul', 'Kabul —'],
    ['kabul – Flour prices fell.', 'Kabul', 'kabul –'],
    ['KABUL (Reuters) — Flour prices fell.', 'KABUL', 'KABUL (Reuters) —'],
    ['**KABUL — Flour prices fell.', 'KABUL', 'KABUL —'],
    ['Kabul, Nov 5 — Flour prices fell.', 'Kabul', 'Kabul, Nov 5 —'],
    ['KABUL, 5 November 2026 - Flour prices fell.', 'Kabul', 'KABUL, 5 November 2026 -'],
    ['KABUL, Flour prices fell on Sunday.', 'Kabul', 'KABUL,'],
    ['KABUL: Flour prices fell on Sunday.', 'KABUL', 'KABUL:'],
    ['Kabul, Nov. 5, 2026 — Flour prices fell.', 'Kabul', 'Kabul, Nov. 5, 2026 —'],
    ['KABUL, Sunday 5 November — Flour prices fell.', 'KABUL', 'KABUL, Sunday 5 November —'],
    ['Kabul, 2026-11-05 -- Flour prices fell.', 'Kabul', 'Kabul, 2026-11-05 --'],
  ])('%s is the dateline again', (line, dateline, repeated) => {
    expect(repeatedDateline(line, dateline, 'en-GB')).toBe(repeated);
  });

  it.each([
    ['Kabul, the capital, was quiet on Sunday.', 'Kabul'],
    ['Kabul, the capital, was quiet on Sunday.', 'KABUL'],
    ['Kabul residents queued for flour.', 'KABUL'],
    ['Kabulis queued for flour.', 'Kabul'],
    ['Kabul: a city of five million, and rising.', 'Kabul'],
    ['Kabul, which has 2 airports, is quiet — for now.', 'Kabul'],
    ['کابل، پلازمېنه، آرامه وه.', 'کابل'],
  ])('%s is prose', (line, dateline) => {
    expect(repeatedDateline(line, dateline, 'en-GB')).toBeUndefined();
  });
});

const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n\nBody.\n`).problems.map((p) => `${p.line}:${p.column} ${p.field ?? 'frontmatter'} ${p.message}`);

describe('YAML messages at the slip (finding 12)', () => {
  it('names a no-break space after a colon', () => {
    const lines = fm('title:\u00A0Kabul nbsp talks\ndescription: A standfirst.');
    expect(lines).toEqual([expect.stringMatching(/^2:7 title the space after "title:" is a no-break space \(U\+00A0\), which YAML does not read as a space/)]);
  });

  it('names other odd spaces after a colon', () => {
    expect(fm('title:\u2003Kabul talks\ndescription: A standfirst.')).toEqual([expect.stringContaining('an unusual space (U+2003)')]);
  });

  it('blames the line of a value starting with "? "', () => {
    const lines = fm('title: ? Kabul\ndescription: A standfirst.\npublished: 2026-11-05');
    expect(lines).toEqual([expect.stringMatching(/^2:8 title the value starts with "\?" and a space, which YAML reads as a complex key; put the whole value in quotes: title: "\? Kabul"$/)]);
  });

  it('gives an indented first field one line naming it', () => {
    const lines = fm(' title: Indented key\ndescription: A standfirst.\npublished: 2026-11-05\nauthors: [a]\nsection: economy');
    expect(lines).toEqual([expect.stringMatching(/^2:1 title the first field, "title", is indented by 1 space but the fields below it are not; start it at the beginning of the line/)]);
  });

  it('leaves valid frontmatter alone: a no-break space inside a value, "?" in quotes, block text', () => {
    expect(fm('title: Kabul\u00A0talks\ndescription: "? Kabul"\nsummary: |\n  note:\u00A0x\n   - y')).toEqual([]);
  });
});

describe('files that are never read (finding 13)', () => {
  const withFiles = (files: Record<string, string>) => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-stray-'));
    const content = join(work, 'content');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), text);
    }
    try {
      return strayContentFiles(content).map((p) => `${p.path.slice(content.length + 1)}: ${p.message}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };

  it('reports a misnamed front page, stray root files and non-.md files in the flat folders', () => {
    const lines = withFiles({
      'front-page.md': 'x',
      'notes.txt': 'x',
      'authors/photo.jpg': 'x',
      'sections/notes.txt': 'x',
      'tags/rail.json': 'x',
      'sections/2026/economy.md': 'x',
    });
    expect(lines).toEqual([
      expect.stringMatching(/^front-page\.md: .*did you mean content\/front\.md\?/),
      expect.stringMatching(/^notes\.txt: this file is not read \(content\/ holds front\.md/),
      expect.stringMatching(/^authors\/photo\.jpg: this file is not read: content\/authors\/ holds one \.md file per author/),
      expect.stringMatching(/^sections\/2026: this folder is not read: content\/sections\/ holds one \.md file per section, without sub-folders/),
      expect.stringMatching(/^sections\/notes\.txt: this file is not read: content\/sections\/ holds one \.md file per section/),
      expect.stringMatching(/^tags\/rail\.json: this file is not read: content\/tags\/ holds one \.md file per topic/),
    ]);
  });

  it('leaves the front page, a README, _ and hidden files alone', () => {
    expect(withFiles({ 'front.md': 'x', 'README.md': 'x', '_notes.txt': 'x', '.DS_Store': 'x', 'authors/a.md': 'x', 'authors/_photo.jpg': 'x', 'sections/.keep': 'x' })).toEqual([]);
  });

  it('says a second front page exists when content/front.md is there too', () => {
    expect(withFiles({ 'front.md': 'x', 'Front.md': 'y' })).toEqual([expect.stringContaining('content/front.md, which exists')]);
  });
});

function tagLines(articles: string[][]): string[] {
  const out: string[] = [];
  checkTags(
    new Map(),
    articles.map((tags, i) => ({ file: `a${i}.md`, tags, published: i, at: () => undefined })),
    (file, field, message, _pos, severity = 'error') => out.push(`${severity} ${file} ${field} ${message}`),
  );
  return out;
}

describe('Arabic-script letter variants of a topic (finding 14)', () => {
  it.each([
    ['Arabic kaf beside Persian keheh', '\u06A9\u0627\u0628\u0644', '\u0643\u0627\u0628\u0644', '"\u0643" (U+0643)'],
    ['Arabic yeh beside Farsi yeh', '\u0645\u0644\u06CC', '\u0645\u0644\u064A', '"\u064A" (U+064A)'],
    ['alef maksura beside Farsi yeh', '\u0645\u0648\u0633\u06CC', '\u0645\u0648\u0633\u0649', '"\u0649" (U+0649)'],
    ['tatweel', '\u0633\u0644\u0627\u0645', '\u0633\u0640\u0640\u0644\u0627\u0645', '"\u0640" (U+0640)'],
    ['Persian digits beside ASCII digits', '2026', '\u06F2\u06F0\u06F2\u06F6', '"\u06F2" (U+06F2)'],
    ['Arabic-Indic digits beside ASCII digits', '2026', '\u0662\u0660\u0662\u0666', '"\u0662" (U+0662)'],
  ])('%s: the later spelling is told to write the first', (_, first, second, named) => {
    const out = tagLines([[first], [second]]);
    expect(out).toEqual([expect.stringContaining(`error a1.md tags[0] tag "${second}" is the topic "${first}"`)]);
    expect(out[0]).toContain(named);
    expect(out[0]).toContain(`a topic has one spelling: write "${first}"`);
  });

  it('keeps the spelling most articles use, and leaves different words alone', () => {
    expect(tagLines([['\u0643\u0627\u0628\u0644'], ['\u06A9\u0627\u0628\u0644'], ['\u06A9\u0627\u0628\u0644']])).toEqual([expect.stringMatching(/^error a0\.md tags\[0\] .*write "\u06A9\u0627\u0628\u0644"/)]);
    expect(tagLines([['\u06A9\u0627\u0628\u0644'], ['\u0647\u0631\u0627\u062A'], ['2026'], ['2025']])).toEqual([]);
  });

  it('folds in the lookalike skeleton only: topic URLs stay as written', async () => {
    const { tagKey } = await import('#/domain/tags.ts');
    expect(tagSkeleton('\u0643\u0627\u0628\u0644')).toBe(tagSkeleton('\u06A9\u0627\u0628\u0644'));
    expect(tagKey('\u0645\u0644\u064A')).not.toBe(tagKey('\u0645\u0644\u06CC'));
  });
});

describe('a tag link with a decomposed accent (finding 12)', () => {
  it('says the accent is decomposed instead of suggesting the same-looking address', () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-nfd-link-'));
    try {
      cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(work, 'content'), { recursive: true });
      const article = join(work, 'content/articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md');
      const text = readFileSync(article, 'utf8').replace('tags: [wheat, food prices]', 'tags: [wheat, food prices, café]');
      writeFileSync(article, `${text}\nSee [more](</tags/cafe\u0301/>).\n`);
      const { diagnostics } = checkContent({ root: ROOT, contentDir: join(work, 'content'), visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
      const lines = diagnostics.filter((d) => d.field === 'link').map((d) => d.message);
      expect(lines).toEqual([expect.stringContaining('the address holds a decomposed accent (NFD')]);
      expect(lines[0]).not.toContain('did you mean');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('section navigation is bounded (finding 15)', () => {
  it('shows the first sections by order and links the index past the limit', () => {
    const few = Array.from({ length: NAV_SECTION_LIMIT }, (_, i) => i);
    expect(sectionNav(few)).toEqual({ shown: few, more: false });
    expect(hasSectionsIndex(few.length)).toBe(false);
    const many = Array.from({ length: 300 }, (_, i) => i);
    expect(sectionNav(many).shown).toEqual(many.slice(0, NAV_SECTION_LIMIT));
    expect(sectionNav(many).more).toBe(true);
    expect(hasSectionsIndex(many.length)).toBe(true);
  });
});

describe('YAML slips keep independent mistakes above them', () => {
  it('a missing closing quote above a slip is still reported', () => {
    const lines = fm('title: "Kabul talks\ndescription: A standfirst.\nsection:\u00A0economy');
    expect(lines[0]).toMatch(/^2:8 .*has no closing "/);
  });
});
