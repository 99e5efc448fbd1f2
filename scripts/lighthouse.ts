/**
 * `npm run lighthouse`: Lighthouse 12 scores (performance, accessibility, best practices, SEO) for the front page,
 * an article and a section page of the built site, in Debian's Chromium (or CHROMIUM_PATH). Run `npm run build`
 * first. Exits 1 when any score is below --min (default 100). Reports go to test-results/lighthouse/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tests/e2e/browser.ts';

const { values } = parseArgs({ options: { min: { type: 'string', default: '100' }, port: { type: 'string', default: '4331' } } });
const port = Number(values.port);
const base = `http://localhost:${port}`;
const article = readdirSync('dist/articles').sort()[0];
const section = readdirSync('dist/sections').sort()[0];
const pages = ['/', `/articles/${article}/`, `/sections/${section}/`];

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(base).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 100) throw new Error('preview server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const chrome = await chromeLauncher.launch({
    ...(findChromium() ? { chromePath: findChromium()! } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync('test-results/lighthouse', { recursive: true });
  let failed = false;
  try {
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    console.log(`| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|`);
    for (const path of pages) {
      const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!result) throw new Error(`no result for ${path}`);
      writeFileSync(`test-results/lighthouse/${path.replace(/\W+/g, '_') || 'home'}.json`, result.report as string);
      const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      if (scores.some((s) => s < Number(values.min))) failed = true;
      console.log(`| ${path} | ${scores.join(' | ')} |`);
      for (const c of categories) {
        const cat = result.lhr.categories[c];
        if ((cat?.score ?? 0) < 1) {
          for (const ref of cat?.auditRefs ?? []) {
            const audit = result.lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    ${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  server.kill();
}
