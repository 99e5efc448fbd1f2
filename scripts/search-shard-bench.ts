/**
 * `node scripts/search-shard-bench.ts [--kind unique|prose] [--articles 600] [--budget on|off]`: what indexing
 * generated articles costs Pagefind, shard by shard as the build does it (src/build/search-shard-budget.ts), in
 * a child process whose whole tree (Pagefind included) is sampled for memory and timed by /usr/bin/time.
 *
 * - unique: round 7's input: 5,000 random lower-case words of 6–10 letters in 50 paragraphs (the per-article cap).
 * - prose: ~800 words drawn from a Zipf-distributed vocabulary of 100,000 words (~500 different words an
 *   article, as long news prose has).
 * - long: ~1 MiB (the file limit) of 200 common words: few different words, many bytes.
 *
 * A measurement script, not a test: the figures are in the README ("Limits and budgets").
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { treeSample, watchTree } from './process-tree.ts';
import { prng } from './seeded-random.mjs';

const { values } = parseArgs({
  options: {
    kind: { type: 'string', default: 'unique' },
    articles: { type: 'string', default: '600' },
    budget: { type: 'string', default: 'on' },
    child: { type: 'boolean', default: false },
  },
});
const n = Number(values.articles);

function randomWord(rand: () => number): string {
  let w = '';
  const len = 6 + Math.floor(rand() * 5);
  for (let i = 0; i < len; i++) w += String.fromCharCode(97 + Math.floor(rand() * 26));
  return w;
}

/** The body text of article `i`. */
function text(kind: string, i: number, vocabulary: string[], cumulative: number[]): string {
  const rand = prng(i + 1);
  const paragraphs: string[] = [];
  if (kind === 'unique') {
    for (let p = 0; p < 50; p++) paragraphs.push(Array.from({ length: 100 }, () => randomWord(rand)).join(' '));
  } else if (kind === 'long') {
    // ~1 MiB (the file limit) of 200 common words: few different words, many bytes.
    for (let p = 0; p < 1_400; p++) paragraphs.push(Array.from({ length: 100 }, () => vocabulary[Math.floor(rand() * 200)]!).join(' '));
  } else {
    const total = cumulative.at(-1)!;
    const draw = () => {
      const x = rand() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return vocabulary[lo]!;
    };
    for (let p = 0; p < 10; p++) paragraphs.push(Array.from({ length: 80 }, draw).join(' '));
  }
  return paragraphs.join('\n');
}

async function child(): Promise<void> {
  const { splitByBudget, textWeight, SHARD_COST } = await import('#/build/search-shard-budget.ts');
  const { writePagefindIndex } = await import('#/build/search-index.ts');
  const rand = prng(7);
  const vocabulary = Array.from({ length: 100_000 }, () => randomWord(rand));
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, r) => (cumulative.push(sum + 1 / (r + 1)), sum + 1 / (r + 1)), 0);
  const records = Array.from({ length: n }, (_, i) => ({
    url: `/articles/a-${i}/`,
    language: 'en',
    content: text(values.kind!, i, vocabulary, cumulative),
    meta: { title: `Article ${i}`, date: 'Published Nov 29, 2026' },
    filters: { section: ['News'], year: ['2026'] },
  }));
  const weights = records.map((r) => textWeight(r.content));
  const pairs = weights.reduce((s, w) => s + w.pairs, 0);
  const words = weights.reduce((s, w) => s + w.words, 0);
  const budget = values.budget === 'off' ? Infinity : SHARD_COST;
  const byRecord = new Map(records.map((r, i) => [r, weights[i]!]));
  const shards = splitByBudget(records, (r) => byRecord.get(r)!, budget);
  const dir = mkdtempSync(join(tmpdir(), 'dateline-shard-bench-'));
  const started = performance.now();
  try {
    for (const [i, shard] of shards.entries()) await writePagefindIndex(shard, join(dir, String(i)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ kind: values.kind, articles: n, pairs, words, shards: shards.length, indexMs: Math.round(performance.now() - started) }));
}

async function parent(): Promise<void> {
  const args = [process.argv[1]!, '--child', '--kind', values.kind!, '--articles', String(n), '--budget', values.budget!];
  const proc = spawn('/usr/bin/time', ['-f', 'TIME %U %S %e', process.execPath, ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tree = watchTree(proc.pid!, { limitMiB: 4000 });
  // Pagefind's process is killed, not waited for, so /usr/bin/time misses its CPU: each process's own CPU time
  // (utime + stime, clock ticks) is sampled from /proc and its last value kept.
  const ticks = new Map<number, number>();
  const cpuTimer = setInterval(() => {
    for (const p of treeSample(proc.pid!)) {
      try {
        const stat = readFileSync(`/proc/${p.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks.set(p.pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        /* ended */
      }
    }
  }, 200);
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d));
  proc.stderr.on('data', (d: Buffer) => (out += d));
  await new Promise((resolve) => proc.on('close', resolve));
  const peaks = tree.stop();
  clearInterval(cpuTimer);
  const sampledCpu = [...ticks.values()].reduce((a, b) => a + b, 0) / 100;
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(out);
  const result = /^\{.*\}$/m.exec(out)?.[0];
  if (!result || !time) {
    console.error(out);
    process.exit(1);
  }
  // The larger of the two: /usr/bin/time counts the node process exactly, the samples count Pagefind too.
  const cpu = Math.max(Number(time[1]) + Number(time[2]), sampledCpu);
  console.log(`${result.slice(0, -1)},"cpuS":${cpu.toFixed(1)},"wallS":${time[3]},"treeMiB":${Math.round(peaks.totalMiB)},"pagefindMiB":${Math.round(peaks.pagefindMiB)}${peaks.killed ? ',"killed":true' : ''}}`);
}

await (values.child ? child() : parent());
