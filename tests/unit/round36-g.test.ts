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
