/**
 * Proves a change of code changes nothing readers get: builds two git revisions of this repository (each in a
 * worktree of its own, sharing node_modules but not its caches) with the same pinned clock and content, and
 * reports every file of `dist/` that differs, exists in one build only, or — with none — says the builds are
 * byte-identical. Or compares two dist folders built already.
 *
 *   npm run same-output -- --base 9d6cfcc [--head HEAD] [--corpus 1000] [--out bench-results/same-output.md]
 *   npm run same-output -- --dirs distA distB
 *
 * `--head` defaults to the working tree as it is (uncommitted changes included). `--corpus N` builds a generated
 * newsroom of N articles (../shared/bench/gen-corpus.mjs, deterministic) instead of the sample in content/.
 * `--normalise REGEX` (repeatable) blanks an intended difference before comparing (files that differ only
 * there are counted apart). `--keep` keeps both builds (to diff them). Exit code 1 when anything else differs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const NOW = '2026-11-28T00:00:00Z';
const root = process.cwd();

export interface TreeDifference {
  onlyInA: string[];
  onlyInB: string[];
  different: string[];
  /** Files that differ only where a `--normalise` pattern matched (intended, listed differences). */
  normalised: string[];
  files: number;
}

function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

/**
 * Every file that differs between two folders, by relative path. Files whose text is equal once every match of
 * `normalise` is blanked are counted apart (`normalised`): the differences a change means to make.
 */
export function compareTrees(a: string, b: string, normalise: readonly RegExp[] = []): TreeDifference {
  const [da, db] = [digests(a), digests(b)];
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  const blank = (file: string) => normalise.reduce((text, re) => text.replace(re, '…'), readFileSync(file, 'utf8'));
  const changed = [...da].filter(([k, h]) => db.has(k) && db.get(k) !== h).map(([k]) => k);
  const onlyNormalised = new Set(normalise.length ? changed.filter((k) => blank(join(a, k)) === blank(join(b, k))) : []);
  return {
    onlyInA: sorted([...da.keys()].filter((k) => !db.has(k))),
    onlyInB: sorted([...db.keys()].filter((k) => !da.has(k))),
    different: sorted(changed.filter((k) => !onlyNormalised.has(k))),
    normalised: sorted(onlyNormalised),
    files: new Set([...da.keys(), ...db.keys()]).size,
  };
}

/** A worktree of `rev` whose node_modules links to this checkout's packages, with caches of its own. */
function worktree(rev: string, into: string): string {
  execFileSync('git', ['worktree', 'add', '--detach', '--force', into, rev], { cwd: root, stdio: 'ignore' });
  mkdirSync(join(into, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.cache' || name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(into, 'node_modules', name));
  }
  return into;
}

function build(dir: string, contentDir: string | undefined, outDir: string): void {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_NOW: NOW, ...(contentDir ? { DATELINE_CONTENT_DIR: contentDir } : {}) },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${(run.stderr || run.stdout).slice(-4000)}`);
}

function report(label: string, diff: TreeDifference): string {
  const lines = [`${label}: ${diff.files} files, ${diff.different.length} differ, ${diff.onlyInA.length} only in A, ${diff.onlyInB.length} only in B, ${diff.normalised.length} differ only in the normalised (intended) parts`];
  const list = (title: string, xs: string[]) => xs.length && lines.push(`  ${title}:`, ...xs.slice(0, 50).map((x) => `    ${x}`), ...(xs.length > 50 ? [`    … ${xs.length - 50} more`] : []));
  list('differ', diff.different);
  list('only in A', diff.onlyInA);
  list('only in B', diff.onlyInB);
  list('differ only in the normalised parts', diff.normalised);
  return lines.join('\n');
}

const same = (d: TreeDifference) => d.different.length + d.onlyInA.length + d.onlyInB.length === 0;

function main(): void {
  const { values, positionals } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      corpus: { type: 'string' },
      dirs: { type: 'boolean' },
      out: { type: 'string' },
      keep: { type: 'boolean' },
      normalise: { type: 'string', multiple: true },
    },
    allowPositionals: true,
    strict: true,
  });
  const patterns = (values.normalise ?? []).map((p) => new RegExp(p, 'g'));
  if (values.dirs) {
    const [a, b] = positionals;
    if (!a || !b) throw new Error('usage: npm run same-output -- --dirs <distA> <distB>');
    const diff = compareTrees(resolve(a), resolve(b), patterns);
    console.log(report(`${a} vs ${b}`, diff));
    process.exit(same(diff) ? 0 : 1);
  }
  if (!values.base) throw new Error('usage: npm run same-output -- --base <rev> [--head <rev>] [--corpus N]');
  const work = mkdtempSync(join(tmpdir(), 'dateline-same-'));
  const trees: string[] = [];
  try {
    let contentDir: string | undefined;
    if (values.corpus) {
      contentDir = join(work, 'corpus');
      execFileSync(process.execPath, [join(root, '..', 'shared', 'bench', 'gen-corpus.mjs'), values.corpus, contentDir], { stdio: 'ignore' });
    }
    const sides = [
      { label: `A (${values.base})`, dir: worktree(values.base, join(work, 'a')) },
      { label: `B (${values.head ?? 'working tree'})`, dir: values.head ? worktree(values.head, join(work, 'b')) : root },
    ];
    trees.push(...sides.filter((s) => s.dir !== root).map((s) => s.dir));
    const outs = sides.map((side, i) => {
      const out = join(work, `dist-${i}`);
      const started = performance.now();
      build(side.dir, contentDir, out);
      console.log(`${side.label}: built in ${Math.round((performance.now() - started) / 1000)} s`);
      return out;
    });
    const diff = compareTrees(outs[0]!, outs[1]!, patterns);
    const what = values.corpus ? `${values.corpus}-article generated corpus` : 'sample newsroom (content/)';
    const normalised = patterns.length ? ` (normalised: ${patterns.map((p) => p.source).join(', ')})` : '';
    const verdict = same(diff) ? (diff.normalised.length ? 'identical apart from the normalised (intended) differences' : 'byte-identical') : 'DIFFERENT';
    const text = `${report(`${what}, DATELINE_NOW=${NOW}${normalised}: ${sides[0]!.label} vs ${sides[1]!.label}`, diff)}\n${verdict}\n`;
    console.log(text);
    if (values.out) {
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, (existsSync(values.out) ? readFileSync(values.out, 'utf8') : '') + `\n${new Date().toISOString()}\n${text}`);
    }
    process.exitCode = same(diff) ? 0 : 1;
  } finally {
    for (const dir of trees) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
    if (values.keep) console.log(`builds kept in ${work}/dist-0 and ${work}/dist-1`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) main();
