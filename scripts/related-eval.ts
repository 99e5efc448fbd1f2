/**
 * `npm run related:eval -- <labelled-corpus-dir> [...] [--misses]`: precision and recall of the automatic
 * related picks on labelled newsrooms (content/ + threads.json); see src/domain/related/evaluate.ts.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLargeCorpus } from '../tests/fixtures/related-large/plant.ts';
import { evaluateCorpus } from '#/domain/related/evaluate.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const dirs = args.filter((a) => !a.startsWith('--'));
// --large[=N]: the generated corpus with planted threads (tests/fixtures/related-large), N generated articles.
const large = args.find((a) => a.startsWith('--large'));
const largeDir = join(tmpdir(), 'dateline-related-large');
if (large) {
  writeLargeCorpus(largeDir, Number(large.split('=')[1] ?? 2000));
  dirs.push(largeDir);
}
if (dirs.length === 0) {
  console.error('usage: npm run related:eval -- <corpus-dir> [...] [--misses]');
  process.exit(1);
}
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
for (const dir of dirs) {
  const t = performance.now();
  const f = evaluateCorpus(process.cwd(), resolve(dir), 4, dir === largeDir ? Date.parse('2100-01-01') : undefined);
  const ms = Math.round(performance.now() - t);
  console.log(
    `${dir}: ${f.articles} articles, ${f.threads} threads: precision ${pct(f.precision)} (${f.inThread}/${f.picks}), recall ${pct(f.recall)} (${f.found}/${f.findable}) [${ms} ms]`,
  );
  if (f.errors.length) console.log(`  ${f.errors.length} content errors, e.g. ${f.errors[0]}`);
  for (const t of f.perThread) {
    console.log(`  ${t.thread.padEnd(40)} ${String(t.articles).padStart(4)} articles  precision ${pct(t.picks ? t.inThread / t.picks : 0).padStart(6)}  recall ${pct(t.findable ? t.found / t.findable : 0).padStart(6)}`);
  }
  if (showMisses) for (const m of f.misses) console.log(`  miss: ${m}`);
}
