/**
 * `npm run screenshots`: full-page PNGs of every page type at phone and desktop widths, for looking at the
 * site as a reader would. Needs a built site served at BASE_URL (default: `npm run preview` on :4321).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const out = process.env['OUT_DIR'] ?? 'test-results/screenshots';
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/articles/envoy-makes-unannounced-kabul-stop-before-doha-round/',
      '/articles/national-cricket-team-returns-to-kabul/',
      '/sections/diplomacy/',
      '/tags/torkham/',
      '/authors/nadia-rahyab/',
      '/authors/',
      '/tags/',
      '/archive/',
      '/archive/2026/10/',
      '/search/?q=torkam',
      '/404.html',
    ];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
