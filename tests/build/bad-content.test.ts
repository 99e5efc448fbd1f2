/**
 * "Bad content never ships." Each folder in tests/fixtures/bad-content/ is the valid newsroom in
 * tests/fixtures/base-content/ with an overlay that breaks one rule (or, in many-errors, several). Both entry points,
 * `check:content` and `astro build`, must refuse it, print the expected one-line messages (file, line, field) and no
 * stack trace; the build must print exactly the lines the check prints.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '#/check/content-check.ts';
import { BAD_IMAGES, type BadImageKind } from '../helpers/bad-images.ts';
import { HEAVY_IMAGES, type HeavyImageKind } from '../helpers/heavy-images.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = join(ROOT, 'tests/fixtures/base-content/content');
const CASES = join(ROOT, 'tests/fixtures/bad-content');

interface Expectation {
  /** Path as printed, e.g. `content/articles/2026/10/foo.md`. */
  file: string;
  line?: number;
  field: string;
  /** Substring of the message. */
  message: string;
}

interface Case {
  name: string;
  description: string;
  /** Paths of the base (relative to its parent, `content/...`) to delete; folders are removed whole. */
  remove?: string[];
  /**
   * Files better generated than committed (paths relative to the temp folder that holds `content/`): odd bytes,
   * a script that would leave a marker if anything ran it, a named pipe, names with control characters, a huge list.
   */
  generate?: Generated | Generated[];
  /** Symbolic links to create: `path` (relative to the temp folder) pointing at `target` (written as is). */
  symlinks?: { path: string; target: string }[];
  /** Warnings only: refused under `check:content --strict` and `DATELINE_STRICT=1` builds (what CI runs). */
  strict?: boolean;
  expect: Expectation[];
}

interface Generated {
  file: string;
  kind: 'invalid-utf8' | 'oversize' | 'js-payload' | 'png' | 'png-2500mb' | 'fifo' | 'article' | 'many-related' | BadImageKind | HeavyImageKind;
}

/** Left in the temp folder by a `js-payload` if anything ever runs it as code. */
const MARKER = 'PAYLOAD-RAN';

