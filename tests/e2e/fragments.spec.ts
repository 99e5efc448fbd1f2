/**
 * In-page links land (round 9, finding 9): every `href="#…"` on every built page names an id of that page, as
 * browsers look ids up (the fragment as written, then percent-decoded); and footnotes labelled in any script
 * (`[^۱]`, `[^é]`, `[^😀]`, `[^a%b]`, `[^q"x]`) take a real Chromium from the call to the note and back.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { htmlFiles, urlPath } from './site-data.ts';

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x22;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&#x26;/g, '&');
const decoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

test('every in-page link of every built page names an id of that page', () => {
  const unlanded: string[] = [];
  let links = 0;
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]!)));
    for (const m of html.matchAll(/\shref="#([^"]*)"/g)) {
      const fragment = unescape(m[1]!);
      links++;
      if (fragment !== '' && fragment !== 'top' && !ids.has(fragment) && !ids.has(decoded(fragment))) unlanded.push(`${urlPath(file)} #${fragment}`);
    }
  }
  expect(unlanded).toEqual([]);
  expect(links).toBeGreaterThanOrEqual(htmlFiles().length); // the skip link at least, on every page
});

test('footnotes labelled in any script: Chromium goes from each call to its note and back', async ({ page }) => {
  const labels = ['۱', '۲', 'é', '😀', 'a%b', 'q"x', 'a.b', 'Up'];
  const body = `${labels.map((l, i) => `Claim ${i}[^${l}] and [a link to it[^${l}]](https://example.org/).`).join(' ')}\n\n${labels.map((l) => `[^${l}]: Note ${l}.`).join('\n')}`;
  const { html } = createMarkdownRenderer()(body);
  await page.setContent(`<!doctype html><html lang="fa"><meta charset="utf-8"><title>t</title><body style="height:9000px">${html}<div style="height:9000px"></div></body></html>`);
  const hrefs = await page.$$eval('a[data-footnote-ref], a[data-footnote-backref]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBe(labels.length * 4); // two calls and two back links a note
  for (const [i, href] of hrefs.entries()) {
    await page.locator('a[data-footnote-ref], a[data-footnote-backref]').nth(i).click();
    const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
    expect(target, href).not.toBeNull();
    expect(decoded(href.slice(1)), href).toBe(target);
  }
});
