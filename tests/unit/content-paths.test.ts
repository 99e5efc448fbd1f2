/**
 * Round-7 finding 9: folders nested past the file system's path limit (20 folders of 247-byte names, 4,978 bytes
 * in all, made step by step as a CMS or an unzip tool can) crashed the check, the build and `npm run new` with
 * ENAMETOOLONG. A path too long or too deep inside content/ is now one line naming it, and the rest is checked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { contentPathProblem, MAX_CONTENT_PATH_BYTES, MAX_FOLDER_DEPTH } from '#/check/rules/content-paths.ts';
import { ROOT } from '../helpers/build-overlay.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-paths-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';

/** The base newsroom plus one valid article under `folders` (created one step at a time by a shell). */
function newsroomWith(name: string, folders: string[]): string {
  const content = join(work, name, 'content');
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
  const article = readFileSync(join(content, WHEAT), 'utf8');
  // Each step is relative to the last, so no single call sees the whole path (as `unzip` and CMSs do it); in a
  // child process, since a test worker cannot change its directory.
  const script = `const fs = require('node:fs'); const [dir, ...folders] = process.argv.slice(1); process.chdir(dir);
    for (const d of folders) { fs.mkdirSync(d); process.chdir(d); } fs.writeFileSync('deep-story.md', fs.readFileSync(0));`;
  const made = spawnSync(process.execPath, ['-e', script, join(content, 'articles'), ...folders], { input: article.replace(/^title: .*$/m, 'title: A story filed deep down') });
  expect(made.status, made.stderr.toString()).toBe(0);
  return content;
}

const check = (content: string) =>
  checkContent({ root: join(content, '..'), contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });

describe('paths too long or too deep inside content/', () => {
  it('the limits: bytes of the path and folders inside one another', () => {
    const dir = '/c/content/articles';
    expect(contentPathProblem(dir, `${dir}/2026/11/a-story.md`, false)).toBeUndefined();
    expect(contentPathProblem(dir, `${dir}/${'x'.repeat(MAX_CONTENT_PATH_BYTES + 1)}`, true)).toMatch(/1,025 bytes long inside content\/articles\/ \(the limit is 1,024/);
    // Counted in bytes: 400 Arabic letters are 800 bytes.
    expect(contentPathProblem(dir, `${dir}/${'ک'.repeat(400)}/${'ک'.repeat(200)}`, true)).toMatch(/1,201 bytes/);
    expect(contentPathProblem(dir, `${dir}/${Array(MAX_FOLDER_DEPTH).fill('a').join('/')}/x.md`, false)).toBeUndefined();
    expect(contentPathProblem(dir, `${dir}/${Array(MAX_FOLDER_DEPTH + 1).fill('a').join('/')}`, true)).toMatch(/is 33 folders deep inside content\/articles\/ \(the limit is 32\)/);
  });

  it('a path over the file system limit is one line naming the folder, and the other files are still checked', () => {
    const content = newsroomWith('long', Array.from({ length: 20 }, (_, i) => `deep${String(i).padStart(2, '0')}-${'x'.repeat(240)}`));
    const result = check(content);
    const lines = result.diagnostics.map((d) => `${d.file}  ${d.field}  ${d.message}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/articles\/deep00-x+\/deep01-x+\/deep02-x+\/deep03-x+\/deep04-x+  file  the folder's path is 1,239 bytes long inside content\/articles\/ \(the limit is 1,024; file systems refuse longer paths\), so nothing in it is read; move its files into shorter folders/);
    expect(result.articles.map((a) => a.id).sort()).toEqual(['envoy-lands-in-kabul-ahead-of-doha-round', 'transit-talks-open-in-doha-with-trade-on-the-agenda', 'wheat-prices-ease-as-northern-harvest-reaches-markets']);
  });

  it('folders nested deeper than the limit are one line, whatever the length of their names', () => {
    const content = newsroomWith('deep', Array(40).fill('a'));
    const lines = check(content).diagnostics.map((d) => `${d.file}  ${d.message}`);
    expect(lines).toEqual([`content/articles/${Array(33).fill('a').join('/')}  the folder is 33 folders deep inside content/articles/ (the limit is 32), so nothing in it is read; move its files up, e.g. into content/articles/2026/11/`]);
  });

  it('npm run new names the folder it cannot list, writes nothing, and prints no stack', () => {
    const content = newsroomWith('new', Array.from({ length: 20 }, (_, i) => `deep${String(i).padStart(2, '0')}-${'x'.repeat(240)}`));
    const run = spawnSync(process.execPath, ['scripts/new.ts', 'Deep tree test', '--author', 'nadia-rahyab', '--section', 'economy'], {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    const output = `${run.stdout}${run.stderr}`;
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/deep04-x+  the folder's path is 1,239 bytes long .* \(nothing was written\)/);
    expect(output).not.toMatch(/ENAMETOOLONG|\n\s+at /);
  });
});
