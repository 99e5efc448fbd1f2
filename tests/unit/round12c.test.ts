/**
 * Round 12 (blind, issue 10), findings 5-7: the repeated dateline is read from the first paragraph as the reader
 * sees it; a folder where content/front.md (or any expected file) should be is one line, the right one; `npm run
 * new --tags` names both spellings of one topic, in the check's own words.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { bodyOpening, repeatedDateline } from '#/check/rules/dateline-prefix.ts';
import { scaffoldOptionProblem } from '#/check/scaffold-options.ts';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const newsroom = newsroomCopies('r12c');
const check = (content: string) => checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics;

describe('the repeated dateline, read as the page shows the first paragraph (finding 5)', () => {
  const repeated = (body: string) => repeatedDateline(bodyOpening(body).text, 'KABUL', 'en-GB');

  it.each([
    ['a soft line break before the dash', 'KABUL\n— Officials met on Monday.', 'KABUL —'],
    ['a hard line break (backslash) before the dash', 'KABUL\\\n— Officials met on Monday.', 'KABUL —'],
    ['a line break inside a quote', '> KABUL\n> — Officials met on Monday.', 'KABUL —'],
    ['a decimal character reference', 'K&#65;BUL — Officials met on Monday.', 'KABUL —'],
    ['fullwidth letters', 'ＫＡＢＵＬ — Officials met on Monday.', 'ＫＡＢＵＬ —'],
    ['a link', '[KABUL](/sections/economy/) — Officials met on Monday.', 'KABUL —'],
    ['a reference link', '[KABUL][k] — Officials met on Monday.\n\n[k]: /sections/economy/', 'KABUL —'],
    ['strikethrough', '~~KABUL — Officials met on Monday.', 'KABUL —'],
    ['a footnote call', 'KABUL[^1] — Officials met on Monday.\n\n[^1]: A note.', 'KABUL —'],
    ['two places', 'KABUL/ISLAMABAD — Officials met on Monday.', 'KABUL/ISLAMABAD —'],
    ['two places with spaces', 'KABUL / Mazar-i-Sharif — Officials met on Monday.', 'KABUL / Mazar-i-Sharif —'],
    ['a box-drawing line', 'KABUL ─ Officials met.', 'KABUL ─'],
    ['a heavy box-drawing line', 'KABUL ━ Officials met.', 'KABUL ━'],
    ['a katakana prolonged sound mark', 'KABUL ー Officials met.', 'KABUL ー'],
    ['a superscript minus', 'KABUL ⁻ Officials met.', 'KABUL ⁻'],
    ['a subscript minus', 'KABUL ₋ Officials met.', 'KABUL ₋'],
  ])('%s', (_, body, expected) => {
    expect(repeated(body)).toBe(expected);
  });

  it.each([
    ['a setext heading', 'KABUL\n---\n\nOfficials met.'],
    ['a list after the line', 'KABUL\n- Officials met.'],
    ['another paragraph', 'KABUL\n\n— Officials met.'],
    ['prose about the place over two lines', 'Kabul residents\nqueued — for hours.'],
    ['a place then a slash and prose', 'KABUL/ISLAMABAD talks resumed.'],
    ['a hyphenated word with a minus sign', 'Kabul⁻based traders queued.'],
  ])('%s: not a repeat', (_, body) => {
    expect(repeated(body)).toBeUndefined();
  });

  it('the check reports the wrapped opening at the line the place is on', () => {
    const envoy = 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md';
    const content = newsroom((c) => {
      const file = join(c, envoy);
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---\n', 4) + 5;
      writeFileSync(file, `${text.slice(0, end)}\nKABUL\n— Officials met on Monday.\n`);
    });
    const lines = check(content).filter((d) => d.field === 'body' && d.message.includes('dateline again'));
    expect(lines.map((d) => `${d.file.split('/').at(-1)}:${d.line}  ${d.message.slice(0, 60)}`)).toEqual([
      expect.stringMatching(/^envoy-lands-in-kabul-ahead-of-doha-round\.md:\d+ {2}the body starts with the dateline again \("KABUL —"\)/),
    ]);
  });
});

describe('a folder where a content file belongs (finding 6)', () => {
  it.each([
    ['front.md', 'front.md', 'front.md is a folder; the front page is a file: replace the folder with a file'],
    ['authors/nadia-rahyab.md', 'authors/nadia-rahyab.md', 'nadia-rahyab.md is a folder; an author is a file: replace the folder with a file'],
    ['sections/economy.md', 'sections/economy.md', 'economy.md is a folder; a section is a file: replace the folder with a file'],
    ['tags/rail.md', 'tags/rail.md', 'rail.md is a folder; a topic is a file: replace the folder with a file'],
    ['articles/2026/11/new-story.md', 'articles/2026/11/new-story.md', 'new-story.md is a folder; an article is a file: replace the folder with a file'],
  ])('%s is one line', (folder, file, message) => {
    const content = newsroom((c) => {
      rmSync(join(c, folder), { recursive: true, force: true });
      mkdirSync(join(c, folder, 'inner'), { recursive: true });
    });
    const lines = check(content).filter((d) => d.file.includes(folder.split('/').at(-1)!));
    expect(lines.map((d) => `${d.file.replace(/^.*?content\//, '')}  ${d.message}`)).toEqual([`${file}  ${message}`]);
  });
});

describe('npm run new --tags with two spellings of one topic (finding 7)', () => {
  it('names both, in the check\'s own line for one article\'s tags', () => {
    expect(scaffoldOptionProblem([], ['C++', 'C#'])).toBe('--tags: tag "C#" repeats "C++" (both are the topic /tags/c/); remove the repeat');
    expect(scaffoldOptionProblem([], ['rail', 'Rail'])).toBe('--tags: tag "Rail" repeats "rail" (both are the topic /tags/rail/); remove the repeat');
  });

  it('is the line the check prints for an article with the same tags', () => {
    const envoy = 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md';
    const content = newsroom((c) => replaceIn(join(c, envoy), 'tags: [Doha talks, envoys]', 'tags: [C++, C#]'));
    const line = check(content).find((d) => d.field === 'tags[1]');
    expect(`--tags: ${line?.message}`).toBe(scaffoldOptionProblem([], ['C++', 'C#']));
  });
});
