/**
 * `npm run stress`: the content check and the renderer on generated worst cases (scripts/stress-cases.ts), one
 * child process per case so a hang or a stack overflow is reported against its case. Prints check and render
 * time per case and a Markdown table for the README. Not a test: timings depend on the machine.
 *
 *   npm run stress                      every case
 *   npm run stress -- --case "nested divs" --timeout 60
 *   npm run stress -- --match "at the limit"
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runStressCase, STRESS_CASES, type StressResult } from './stress-cases.ts';
import { IMAGE_STRESS_CASES, type ImageStressResult, runImageStressCase } from './stress-images.ts';
import { runTagStressCase, TAG_STRESS_CASES, type TagStressResult } from './stress-tags.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

const child = opt('--child');
if (child !== undefined) {
  const c = STRESS_CASES.find((x) => x.name === child);
  const t = TAG_STRESS_CASES.find((x) => x.name === child);
  const image = IMAGE_STRESS_CASES.find((x) => x.name === child);
  if (!c && !t && !image) throw new Error(`no stress case "${child}"`);
  process.stdout.write(JSON.stringify(c ? runStressCase(c) : t ? runTagStressCase(t) : await runImageStressCase(image!, { pipeline: true })));
} else {
  const only = opt('--case');
  const timeoutS = Number(opt('--timeout') ?? 120);
  const match = opt('--match');
  const cases = STRESS_CASES.filter((c) => (only === undefined || c.name === only) && (match === undefined || c.name.includes(match)));
  const rows: string[] = [];
  const ms = (n: number | undefined) => (n === undefined ? '–' : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`);
  for (const c of cases) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', c.name], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 64 * 1024 * 1024 });
    let line: string;
    if (run.status === 0) {
      const r = JSON.parse(run.stdout) as StressResult;
      const refusal = `refused: ${r.diagnostics[0]?.replace(/^\S+\s+/, '')}${r.diagnostics.length > 1 ? ` (+${r.diagnostics.length - 1} lines)` : ''}`;
      // A refused body handed to the renderer anyway (`renderAnyway`): what the renderer answered.
      const direct = r.renderError !== undefined ? `; the renderer, handed it directly: ${r.renderError.slice(0, 90)}…` : r.htmlBytes !== undefined ? `; the renderer, handed it directly, rendered it` : '';
      const outcome = r.diagnostics.length ? `${refusal}${direct}` : `rendered (${Math.round((r.htmlBytes ?? 0) / 1024)} KB HTML)`;
      line = `| ${c.name} | ${c.about.replace(/\|/g, '\\|')} | ${Math.round(r.bytes / 1024)} KB | ${ms(r.checkCpuMs)} (${ms(r.checkMs)}) | ${ms(r.renderCpuMs)} (${ms(r.renderMs)}) | ${outcome.replace(/\|/g, '\\|')} |`;
    } else {
      const why = run.error ? `timed out after ${timeoutS} s` : `exit ${run.status}: ${(run.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? run.stderr.trim().split('\n')[0] ?? '').slice(0, 120)}`;
      line = `| ${c.name} | ${c.about} | – | – | – | **FAILED** (${why}) |`;
    }
    rows.push(line);
    console.log(line);
  }
  // Newsroom-scale cases (scripts/stress-tags.ts): many files at once, so the check's time for the whole set.
  const tagRows: string[] = [];
  for (const c of TAG_STRESS_CASES.filter((x) => (only === undefined || x.name === only) && (match === undefined || x.name.includes(match)))) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', c.name], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 64 * 1024 * 1024 });
    const r = run.status === 0 ? (JSON.parse(run.stdout) as TagStressResult) : undefined;
    const line = r
      ? `| ${c.name} | ${c.about} | ${ms(r.checkCpuMs)} (${ms(r.checkMs)}) | ${r.errors} errors, ${r.warnings} warnings |`
      : `| ${c.name} | ${c.about} | – | **FAILED** (${run.error ? `timed out after ${timeoutS} s` : `exit ${run.status}`}) |`;
    tagRows.push(line);
    console.log(line);
  }
  // Photos (scripts/stress-images.ts): the check's structure rules, its decode pass, and the build's web copies.
  const imageRows: string[] = [];
  for (const c of IMAGE_STRESS_CASES.filter((x) => (only === undefined || x.name === only) && (match === undefined || x.name.includes(match)))) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', c.name], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 64 * 1024 * 1024 });
    const r = run.status === 0 ? (JSON.parse(run.stdout) as ImageStressResult) : undefined;
    const outcome = r && (r.diagnostics.length ? `refused: ${r.diagnostics[0]?.replace(/^\S+\s+/, '')}${r.diagnostics.length > 1 ? ` (+${r.diagnostics.length - 1} lines)` : ''}` : 'accepted');
    const line = r
      ? `| ${c.name} | ${c.about} | ${Math.round(r.bytes / 1024).toLocaleString('en-US')} KB | ${ms(r.checkCpuMs)} (${ms(r.checkMs)}) | ${ms(r.decodeCpuMs)} (${ms(r.decodeMs)}) | ${ms(r.pipelineCpuMs)} (${ms(r.pipelineMs)}) | ${outcome?.replace(/\|/g, '\\|')} |`
      : `| ${c.name} | ${c.about} | – | – | – | – | **FAILED** (${run.error ? `timed out after ${timeoutS} s` : `exit ${run.status}`}) |`;
    imageRows.push(line);
    console.log(line);
  }
  console.log(['', `load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`, '', '| case | input | file | check: CPU (wall) | render: CPU (wall) | outcome |', '|---|---|---|---|---|---|', ...rows].join('\n'));
  if (tagRows.length) console.log(['', '| newsroom case | input | check: CPU (wall) | lines |', '|---|---|---|---|', ...tagRows].join('\n'));
  if (imageRows.length) console.log(['', '| photo case | input | files | check: CPU (wall) | check\'s decode pass: CPU (wall) | build\'s four web copies: CPU (wall) | outcome |', '|---|---|---|---|---|---|---|', ...imageRows].join('\n'));
}
