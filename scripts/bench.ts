/**
 * `npm run bench`: build-performance benchmark on generated newsroom corpora (not a test: nothing here asserts).
 *
 *   npm run bench -- [--sizes 1000,5000,20000] [--runs 3] [--peers hugo,astro-satteri] [--skip-warm] [--skip-optional] [--note "..."]
 *
 * It measures what ships: the site's default settings (social cards drawn). For each size N it generates a corpus
 * with ../shared/bench/gen-corpus.mjs (deterministic), then measures, median of --runs: the cold production build
 * (every build cache removed) with its wall time and the peak memory of the whole process tree (the build, its worker
 * threads, Pagefind: summed RSS of every descendant, sampled from /proc), split into content sync, page generation,
 * social cards and search index from the build log; warm rebuilds after editing one article and after adding one;
 * `check:content`; the related-links computation; and the size of an article page. An optional feature switched
 * off (social cards) is one more cold build, reported in its own labelled table. With --peers,
 * ../shared/bench/peers/run-peers.sh builds the same corpus with the named peers in the same run.
 * A build whose process tree passes BENCH_MAX_MIB (default 8192) is stopped, so the machine's other users keep their memory.
 * Writes bench-results/bench-<N>.json and bench-results/latest.md (the README's performance table).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkContent } from '#/check/content-check.ts';
import { computeRelated } from '#/domain/related/engine.ts';
import { relatedBag, toRelatedInput } from '#/domain/related/inputs.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { writeCards } from '#/build/cards/writer.ts';
import { isVisible } from '#/domain/visibility.ts';
import { site } from '../src/site.config.ts';
import { watchTree } from './process-tree.ts';

// A mistyped option or size is one line and no run: an empty run overwrote bench-results/latest.md (round 29d #12).
const usage = (why: string): never => {
  console.error(`bench: ${why} (usage: npm run bench -- [--sizes 1000,5000,20000] [--runs 3] [--peers hugo,astro-satteri] [--skip-warm] [--skip-optional] [--note "..."])`);
  process.exit(2);
};
let parsed;
try {
  parsed = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,20000' },
      runs: { type: 'string', default: '3' },
      peers: { type: 'string', default: '' },
      'skip-warm': { type: 'boolean', default: false },
      /** Skip the labelled rows with optional features switched off (social cards). */
      'skip-optional': { type: 'boolean', default: false },
      /** Said in the table's heading, e.g. "a loaded shared machine". */
      note: { type: 'string', default: '' },
      /** Sizes at which only the related-links computation is timed (no builds). */
      'related-sizes': { type: 'string', default: '' },
      /** Extra labelled cold builds with pages on this many worker threads each (e.g. "off,1,2"). */
      'page-workers': { type: 'string', default: '' },
    },
  });
} catch (err) {
  usage((err instanceof Error ? err.message : String(err)).split('\n')[0]!);
}
const { values } = parsed!;
const positiveInts = (list: string, what: string) => list.split(',').map((x) => x.trim()).filter(Boolean).map((x) => (/^\d+$/.test(x) && Number(x) > 0 ? Number(x) : usage(`${what} "${x}" is not a number of articles`)));
const sizes = positiveInts(values.sizes, '--sizes');
if (sizes.length === 0) usage('--sizes names no size');
if (!/^\d+$/.test(values.runs.trim()) || Number(values.runs) < 1) usage(`--runs "${values.runs}" is not a number of runs`);
const runs = Number(values.runs);
const root = process.cwd();
const work = resolve(process.env['BENCH_WORK'] ?? '/tmp/dateline-bench');
const shared = resolve(root, '../shared/bench');
const resultsDir = join(root, 'bench-results');
const NOW = '2026-11-28T00:00:00Z'; // pinned so every run sees the same visible set
mkdirSync(work, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

/** The memory guard: a build whose process tree passes this is stopped (the machine is shared). */
const maxMiB = Number(process.env['BENCH_MAX_MIB'] ?? 8192);

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const seconds = (v: string | undefined): number => {
  if (!v) return NaN;
  let t = 0;
  for (const [, n, u] of v.matchAll(/([0-9.]+)\s*(ms|m|s)\b/g)) t += u === 'ms' ? Number(n) / 1000 : u === 'm' ? Number(n) * 60 : Number(n);
  return t;
};

interface BuildRun {
  wall: number;
  /** Peak memory of the whole process tree (the build, its worker threads, Pagefind, any other child), MiB. */
  rssMiB: number;
  /** Peaks of the build process itself (worker threads included) and of Pagefind, sampled in the same ticks. */
  buildRssMiB: number;
  pagefindRssMiB: number;
  sync: number;
  render: number;
  pages: number;
  images: number;
  cards: number;
  cardsDrawn: number;
  search: number;
  htmlPages: number;
  /** The machine's 1-minute load average when the build started and when it ended (the machine is shared). */
  load: [number, number];
  /** CPU seconds (user + system) of the whole tree: the build, its threads and every process it waited for. */
  cpu: number;
}

function corpus(n: number): string {
  const dir = join(work, `corpus-${n}`);
  if (!existsSync(join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(shared, 'gen-corpus.mjs'), String(n), dir], { stdio: 'inherit' });
    writeFileSync(join(dir, '.done'), '');
  }
  return join(dir);
}

