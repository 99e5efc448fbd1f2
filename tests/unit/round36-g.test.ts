/**
 * Round 36, helper g: release refuses a draft that still holds the template's placeholders; a plain-string
 * `corrections` gets its own example; an unknown key where a required one is missing is one line naming it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_BODY, PLACEHOLDER_DESCRIPTION, TEMPLATE_PLACEHOLDERS } from '#/check/scaffold.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const newsroom = newsroomCopies('r36g');
const release = (content: string, slug: string) => {
  const run = spawnSync(process.execPath, ['scripts/release.ts', slug], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
};
const draft = (description: string, body: string) =>
  `---\ntitle: Kabul bakers cut loaf size\ndescription: ${JSON.stringify(description)}\npublished: "2026-11-02T20:23:55+04:30"\nauthors: [nadia-rahyab]\nsection: economy\ndraft: true\n---\n\n${body}\n`;

describe('#1 release refuses a draft that still holds the placeholder description or body', () => {
  it.each([
    ['description', PLACEHOLDER_DESCRIPTION, 'Bakers in Kabul cut the size of the loaf on Thursday.'],
    ['description', TEMPLATE_PLACEHOLDERS.description, 'Bakers in Kabul cut the size of the loaf on Thursday.'],
    ['body', 'Bakers say flour prices leave no other choice.', PLACEHOLDER_BODY],
    ['body', 'Bakers say flour prices leave no other choice.', `${TEMPLATE_PLACEHOLDERS.body} Lead with the news.`],
  ])('the %s "%s" / "%s": one line, exit 2, nothing written', (field, description, body) => {
    const content = newsroom(() => {});
    const file = join(content, 'articles/2026/11/bakers-cut-loaf-size.md');
    const text = draft(description, body);
    writeFileSync(file, text);
    const run = release(content, 'bakers-cut-loaf-size');
    expect(run.status, run.out).toBe(2);
    const placeholder = field === 'description' ? description : body.includes(PLACEHOLDER_BODY) ? PLACEHOLDER_BODY : TEMPLATE_PLACEHOLDERS.body;
    expect(run.out).toBe(`release: ${relative(ROOT, file)}: the ${field} is still the template's placeholder "${placeholder}"; write the story first (nothing was changed)`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a written draft is still released', () => {
    const content = newsroom(() => {});
    const file = join(content, 'articles/2026/11/bakers-cut-loaf-size.md');
    writeFileSync(file, draft('Bakers say flour prices leave no other choice.', 'Bakers in Kabul cut the size of the loaf on Thursday.'));
    const run = release(content, 'bakers-cut-loaf-size');
    expect(run.status, run.out).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toMatch(/^draft/m);
  });
});

describe('#2, #3 corrections: a plain string, and an unknown key where a required one is missing', () => {
  const story = (fields: Record<string, string>) => `${testFrontmatter(fields)}Bakers in Kabul cut the size of the loaf on Thursday.\n`;

  it('#2 a plain string (or one entry without the list) is shown the entry to write, not "[a, b]"', () => {
    const fix = 'write each on its own line under "corrections:", e.g. - { date: 2026-12-01T10:00:00+04:30, text: "Fixed a figure" }';
    expect(checkArticles({ 'a.md': story({ corrections: 'Fixed a figure in the third paragraph.' }), 'b.md': story({ corrections: '{ date: "2026-11-21T10:00:00+04:30", text: Fixed a figure }' }) })).toEqual([
      `a.md:7:14 corrections  must be a list of { date, text } entries, not the text "Fixed a figure in the third paragraph."; ${fix}`,
      `b.md:7:14 corrections  must be a list of { date, text } entries, not a set of fields; ${fix}`,
    ]);
    // Other lists keep their example.
    expect(checkArticles({ 'c.md': story({ tags: 'envoys' }) })).toEqual(['c.md:7:7 tags  must be a list (e.g. [a, b] or one "- item" per line), not the text "envoys"']);
  });

  it('#3 an unknown key where exactly one required key is missing is one line naming that key', () => {
    expect(checkArticles({ 'a.md': story({ corrections: '[{ date: "2026-11-21T10:00:00+04:30", note: Fixed a figure }]' }) })).toEqual([
      'a.md:7:58 corrections[0].note  unknown field "note" where the required "text" is missing; did you mean "text"?',
    ]);
    expect(checkArticles({ 'b.md': story({ image: '{ source: ./x.png, alt: Wagons at the Hairatan yard }' }) })).toEqual([
      'b.md:7:18 image.source  unknown field "source" where the required "src" is missing; did you mean "src"?',
    ]);
    // Two required keys missing, or none: each line as before.
    expect(checkArticles({ 'c.md': story({ corrections: '[{ note: Fixed a figure }]' }) })).toEqual([
      'c.md:7:15 corrections[0].date  is required; add a "date:" line',
      'c.md:7:15 corrections[0].text  is required; add a "text:" line',
      'c.md:7:23 corrections[0].note  unknown field "note"; remove it or check the spelling in the README\'s content reference',
    ]);
    expect(checkArticles({ 'd.md': story({ corrections: '[{ date: "2026-11-21T10:00:00+04:30", text: Fixed a figure, note: x }]' }) })).toEqual([
      'd.md:7:80 corrections[0].note  unknown field "note"; remove it or check the spelling in the README\'s content reference',
    ]);
  });
});