const cases: Case[] = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({ name: e.name, ...(JSON.parse(readFileSync(join(CASES, e.name, 'case.json'), 'utf8')) as Omit<Case, 'name'>) }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

const ARTICLE = `---
title: Café owners in Kabul's old city reopen after the winter
description: Tea houses around the bazaar are taking customers again as the snow clears from the passes.
published: "2026-11-06T10:00:00+04:30"
authors: [zarlasht-niazai]
section: economy
---

Tea houses in the old city reopened this week.
`;

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function generate(work: string, path: string, kind: Generated['kind']) {
  mkdirSync(dirname(path), { recursive: true });
  if (kind === 'js-payload') {
    // Valid JavaScript (and CommonJS) that writes the marker wherever a module loader might run it.
    const marker = JSON.stringify(join(work, MARKER));
    writeFileSync(path, `globalThis.process?.getBuiltinModule?.('node:fs').writeFileSync(${marker}, 'ran');\nexport default 'x';\n`);
  } else if (kind === 'png') {
    writeFileSync(path, PNG);
  } else if (kind === 'png-2500mb') {
    // A valid PNG padded with zeros to 2.5 GB: sparse, so it takes a few KB of disk.
    writeFileSync(path, PNG);
    truncateSync(path, 2500 * 1024 * 1024);
  } else if (kind in BAD_IMAGES) {
    writeFileSync(path, BAD_IMAGES[kind as BadImageKind]());
  } else if (kind in HEAVY_IMAGES) {
    writeFileSync(path, HEAVY_IMAGES[kind as HeavyImageKind]());
  } else if (kind === 'fifo') {
    execFileSync('mkfifo', [path]);
  } else if (kind === 'article') {
    writeFileSync(path, ARTICLE);
  } else if (kind === 'many-related') {
    // A flow list, so 75,000 entries fit under the file size limit.
    const slugs = Array.from({ length: 75_000 }, (_, i) => `s-${i}`).join(', ');
    writeFileSync(path, ARTICLE.replace('section: economy\n', `section: economy\nrelated: [${slugs}]\n`));
  } else if (kind === 'invalid-utf8') {
    // Saved as Windows-1252/Latin-1: the "é" of "Café" on line 2 is the single byte 0xE9.
    writeFileSync(path, Buffer.from(ARTICLE, 'latin1'));
  } else {
    const row = '| 2026-11-01 | Kabul | 1,234 | 5,678 | 9,012 |\n';
    writeFileSync(path, ARTICLE + row.repeat(Math.ceil((MAX_FILE_BYTES + 64 * 1024) / row.length)));
  }
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Base + overlay − removals + generated files, in a fresh temp folder; returns its `content` folder. */
function materialise(c: Case): string {
  const work = mkdtempSync(join(tmpdir(), `dateline-bad-${c.name}-`));
  temps.push(work);
  cpSync(BASE, join(work, 'content'), { recursive: true });
  for (const path of c.remove ?? []) {
    expect(existsSync(join(work, path)), `${c.name}: "remove" names ${path}, which the base does not have`).toBe(true);
    rmSync(join(work, path), { recursive: true });
  }
  const overlay = join(CASES, c.name, 'content');
  if (existsSync(overlay)) cpSync(overlay, join(work, 'content'), { recursive: true });
  for (const g of [c.generate ?? []].flat()) generate(work, join(work, g.file), g.kind);
  for (const link of c.symlinks ?? []) {
    mkdirSync(dirname(join(work, link.path)), { recursive: true });
    symlinkSync(link.target, join(work, link.path));
  }
  return join(work, 'content');
}

interface Run {
  code: number | null;
  output: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** At most `n` tasks at a time (astro builds are heavy; two in parallel is plenty). */
function limit(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
const buildSlot = limit(2);

// One temp newsroom and one check:content run per case, shared by the check and build tests.
const prepared = new Map<string, { contentDir: string; check: Promise<Run> }>();
function prepare(c: Case) {
  let p = prepared.get(c.name);
  if (!p) {
    const contentDir = materialise(c);
    p = { contentDir, check: run(['scripts/check-content.ts', ...(c.strict ? ['--strict'] : []), contentDir]) };
    prepared.set(c.name, p);
  }
  return p;
}

/** `path:line:col  field  message` (or `path  field  message` for a problem with no position). */
// (A path may hold a single space: a file name ending in one is itself a case.)
const DIAGNOSTIC = /^\S(?:[^ ]| (?! ))*?(?::\d+:\d+)?  \S+  /;
/**
 * The diagnostic lines, with the temp folder's path as printed (relative to the project: `../../tmp/dateline-bad-…/`)
 * taken off, so expectations read `content/articles/…`.
 */
const diagnostics = (output: string, c: Case) => {
  const prefix = `${relative(ROOT, dirname(prepare(c).contentDir)).split(sep).join('/')}/`;
  return output.split('\n').filter((l) => DIAGNOSTIC.test(l)).map((l) => l.replaceAll(prefix, ''));
};

function matches(line: string, e: Expectation): boolean {
  const at = e.line === undefined ? line.startsWith(`${e.file}:`) || line.startsWith(`${e.file}  `) : line.startsWith(`${e.file}:${e.line}:`);
  return at && line.includes(`  ${e.field}  `) && line.includes(e.message);
}

function expectRefused(c: Case, result: Run, what: string) {
  const lines = diagnostics(result.output, c);
  const shown = `${what} output:\n${result.output}`;
  expect(result.code, `${what} should fail.\n${shown}`).not.toBe(0);
  for (const e of c.expect) {
    const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
    expect(lines.some((l) => matches(l, e)), `expected ${where}  ${e.field}  …${e.message}…\n${shown}`).toBe(true);
  }
  expect(result.output, `${what} printed a stack trace`).not.toMatch(/^ {4}at /m);
  // Names and values come from content: no raw control character (an ANSI escape, say) reaches the terminal.
  expect(lines.filter((l) => /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(l)), `${what} printed a control character`).toEqual([]);
  // Nothing under content/ ever ran as code.
  expect(existsSync(join(dirname(prepare(c).contentDir), MARKER)), `${what} ran a content file as code`).toBe(false);
}

describe('bad-content fixtures', () => {
  it('has at least 40 cases, each with a description and expectations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) {
      expect(c.description, c.name).toBeTruthy();
      expect(c.expect.length, c.name).toBeGreaterThan(0);
    }
  });

  it('the base newsroom passes check:content', async () => {
    const result = await run(['scripts/check-content.ts', BASE]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('3 articles, 2 authors, 2 sections');
  });
});

describe.concurrent('check:content refuses bad content', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const result = await prepare(c).check;
      expect(result.code, result.output).toBe(1);
      expectRefused(c, result, 'check:content');
      // Every problem printed is one the case expects: a broken rule does not drag unrelated errors along.
      const unexpected = diagnostics(result.output, c).filter((l) => !l.includes('  warning: ') && !c.expect.some((e) => matches(l, e)));
      if (c.strict) {
        // Only warnings: the same content passes without --strict.
        const lenient = await run(['scripts/check-content.ts', prepare(c).contentDir]);
        expect(lenient.code, lenient.output).toBe(0);
      }
      expect(unexpected, 'problems the case does not expect').toEqual([]);
    });
  }
});

describe.concurrent('astro build refuses bad content', () => {
  for (const c of cases) {
    it(
      c.name,
      async () => {
        const { contentDir, check } = prepare(c);
        const result = await buildSlot(() =>
          run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dirname(contentDir), 'dist')], {
            DATELINE_CONTENT_DIR: contentDir,
            ...(c.strict ? { DATELINE_STRICT: '1' } : {}),
          }),
        );
        expectRefused(c, result, 'astro build');
        // Same rules, same words: the build prints exactly the lines check:content prints.
        expect(diagnostics(result.output, c)).toEqual(diagnostics((await check).output, c));
      },
      300_000,
    );
  }
});