/** Every folder a build keeps between builds: Astro's and Vite's, and each `node_modules/.cache/dateline-*`. */
function buildCaches(): string[] {
  const cache = join(root, 'node_modules', '.cache');
  const ours = existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith('dateline-')).map((name) => join(cache, name)) : [];
  return [join(root, 'node_modules', '.astro'), join(root, '.astro'), join(root, 'node_modules', '.vite'), ...ours];
}

/** The check's body cache (src/build/text-memo.ts): removed for every cold build and first check. */
const CHECK_CACHE = 'node_modules/.cache/dateline-check-bodies';

/** Builds with the shipped settings (plus `env`), sampling the whole process tree's memory. */
async function build(contentDir: string, outDir: string, cold: boolean, env: Record<string, string> = {}): Promise<BuildRun> {
  // Cold: every cache the build keeps is removed (content store and page cache, and every `dateline-*` folder:
  // rendered HTML, search index and texts, cards, the check's bodies, lastmod, page-worker bundles).
  if (cold) for (const d of buildCaches()) rmSync(d, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const cpuBefore = childrenCpu();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, DATELINE_CONTENT_DIR: contentDir, DATELINE_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the memory guard can stop the whole tree
  });
  const watch = watchTree(child.pid!, { limitMiB: maxMiB });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const wall = (performance.now() - started) / 1000;
  const peaks = watch.stop();
  appendFileSync(join(work, 'build.log'), log);
  if (peaks.killed) throw new Error(`build stopped: the process tree passed ${maxMiB} MiB (BENCH_MAX_MIB)`);
  if (status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const after = (marker: string) => {
    const i = log.indexOf(marker);
    return i === -1 ? undefined : /Completed in ([^\n.]+(?:\.\d+)?m?s)/.exec(log.slice(i))?.[1];
  };
  const cards = /social cards: (\d+) drawn, \d+ reused in (\d+) ms/.exec(log);
  return {
    wall,
    rssMiB: peaks.totalMiB,
    buildRssMiB: peaks.rootMiB,
    pagefindRssMiB: peaks.pagefindMiB,
    sync: seconds(/\[types\] Generated ([^\n]+)/.exec(log)?.[1]),
    render: Number(/\[dateline-articles\].*render (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000,
    pages: seconds(after('generating static routes')),
    images: seconds(after('generating optimized images')),
    cards: Number(cards?.[2] ?? NaN) / 1000,
    cardsDrawn: Number(cards?.[1] ?? 0),
    search: Number(/search index: \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000,
    htmlPages: readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length,
    load: [loadBefore, loadavg()[0]!],
    cpu: childrenCpu() - cpuBefore,
  };
}

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
/** CPU seconds of this process's finished children and what they waited for (`cutime` + `cstime`, proc(5)). */
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
  return (Number(fields[13]) + Number(fields[14])) / clockTicks;
}

function timeCommand(args: string[], env: Record<string, string>): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return (performance.now() - t) / 1000;
}

/**
 * The related-links computation as the build runs it: from the bags of terms the content loader stores for each
 * body (read once per rendered article, like its Markdown; timed apart and logged), all links at once.
 */
function relatedSeconds(contentDir: string): number {
  const content = checkContent({ root, contentDir, visibility: { now: Date.parse(NOW), includeDrafts: false } });
  const visible = content.articles.filter((a) => isVisible(a.data, { now: Date.parse(NOW), includeDrafts: false }));
  // The facts the pipeline records while the loader renders (rendering is the build's cost, timed elsewhere).
  const render = createMarkdownRenderer();
  const facts = visible.map((a) => render(a.body));
  const t0 = performance.now();
  const inputs = visible.map((a, i) => {
    const { blocks, linked } = facts[i]!;
    return toRelatedInput({ slug: a.id, bag: relatedBag(blocks, a.data.lang), linked, data: a.data });
  });
  const t = performance.now();
  console.log(`  related: reading ${inputs.length} bodies' text into bags ${((t - t0) / 1000).toFixed(2)} s (content loader, per rendered article)`);
  computeRelated(inputs, { count: site.relatedCount });
  return (performance.now() - t) / 1000;
}

/** Generated social cards are a site setting, so their cost is measured on its own: ms per card, drawn in parallel. */
async function socialCardMs(contentDir: string): Promise<number> {
  const content = checkContent({ root, contentDir, visibility: { now: Date.parse(NOW), includeDrafts: false } });
  const inputs = content.articles.slice(0, 200).map((a) => ({ slug: a.id, title: a.data.title, section: a.data.section, siteName: site.name }));
  const dir = join(work, 'cards');
  rmSync(dir, { recursive: true, force: true });
  const run = await writeCards(inputs, join(dir, 'cache'), join(dir, 'out'));
  return run.ms / inputs.length;
}

function pageWeight(outDir: string) {
  const articles = readdirSync(join(outDir, 'articles'));
  // The article whose page is largest stands for a long (~1,000-word) story.
  const pick = articles
    .map((slug) => ({ slug, size: readFileSync(join(outDir, 'articles', slug, 'index.html')).length }))
    .sort((a, b) => b.size - a.size)[0]!;
  const html = readFileSync(join(outDir, 'articles', pick.slug, 'index.html'));
  const text = html.toString('utf8');
  const words = text.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(outDir, m[1]!)));
  const js = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(outDir, m[1]!)));
  const inlineJs = [...text.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const sum = (bs: Buffer[]) => bs.reduce((s, b) => s + b.length, 0);
  const gz = (bs: Buffer[]) => bs.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
  return {
    slug: pick.slug,
    words,
    htmlBytes: html.length,
    htmlGzip: gzipSync(html, { level: 9 }).length,
    cssBytes: sum(css),
    cssGzip: gz(css),
    jsBytes: sum(js) + sum(inlineJs),
    jsGzip: gz(js) + gz(inlineJs),
  };
}

