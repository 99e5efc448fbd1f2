/**
 * `npm run parts-bench`: the "N processes" proof, measured. Builds one generated corpus once as a whole site and
 * once as N build parts running at the same time (DATELINE_BUILD_PART=k/N, src/build/build-part.ts), merges the
 * parts (scripts/merge-parts.ts) and compares the merged site with the whole one, file for file, byte for byte.
 * Not a test: it measures and reports, and exits 1 only when the sites differ or a build fails.
 *
 *   npm run parts-bench -- [--articles 20000] [--parts 2] [--corpus DIR] [--note "quiet machine"]
 *
 * Every build is cold and runs from a checkout of its own (a copy of this project, node_modules linked, no caches),
 * as parts on separate CI runners would: parts at the same time must not share a checkout (Astro rewrites the
 * project's .astro/ folder while it builds). For each build it records the wall time, the CPU seconds of its whole
 * process tree (/usr/bin/time), and the peak memory of the whole tree (summed RSS of the build, its worker threads
 * and Pagefind, sampled from /proc every 200 ms); for the parts also the peak of all parts' trees together.
 * Shipped settings otherwise (cards drawn, page workers and search shards at their defaults). A tree that passes
 * BENCH_MAX_MIB (default 8192) is stopped. Writes bench-results/parts-<articles>x<N>-<date>.md and .json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeParts } from './merge-parts.ts';
import { treeSample, watchTree } from './process-tree.ts';
import { compareTrees } from './same-output.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    parts: { type: 'string', default: '2' },
    corpus: { type: 'string' },
    note: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const articles = Number(values.articles);
const count = Number(values.parts);
if (!(count >= 2) || !Number.isInteger(count)) throw new Error('--parts must be a whole number ≥ 2');
const work = resolve(process.env['BENCH_WORK'] ?? '/tmp/dateline-parts-bench');
const maxMiB = Number(process.env['BENCH_MAX_MIB'] ?? 8192);
const NOW = '2026-11-28T00:00:00Z'; // as npm run bench: every build sees the same visible set

interface Run {
  label: string;
  wall: number;
  cpu: number;
  peakMiB: number;
  buildMiB: number;
  pagefindMiB: number;
  pages: number;
  load: [number, number];
}

function corpus(): string {
  if (values.corpus) return resolve(values.corpus);
  const dir = join(work, `corpus-${articles}`);
  if (!existsSync(join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(root, '..', 'shared', 'bench', 'gen-corpus.mjs'), String(articles), dir], { stdio: 'inherit' });
    writeFileSync(join(dir, '.done'), '');
  }
  return dir;
}

/** A copy of this project with its own caches: node_modules' packages linked, nothing built or cached. */
function checkout(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (['node_modules', '.git', 'dist', '.astro', 'bench-results', 'test-results'].includes(name)) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.cache' || name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Starts one cold build under /usr/bin/time (CPU of the whole tree) in its own process group, watched. */
function startBuild(label: string, dir: string, contentDir: string, outDir: string, env: Record<string, string>) {
  const timeFile = join(work, `${label}.time`);
  const logFile = join(work, `${label}.log`);
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: dir,
    env: { ...process.env, DATELINE_CONTENT_DIR: contentDir, DATELINE_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const watch = watchTree(child.pid!, { limitMiB: maxMiB });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const done = new Promise<Run>((resolveRun, reject) => {
    child.once('close', (status) => {
      const wall = (performance.now() - started) / 1000;
      const peaks = watch.stop();
      writeFileSync(logFile, log);
      if (peaks.killed) return reject(new Error(`${label}: stopped, its process tree passed ${maxMiB} MiB (BENCH_MAX_MIB)`));
      if (status !== 0) return reject(new Error(`${label}: build failed (log: ${logFile}):\n${log.slice(-3000)}`));
      const [, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
      resolveRun({ label, wall, cpu: user! + sys!, peakMiB: peaks.totalMiB, buildMiB: peaks.rootMiB, pagefindMiB: peaks.pagefindMiB, pages, load: [loadBefore, loadavg()[0]!] });
    });
  });
  return { pid: child.pid!, done };
}

const f1 = (n: number) => n.toFixed(1);
const mib = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  // The code measured (the checkouts are copied from the working tree below).
  const commit = `${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()}${execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : ''}`;
  const contentDir = corpus();
  console.log(`corpus: ${contentDir}`);

  // Every checkout made now, so all builds run the same code even if this project changes meanwhile.
  const wholeCheckout = checkout(join(work, 'checkout-whole'));
  const partOuts = Array.from({ length: count }, (_, i) => join(work, `part-${i + 1}`));
  const checkouts = partOuts.map((_, i) => checkout(join(work, `checkout-part-${i + 1}`)));

  // One build of the whole site.
  const wholeOut = join(work, 'whole');
  rmSync(wholeOut, { recursive: true, force: true });
  const whole = await startBuild('whole', wholeCheckout, contentDir, wholeOut, {}).done;
  console.log(`whole site: ${f1(whole.wall)} s, CPU ${f1(whole.cpu)} s, peak tree ${mib(whole.peakMiB)} MiB, ${whole.pages} pages`);

  // N parts at the same time, each from its own checkout.
  for (const out of partOuts) rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const builds = partOuts.map((out, i) => startBuild(`part-${i + 1}-of-${count}`, checkouts[i]!, contentDir, out, { DATELINE_BUILD_PART: `${i + 1}/${count}` }));
  // The parts' trees together, sampled at the same moments.
  let together = 0;
  const timer = setInterval(() => {
    const total = builds.reduce((sum, b) => sum + treeSample(b.pid).reduce((s, p) => s + p.rss, 0), 0) / 1024 / 1024;
    together = Math.max(together, total);
  }, 200);
  const parts = await Promise.all(builds.map((b) => b.done)).finally(() => clearInterval(timer));
  const partsWall = (performance.now() - started) / 1000;
  for (const p of parts) console.log(`${p.label}: ${f1(p.wall)} s, CPU ${f1(p.cpu)} s, peak tree ${mib(p.peakMiB)} MiB, ${p.pages} pages`);

  const merged = join(work, 'merged');
  rmSync(merged, { recursive: true, force: true });
  const mergeStarted = performance.now();
  const merge = mergeParts(partOuts, merged);
  const mergeSeconds = (performance.now() - mergeStarted) / 1000;
  const diff = compareTrees(wholeOut, merged);
  const identical = diff.different.length + diff.onlyInA.length + diff.onlyInB.length === 0;
  const verdict = identical ? `byte-identical: ${diff.files.toLocaleString('en-US')} files` : `DIFFERENT: ${diff.different.length} differ, ${diff.onlyInA.length} only in the whole build, ${diff.onlyInB.length} only in the merged parts`;
  console.log(`merge: ${f1(mergeSeconds)} s, ${merge.files} files (${merge.shared} written identically by more than one part); merged vs whole: ${verdict}`);

  const date = new Date().toISOString();
  const name = `parts-${articles}x${count}-${date.slice(0, 10)}`;
  const row = (r: Run) => `| ${r.label} | ${f1(r.wall)} | ${f1(r.cpu)} | ${mib(r.peakMiB)} (build ${mib(r.buildMiB)}, Pagefind ${mib(r.pagefindMiB)}) | ${r.pages.toLocaleString('en-US')} | ${r.load.map(f1).join(' → ')} |`;
  const md = [
    `# ${articles.toLocaleString('en-US')} articles: one build against ${count} build parts at the same time (${date})`,
    '',
    `\`npm run parts-bench -- --articles ${articles} --parts ${count}\` on ${commit}${values.note ? `; ${values.note}` : ''}. Shipped settings, every build cold, each from a checkout of its own; CPU is user + system of the whole tree (/usr/bin/time); memory is the whole tree's summed RSS, sampled every 200 ms.`,
    '',
    '| build | wall (s) | CPU (s) | peak tree memory (MiB) | pages rendered | load average (start → end) |',
    '|---|---|---|---|---|---|',
    row(whole),
    ...parts.map(row),
    '',
    `Parts at the same time: ${f1(partsWall)} s wall until the last finished, ${f1(parts.reduce((s, p) => s + p.cpu, 0))} s CPU in all, ${mib(together)} MiB peak of all parts' trees together. Merge (\`npm run merge-parts\`): ${f1(mergeSeconds)} s, ${merge.files.toLocaleString('en-US')} files (${merge.perPart.map((n) => n.toLocaleString('en-US')).join(' + ')} from the parts, ${merge.shared.toLocaleString('en-US')} written identically by more than one).`,
    '',
    `Merged parts against the whole build: **${verdict}**.`,
    ...(identical ? [] : ['', ...[...diff.different.slice(0, 20).map((p) => `- differs: ${p}`), ...diff.onlyInA.slice(0, 20).map((p) => `- only in the whole build: ${p}`), ...diff.onlyInB.slice(0, 20).map((p) => `- only in the merged parts: ${p}`)]]),
    '',
  ].join('\n');
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `${name}.md`), md);
  writeFileSync(join(root, 'bench-results', `${name}.json`), `${JSON.stringify({ date, commit, articles, parts: count, note: values.note, whole, partRuns: parts, partsWall, partsPeakTogetherMiB: together, merge: { seconds: mergeSeconds, ...merge }, identical, diff: { files: diff.files, different: diff.different.length, onlyInWhole: diff.onlyInA.length, onlyInMerged: diff.onlyInB.length } }, null, 2)}\n`);
  console.log(`written: bench-results/${name}.md`);
  if (!values.keep) for (const dir of ['checkout-whole', ...partOuts.map((_, i) => `checkout-part-${i + 1}`), 'whole', 'merged', ...partOuts.map((_, i) => `part-${i + 1}`)]) rmSync(join(work, dir), { recursive: true, force: true });
  process.exitCode = identical ? 0 : 1;
}

await main();
