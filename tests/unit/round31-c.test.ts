/**
 * Round 31, helper c: DATELINE_CONTENT_DIR set but empty is unset, and a file there is one line naming the variable,
 * the same in the check and the build (31b F9); the build's closing hint carries the variable (31b F7); a read-only
 * content folder is said as such by new and release (31b F10); every gone address is named, past the per-file cap
 * (31b F8); the previous build's pages are kept per content folder and output folder (31b F8); an address written
 * out as a link keeps its text as written (31a F8).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand, contentDirFor, contentDirSetting } from '#/check/content-dir.ts';
import { contentDirVariableProblem } from '#/check/content-folder-arg.ts';
import { diagnosticLines, MAX_LINES_PER_FILE, type Diagnostic } from '#/check/diagnostics.ts';
import { goneArticlePages } from '#/build/gone-pages.ts';
import { goneAliasPages } from '#/build/gone-aliases.ts';
import { previousBuildFiles, readPageList, savePageList } from '#/build/previous-build.ts';
import { fileSystemCause } from '#/check/write-cause.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dateline-r31c-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const newsroom = (name: string) => {
  const content = join(tmp, name);
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
  return content;
};
const run = (script: string, args: string[], env: Record<string, string>, preload?: string) => {
  const done = spawnSync(process.execPath, [...(preload ? ['--import', preload] : []), script, ...args], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  return { status: done.status, out: `${done.stdout}${done.stderr}`.trim(), stderr: done.stderr.trim() };
};
const astroBuild = (env: Record<string, string>) => run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', join(tmp, 'dist')], env);

describe('31b F9: DATELINE_CONTENT_DIR empty is unset; a file there is one line naming it', () => {
  it('empty or spaces reads content/, as DATELINE_NOW= is unset', () => {
    for (const value of ['', '  ', '\t']) {
      expect(contentDirSetting({ DATELINE_CONTENT_DIR: value })).toBeUndefined();
      expect(contentDirFor('/project', { DATELINE_CONTENT_DIR: value })).toBe(resolve('/project/content'));
    }
    expect(contentDirFor('/project', { DATELINE_CONTENT_DIR: ' news/content ' })).toBe(resolve('/project/news/content'));
    expect(contentDirVariableProblem(ROOT, { DATELINE_CONTENT_DIR: '' })).toBeUndefined();
  });

  it('check:content with DATELINE_CONTENT_DIR= checks content/ (no line about src/ or package.json)', () => {
    const checked = run('scripts/check-content.ts', [], { DATELINE_CONTENT_DIR: '' });
    expect(checked.out).not.toMatch(/package\.json|node_modules|src:1:1|not a content folder/);
    expect(checked.out).toMatch(/content is valid|in content:/);
  });

  it('the project folder or a file: one line naming the variable, in check, new, release and related alike', () => {
    const file = join(tmp, 'hostname');
    writeFileSync(file, 'box\n');
    const fileLine = `DATELINE_CONTENT_DIR=${file} names ${file}, a file, not a content folder; set it to the folder that holds articles/, or unset it to read content/`;
    expect(contentDirVariableProblem(ROOT, { DATELINE_CONTENT_DIR: file })).toBe(fileLine);
    expect(contentDirVariableProblem(ROOT, { DATELINE_CONTENT_DIR: '.' })).toMatch(/^DATELINE_CONTENT_DIR=\. names .*, which holds no articles\/, authors\/, sections\/, tags\/ or front\.md, so it is not a content folder; set it to the folder that holds articles\/ \(a relative folder is read from the project's folder, .*\), or unset it to read content\/$/);
    expect(contentDirVariableProblem(ROOT, { DATELINE_CONTENT_DIR: 'content/articles' })).toMatch(/^DATELINE_CONTENT_DIR=content\/articles names .*, the articles\/ folder of the content folder content, not a content folder: the whole content folder is read; unset it to read content\/$/);
    expect(run('scripts/check-content.ts', [], { DATELINE_CONTENT_DIR: file })).toMatchObject({ status: 2, out: `check:content: ${fileLine}` });
    expect(run('scripts/new.ts', ['A story'], { DATELINE_CONTENT_DIR: file })).toMatchObject({ status: 2, out: `new: ${fileLine} (nothing was written)` });
    expect(run('scripts/release.ts', ['a-story'], { DATELINE_CONTENT_DIR: file })).toMatchObject({ status: 2, out: `release: ${fileLine} (nothing was changed)` });
    expect(run('scripts/related.ts', ['a-story'], { DATELINE_CONTENT_DIR: file })).toMatchObject({ status: 1, out: `related: ${fileLine}` });
  });

  it('the build stops with the same line (before anything renders)', () => {
    const file = join(tmp, 'hostname');
    writeFileSync(file, 'box\n');
    const built = astroBuild({ DATELINE_CONTENT_DIR: file });
    expect(built.status).toBe(2);
    expect(built.stderr).toContain(`✗ build stopped: DATELINE_CONTENT_DIR=${file} names ${file}, a file, not a content folder;`);
    expect(built.out).not.toMatch(/there are no articles|^ {4}at /m);
  }, 120_000);
});

describe('31b F7: the build\'s closing hint checks the folder the build read', () => {
  it('carries DATELINE_CONTENT_DIR, quoted for the shell when it must be', () => {
    expect(checkCommand({})).toBe('npm run check:content');
    expect(checkCommand({ DATELINE_CONTENT_DIR: ' ' })).toBe('npm run check:content');
    expect(checkCommand({ DATELINE_CONTENT_DIR: '/tmp/news/content' })).toBe('DATELINE_CONTENT_DIR=/tmp/news/content npm run check:content');
    expect(checkCommand({ DATELINE_CONTENT_DIR: "/tmp/O'Neil news" })).toBe("DATELINE_CONTENT_DIR='/tmp/O'\\''Neil news' npm run check:content");
  });

  it('in the build that stops on content errors', () => {
    const content = newsroom('bad');
    const story = join(content, 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace(/^published: .*$/m, 'published: "2026-02-30T10:00:00+04:30"'));
    const built = astroBuild({ DATELINE_CONTENT_DIR: content });
    expect(built.status).toBe(1);
    expect(built.stderr).toContain(`content error (run DATELINE_CONTENT_DIR=${content} npm run check:content to see them again)`);
  }, 120_000);
});

describe('31b F10: a content folder that cannot be written', () => {
  // The file system refuses writes under the content folder, as a read-only mount does (EROFS).
  const preload = join(tmp, 'read-only.mjs');
  writeFileSync(
    preload,
    `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const under = process.env.DATELINE_CONTENT_DIR;
const refuse = (name) => { const real = fs[name]; fs[name] = (path, ...rest) => { if (String(path).startsWith(under)) { const e = new Error(\`EROFS: read-only file system, \${name} '\${path}'\`); e.code = 'EROFS'; throw e; } return real(path, ...rest); }; };
for (const name of process.env.REFUSE.split(',')) refuse(name);
syncBuiltinESMExports();
`,
  );

  it('npm run new says the folder cannot be written, not that the file exists (one line, exit 2)', () => {
    const args = ['Read only test story', '--author', 'nadia-rahyab', '--section', 'economy'];
    // The month's folder cannot be made, or it is there and the file cannot be written.
    const folder = run('scripts/new.ts', args, { DATELINE_CONTENT_DIR: newsroom('ro-new'), REFUSE: 'mkdirSync,writeFileSync' }, preload);
    expect(folder).toMatchObject({ status: 2 });
    expect(folder.out).toMatch(/^new: \S+\/articles\/\d{4}\/\d{2} cannot be made: the content folder is not writable \(read-only file system, EROFS\); run new where it is, or ask for write access \(nothing was written\)$/);
    const file = run('scripts/new.ts', args, { DATELINE_CONTENT_DIR: newsroom('ro-new-file'), REFUSE: 'writeFileSync' }, preload);
    expect(file).toMatchObject({ status: 2 });
    expect(file.out).toMatch(/^new: \S+\/read-only-test-story\.md cannot be written: the content folder is not writable \(read-only file system, EROFS\); run new where it is, or ask for write access \(nothing was written\)$/);
    expect(`${folder.out}${file.out}`).not.toMatch(/already exists/);
  });

  it('npm run release names the file and the cause, no stack trace (exit 2)', () => {
    const content = newsroom('ro-release');
    const file = join(content, 'articles/2026/11/bakers-cut-loaf-size.md');
    cpSync(join(content, 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md'), file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    const released = run('scripts/release.ts', ['bakers-cut-loaf-size'], { DATELINE_CONTENT_DIR: content, REFUSE: 'writeFileSync' }, preload);
    expect(released.status).toBe(2);
    expect(released.out).toMatch(/^release: \S+bakers-cut-loaf-size\.md cannot be written \(read-only file system, EROFS\); run release where the content folder is writable, or remove draft: true by hand .*\(nothing was changed\)$/);
    expect(released.out).not.toMatch(/node:fs|^ {4}at /m);
  });

  it('the causes in words', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(fileSystemCause(err('EACCES'))).toBe('permission denied, EACCES');
    expect(fileSystemCause(err('ENOSPC'))).toBe('disk full, ENOSPC');
    expect(fileSystemCause(err('EIO'))).toBe('EIO: x');
  });
});

describe('31b F8: every gone address is named, past the per-file cap', () => {
  it('3,000 gone addresses: each named, no "…and N more problems" line', () => {
    const previous = Array.from({ length: 3000 }, (_, i) => `/articles/wire-story-${String(i).padStart(5, '0')}/`);
    const lines = diagnosticLines(goneArticlePages(previous, new Set(), 'content/articles'));
    const text = lines.join('\n');
    for (const page of previous) expect(text).toContain(page);
    expect(text).toContain('(2811–3000 of 3000)');
    expect(text).not.toMatch(/more problems|fix the ones above first/);
  });

  it('gone aliases are not cut either', () => {
    const previous = new Map(Array.from({ length: 60 }, (_, i) => [`/old/${i}/`, 'content/articles/2020/01/gone.md'] as const));
    const lines = diagnosticLines(goneAliasPages(previous, [], 'content/articles'));
    expect(lines).toHaveLength(60);
  });

  it('warnings past the cap are called warnings, errors still problems', () => {
    const at = (severity: Diagnostic['severity'], i: number): Diagnostic => ({ file: 'a.md', line: i + 1, column: 1, field: 'body', message: `m${i}`, severity });
    const warned = diagnosticLines(Array.from({ length: 25 }, (_, i) => at('warning', i)));
    expect(warned[MAX_LINES_PER_FILE]).toBe('a.md  file  …and 5 more warnings in this file');
    const mixed = diagnosticLines([...Array.from({ length: 22 }, (_, i) => at('warning', i)), at('error', 30), at('error', 31)]);
    expect(mixed[MAX_LINES_PER_FILE]).toBe('a.md  file  …and 4 more lines in this file (2 errors, 2 warnings; fix the ones above first)');
  });
});

describe('31b F8: the previous build is remembered per content folder and output folder', () => {
  it('other content folders and other output folders have files of their own', () => {
    const cache = join(tmp, 'cache');
    const own = previousBuildFiles(cache, '/p/content', '/p/dist');
    expect(previousBuildFiles(cache, '/p/content', '/p/dist')).toEqual(own);
    const other = previousBuildFiles(cache, '/tmp/news/content', '/p/dist');
    const elsewhere = previousBuildFiles(cache, '/p/content', '/tmp/out');
    for (const key of ['pages', 'former', 'aliases'] as const) {
      expect(new Set([own[key], other[key], elsewhere[key]]).size).toBe(3);
    }
    savePageList(other.pages, new Set(['/articles/wire-story-00000/', '/', '/tags/x/']));
    expect(readPageList(other.pages)).toEqual(['/articles/wire-story-00000/']);
    // The project's own build has no previous build yet: nothing of the other site is "gone".
    expect(goneArticlePages(readPageList(own.pages), new Set(['/articles/a/']), 'content/articles')).toEqual([]);
  });
});

describe('31a F8: an address written out as a link keeps its text as written', () => {
  for (const mode of ['fast', 'reference'] as const) {
    it(mode, () => {
      const render = createMarkdownRenderer(mode);
      const html = render('See https://example.org/a--b---c...d/"q" and -- "more".').html;
      expect(html).toContain('class="url-text">https://example.org/a--b---c...d/"q</a>" and – “more”.');
      // A quote around an address still pairs as quotation marks.
      expect(render('He wrote "see https://x.org/a--b" and left.').html).toContain('“see <a href="https://x.org/a--b" class="url-text">https://x.org/a--b</a>” and left.');
      expect(render('Write <mailto:a--b...c@example.org> -- now.').html).toContain('>mailto:a--b...c@example.org</a> – now.');
    });
  }
});