function peers(n: number, names: string[]): Record<string, { wall: number; rssMiB: number }> {
  if (names.length === 0) return {};
  const script = join(shared, 'peers/run-peers.sh');
  spawnSync('bash', [script, String(n), ...names], { stdio: 'inherit', env: { ...process.env, BENCH_WORK: work, RUNS: String(runs) } });
  const tsv = join(work, 'peers', `results-${n}.tsv`);
  const rows = existsSync(tsv) ? readFileSync(tsv, 'utf8').trim().split('\n').map((l) => l.split('\t')) : [];
  const out: Record<string, { wall: number; rssMiB: number }> = {};
  for (const name of names) {
    const r = rows.filter((x) => x[0] === name && x[2] !== 'FAIL');
    if (r.length) out[name] = { wall: median(r.map((x) => Number(x[2]))), rssMiB: median(r.map((x) => Number(x[3]))) / 1024 };
  }
  return out;
}

/** Warm rebuilds after one article is edited, and after one is added (each kept: the next run sees both). */
async function warmRuns(contentDir: string, outDir: string) {
  const articleDir = join(contentDir, 'articles');
  const first = readdirSync(articleDir).filter((f) => f.endsWith('.md')).sort()[0]!;
  const file = join(articleDir, first);
  const original = readFileSync(file, 'utf8');
  const edit: number[] = [];
  const add: number[] = [];
  const cpu = { edit: [] as number[], add: [] as number[] };
  const added: string[] = [];
  const loads: [number, number][] = [];
  try {
    for (let i = 0; i < runs; i++) {
      writeFileSync(file, `${original}\nAn added sentence for the warm rebuild, number ${i}.\n`);
      const e = await build(contentDir, outDir, false);
      edit.push(e.wall);
      cpu.edit.push(e.cpu);
      loads.push(e.load);
      console.log(`  warm after an edit ${i + 1}: ${f1(edit.at(-1)!)} s`);
      const story = join(articleDir, `zz-bench-added-${i}.md`);
      writeFileSync(story, original.replace(/^title: "?(.*?)"?$/m, `title: "$1, a new story ${i}"`));
      added.push(story);
      const a = await build(contentDir, outDir, false);
      add.push(a.wall);
      cpu.add.push(a.cpu);
      loads.push(a.load);
      console.log(`  warm after an added article ${i + 1}: ${f1(add.at(-1)!)} s`);
    }
  } finally {
    writeFileSync(file, original);
    for (const story of added) rmSync(story);
  }
  return { edit: median(edit), add: median(add), load: loads, cpuEdit: median(cpu.edit), cpuAdd: median(cpu.add) };
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
const pct = (x: number, of: number) => (Number.isFinite(x) ? `${f1(x)} (${Math.round((100 * x) / of)} %)` : '–');
const ld = (r: Pick<BuildRun, 'load'>) => `load ${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}`;
const mem = (r: Pick<BuildRun, 'rssMiB' | 'buildRssMiB' | 'pagefindRssMiB'>) => `${r.rssMiB.toFixed(0)} (build ${r.buildRssMiB.toFixed(0)}, Pagefind ${r.pagefindRssMiB.toFixed(0)})`;
const lines: string[] = [];
const optionalLines: string[] = [];
const cpuLines: string[] = [];
const peerNames = values.peers.split(',').filter(Boolean);
const summary: Record<number, unknown> = {};

for (const n of sizes) {
  const dir = corpus(n);
  const contentDir = join(dir);
  const outDir = join(work, `out-${n}`);
  console.log(`\n== N=${n}: ${runs} cold build(s), shipped settings`);
  const cold: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    cold.push(await build(contentDir, outDir, true));
    const r = cold.at(-1)!;
    console.log(`  cold ${i + 1}: ${f1(r.wall)} s (CPU ${f1(r.cpu)} s), tree ${mem(r)} MiB, pages ${f1(r.pages)} s, cards ${r.cardsDrawn} drawn in ${f1(r.cards)} s, ${ld(r)}`);
  }
  const warm = values['skip-warm'] ? { edit: NaN, add: NaN, load: [], cpuEdit: NaN, cpuAdd: NaN } : await warmRuns(contentDir, outDir);
  // Optional features switched off: their own labelled rows, one cold build each, never the headline.
  let cardsOff: BuildRun | undefined;
  if (!values['skip-optional']) {
    cardsOff = await build(contentDir, outDir, true, { DATELINE_SOCIAL_CARDS: 'site' });
    console.log(`  cold, social cards off: ${f1(cardsOff.wall)} s, tree ${mem(cardsOff)} MiB, ${ld(cardsOff)}`);
  }
  // Page generation on N worker threads (DATELINE_PAGE_WORKERS), one labelled cold build each.
  const pageWorkerRuns: Record<string, BuildRun> = {};
  for (const w of values['page-workers'].split(',').filter(Boolean)) {
    const r = await build(contentDir, outDir, true, { DATELINE_PAGE_WORKERS: w });
    pageWorkerRuns[w] = r;
    console.log(`  cold, DATELINE_PAGE_WORKERS=${w}: ${f1(r.wall)} s, CPU ${f1(r.cpu)} s, page generation ${f1(r.pages)} s, tree ${mem(r)} MiB, ${ld(r)}`);
    optionalLines.push(`| ${n.toLocaleString('en-US')} | pages on ${w === 'off' || w === '0' ? 'Astro’s own thread alone' : `${w} worker thread${w === '1' ? '' : 's'} and Astro’s own`} (\`DATELINE_PAGE_WORKERS=${w}\`), one cold build, page generation ${f1(r.pages)} s, CPU ${f1(r.cpu)} s, ${ld(r)} | ${f1(r.wall)} | ${mem(r)} |`);
  }
  // check:content as a first check (its body cache removed each time), then once more with the cache it left.
  const check = Array.from({ length: runs }, () => {
    rmSync(join(root, CHECK_CACHE), { recursive: true, force: true });
    return timeCommand(['scripts/check-content.ts', contentDir], {});
  });
  const recheck = timeCommand(['scripts/check-content.ts', contentDir], {});
  const related = Array.from({ length: runs }, () => relatedSeconds(contentDir));
  const cardMs = await socialCardMs(contentDir);
  const weight = pageWeight(outDir);
  const peerResults = peers(n, peerNames);
  const m = (k: Exclude<keyof BuildRun, 'load'>) => median(cold.map((r) => r[k]));
  const result = {
    n,
    runs,
    cores: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
    settings: 'shipped (social cards generated)',
    loadRange: [Math.min(...cold.flatMap((r) => r.load)), Math.max(...cold.flatMap((r) => r.load))],
    cold: { wall: m('wall'), cpu: m('cpu'), rssMiB: m('rssMiB'), buildRssMiB: m('buildRssMiB'), pagefindRssMiB: m('pagefindRssMiB'), contentSync: m('sync'), markdownRender: m('render'), pageGeneration: m('pages'), images: m('images'), socialCards: m('cards'), cardsDrawn: m('cardsDrawn'), searchIndex: m('search'), htmlPages: m('htmlPages') },
    coldRuns: cold.map((r) => ({ wall: r.wall, cpu: r.cpu, rssMiB: r.rssMiB, pageGeneration: r.pages, load: r.load })),
    pageWorkers: Object.fromEntries(Object.entries(pageWorkerRuns).map(([w, r]) => [w, { wall: r.wall, cpu: r.cpu, pageGeneration: r.pages, rssMiB: r.rssMiB, buildRssMiB: r.buildRssMiB, pagefindRssMiB: r.pagefindRssMiB, load: r.load }])),
    warmRebuild: warm.edit,
    warmLoad: warm.load,
    warmAfterAdd: warm.add,
    warmCpu: { edit: warm.cpuEdit, add: warm.cpuAdd },
    optional: cardsOff ? { socialCardsOff: { wall: cardsOff.wall, rssMiB: cardsOff.rssMiB, buildRssMiB: cardsOff.buildRssMiB, pagefindRssMiB: cardsOff.pagefindRssMiB } } : {},
    checkContent: median(check),
    checkContentCached: recheck,
    related: median(related),
    socialCards: { msPerCard: cardMs, estimatedSecondsForAll: (cardMs * n) / 1000 },
    articlePage: weight,
    peers: peerResults,
  };
  summary[n] = result;
  writeFileSync(join(resultsDir, `bench-${n}.json`), JSON.stringify(result, null, 2) + '\n');
  const c = result.cold;
  lines.push(
    `| ${n.toLocaleString('en-US')} | ${f1(c.wall)} | ${mem(c)} | ${f1(c.contentSync)} (${f1(c.markdownRender)}) | ${f1(c.pageGeneration)} | ${f1(c.socialCards)} (${c.cardsDrawn}) | ${f1(c.searchIndex)} | ${c.htmlPages} | ${pct(warm.edit, c.wall)} | ${pct(warm.add, c.wall)} | ${f2(result.checkContent)} (again: ${f2(result.checkContentCached)}) | ${f2(result.related)} | ${f1(result.loadRange[0]!)}–${f1(result.loadRange[1]!)} | ${Object.entries(peerResults).map(([k, v]) => `${k} ${f1(v.wall)}`).join(', ') || '–'} |`,
  );
  cpuLines.push(`| ${n.toLocaleString('en-US')} | ${f1(c.cpu)} | ${f1(warm.cpuEdit)} | ${f1(warm.cpuAdd)} |`);
  if (cardsOff) optionalLines.push(`| ${n.toLocaleString('en-US')} | social cards off (\`DATELINE_SOCIAL_CARDS=site\`), one cold build | ${f1(cardsOff.wall)} | ${mem(cardsOff)} |`);
  console.log(`  article page ${weight.slug} (${weight.words} words): HTML ${kb(weight.htmlBytes)} (${kb(weight.htmlGzip)} gzip), CSS ${kb(weight.cssBytes)} (${kb(weight.cssGzip)} gzip), JS ${weight.jsBytes} B`);
}

