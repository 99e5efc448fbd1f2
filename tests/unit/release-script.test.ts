/** scripts/release.ts (`npm run release -- <slug>`): a draft goes live dated when it is released (round 26a #2). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { DRAFT_COMMENT } from '#/check/scaffold.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dateline-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const content = join(dir, 'content');
cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
const file = join(content, 'articles/2026/11/bakers-cut-loaf-size.md');
const draft = '---\ntitle: Kabul bakers cut loaf size\ndescription: Bakers say flour prices leave no other choice.\npublished: "2026-11-02T20:23:55+04:30"\nauthors: [nadia-rahyab]\nsection: economy\ndraft: true # remove it once the story is written\n---\n\nBakers in Kabul cut the size of the loaf on Thursday.\n';

const release = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/release.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
};

describe('npm run release', () => {
  it('removes the draft line and dates the story now, in the newsroom zone; nothing else changes', () => {
    // The draft line npm run new writes: a draft started then, dated when released (round 29 #3: others keep their date).
    const started = draft.replace('# remove it once the story is written', `# ${DRAFT_COMMENT}`);
    writeFileSync(file, started);
    const before = Date.now();
    const run = release('bakers-cut-loaf-size');
    expect(run.status, run.out).toBe(0);
    const text = readFileSync(file, 'utf8');
    const published = /^published: "(.+)"$/m.exec(text)![1]!;
    expect(published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:30$/);
    expect(Date.parse(published)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(text).toBe(started.replace(`draft: true # ${DRAFT_COMMENT}\n`, '').replace('"2026-11-02T20:23:55+04:30"', `"${published}"`));
    expect(run.out).toMatch(/^released \S*content\/articles\/2026\/11\/bakers-cut-loaf-size\.md: /);
    expect(run.out.endsWith(`: draft line removed, published "${published}" (was "2026-11-02T20:23:55+04:30", when the draft was started); then run DATELINE_CONTENT_DIR=${content} npm run check:content, commit and push`)).toBe(true);
  });

  it('--at schedules it; the check then accepts the file', () => {
    writeFileSync(file, draft);
    expect(release('bakers-cut-loaf-size.md', '--at', '2026-12-05T16:00:00+04:30').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('published: "2026-12-05T16:00:00+04:30"\nauthors');
    const lines = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-12-06T00:00:00Z'), includeDrafts: false } }).diagnostics.filter((d) => d.severity === 'error');
    expect(lines).toEqual([]);
  });

  it('a live story, an unknown slug or a bad --at is one line, exit 2, and the file is left alone', () => {
    writeFileSync(file, draft.replace(/^draft.*\n/m, ''));
    const live = release('bakers-cut-loaf-size');
    expect(live.status).toBe(2);
    expect(live.out).toMatch(/^release: .*bakers-cut-loaf-size\.md is not a draft \(its frontmatter has no draft: true\), so it goes live with the next build as it is; to date it otherwise, run npm run release -- bakers-cut-loaf-size --at now \(or --at with a time\) \(nothing was changed\)$/);
    expect(release('no-such-story').out).toBe('release: no article content/articles/**/no-such-story.md; the slug is the file name without .md');
    writeFileSync(file, draft);
    const bad = release('bakers-cut-loaf-size', '--at', '2026-02-30T10:00:00+04:30');
    expect(bad.status).toBe(2);
    expect(bad.out.split('\n')).toHaveLength(1);
    expect(bad.out).toMatch(/^release: --at /);
    expect(readFileSync(file, 'utf8')).toBe(draft);
    expect(release('bakers-cut-loaf-size', '--at', '2026-12-05T16:00:00+04:30', '--at', '2026-12-06T16:00:00+04:30').out).toBe('release: --at is given twice; give one time');
  });

  // Round 27a #1–#3: drafts written as the check reads them, not only as the template writes them.
  it.each([
    ['draft: TRUE', draft.replace('draft: true # remove it once the story is written', 'draft: TRUE')],
    ['"draft" : true, "published":', draft.replace('draft: true # remove it once the story is written', '"draft" : true').replace('published:', '"published":')],
    ['a byte-order mark and CRLF lines', `\uFEFF${draft.replace(/\n/g, '\r\n')}`],
    ['published on the next line', draft.replace('published: "2026-11-02T20:23:55+04:30"', 'published:\n  "2026-11-02T20:23:55+04:30"')],
    ['fences with trailing spaces, closed by ...', draft.replace(/^---\n/, '---   \n').replace('\n---\n\n', '\n...\n\n')],
    ['one flow map', '---\n{title: Kabul bakers cut loaf size, description: Bakers say flour prices leave no other choice., published: "2026-11-02T20:23:55+04:30", authors: [nadia-rahyab], section: economy, draft: true}\n---\n\nBakers in Kabul cut the size of the loaf on Thursday.\n'],
  ])('%s: released, dated, and valid for the check', (_, text) => {
    writeFileSync(file, text);
    const run = release('bakers-cut-loaf-size', '--at', '2026-12-05T16:00:00+04:30');
    expect(run.status, run.out).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
    const diagnostics = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-12-06T00:00:00Z'), includeDrafts: false } }).diagnostics.filter((d) => d.file.includes('bakers-cut-loaf-size'));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(after).toContain('"2026-12-05T16:00:00+04:30"');
    expect(after).not.toContain('2026-11-02');
    expect(parseFrontmatter(after.replace(/^\uFEFF/, '')).data).toMatchObject({ published: '2026-12-05T16:00:00+04:30' });
    expect(parseFrontmatter(after.replace(/^\uFEFF/, '')).data?.['draft']).not.toBe(true);
  });
});