const relatedOnly: string[] = [];
for (const n of values['related-sizes'].split(',').map(Number).filter((x) => x > 0)) {
  const dir = corpus(n);
  const times = Array.from({ length: runs }, () => relatedSeconds(dir));
  const heapMiB = process.memoryUsage().heapUsed / 1024 / 1024;
  relatedOnly.push(`| ${n.toLocaleString('en-US')} | ${f2(median(times))} | ${f2(Math.min(...times))}–${f2(Math.max(...times))} | ${heapMiB.toFixed(0)} |`);
  writeFileSync(join(resultsDir, `related-${n}.json`), JSON.stringify({ n, runs, seconds: median(times), all: times }, null, 2) + '\n');
  console.log(`related N=${n}: ${f2(median(times))} s`);
}

const table = [
  `Measured by \`npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${peerNames.length ? ` --peers ${peerNames.join(',')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores${values.note ? `, ${values.note}` : ''}; the shipped settings (social cards drawn); seconds, median of ${runs}; memory is the peak of the whole process tree, sampled every 200 ms.`,
  '',
  '| articles | cold build s | peak tree memory MiB (build process, Pagefind) | content sync s (Markdown) | page generation s | social cards s (drawn) | search index s | HTML pages | warm after an edit s (% of cold) | warm after an added article s (% of cold) | check:content s, first (again, body cache kept) | related s | load average (cold builds) | peers in the same run (wall s) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...lines,
  '',
  'CPU seconds (user + system of the whole process tree, from `/proc/self/stat`; the machine is shared, so CPU is steadier than wall):',
  '',
  '| articles | cold build CPU s | warm after an edit CPU s | warm after an added article CPU s |',
  '|---|---|---|---|',
  ...cpuLines,
  '',
];
if (optionalLines.length) table.push('Optional features switched off (not the shipped settings):', '', '| articles | build | wall s | peak tree memory MiB (build process, Pagefind) |', '|---|---|---|---|', ...optionalLines, '');
const last = summary[sizes.at(-1)!] as { articlePage: ReturnType<typeof pageWeight> } | undefined;
if (last) {
  const w = last.articlePage;
  table.push(`Article page (${w.words} words): HTML ${kb(w.htmlBytes)} raw / ${kb(w.htmlGzip)} gzip; shared CSS ${kb(w.cssBytes)} / ${kb(w.cssGzip)} gzip; JavaScript ${w.jsBytes} bytes.`, '');
}
if (relatedOnly.length) {
  table.push('Related-links computation alone (reading and parsing not timed):', '', '| articles | related s (median) | min–max | heap after MiB |', '|---|---|---|---|', ...relatedOnly, '');
}
writeFileSync(join(resultsDir, 'latest.md'), table.join('\n'));
console.log(`\n${table.join('\n')}`);
