/**
 * `npm start` tells the truth (issue 11): a content error replaces every page with the error lines (HTTP 500)
 * until it is fixed, and drafts and scheduled articles carry a visible marker, in development only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEV_CONTENT } from './dev-content.ts';

const ARTICLE = join(DEV_CONTENT, 'articles/2026/10/torkham-crossing-shut-after-overnight-exchange-of-fire.md');

test('drafts and scheduled articles are marked in the development server', async ({ page }) => {
  await page.goto('/articles/explainer-what-the-transit-annex-would-change/');
  await expect(page.locator('.story-header [data-dev-marker]')).toContainText('Draft');
  await page.goto('/articles/new-year-outlook-for-regional-diplomacy/');
  await expect(page.locator('.story-header [data-dev-marker]')).toContainText('Scheduled for Jan 1, 2027');
  await page.goto('/');
  await expect(page.locator('[data-dev-marker]').first()).toBeVisible();
  // A published article has no marker.
  await page.goto('/articles/torkham-crossing-shut-after-overnight-exchange-of-fire/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-dev-marker]')).toHaveCount(0);
});

test('a content error shows in the browser instead of the last good page, and goes when fixed', async ({ page, request }) => {
  const good = readFileSync(ARTICLE, 'utf8');
  expect((await request.get('/')).status()).toBe(200);
  try {
    writeFileSync(ARTICLE, good.replace(/^section: .*$/m, 'section: Security'));
    await expect(async () => {
      const response = await request.get('/', { headers: { accept: 'text/html' } });
      expect(response.status()).toBe(500);
    }).toPass({ timeout: 30_000 });
    // Every address the site's routes answer is refused too (a social card: round 31d F9, Astro warned about a
    // "content config file" when it matched one against routes with nothing stored); public/'s files are served.
    expect((await request.get('/og/torkham-crossing-shut-after-overnight-exchange-of-fire.png')).status()).toBe(500);
    expect((await request.get('/favicon.svg')).status()).toBe(200);
    const response = await page.goto('/articles/torkham-crossing-shut-after-overnight-exchange-of-fire/');
    expect(response?.status()).toBe(500);
    await expect(page.locator('h1')).toHaveText('1 content error');
    await expect(page.locator('#content-errors li')).toHaveText(
      /articles\/2026\/10\/torkham-crossing-shut-after-overnight-exchange-of-fire\.md:\d+:\d+ {2}section {2}must be an id.*write its id "security"/,
    );
  } finally {
    writeFileSync(ARTICLE, good);
  }
  await expect(async () => {
    expect((await request.get('/', { headers: { accept: 'text/html' } })).status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  // The error page reloads itself; leave it before asking for the front page again.
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.locator('#content-errors')).toHaveCount(0);
  await expect(page.locator('h1, h2').first()).toBeVisible();
});

test('a migrated story\'s old addresses (aliases) send readers on in development too (round 31b #5)', async ({ request }) => {
  const good = readFileSync(ARTICLE, 'utf8');
  try {
    writeFileSync(ARTICLE, good.replace(/^section: .*$/m, (line) => `${line}\naliases: [/2019/05/torkham-shut.html, /old/torkham/, /2018/torkham, /x/torkham.htm]`));
    // `/2018/torkham` without its slash is sent on to `/2018/torkham/`, as hosts do (round 31d #4).
    for (const path of ['/2019/05/torkham-shut.html', '/old/torkham/', '/old/torkham/index.html', '/2018/torkham/', '/2018/torkham', '/x/torkham.htm']) {
      await expect(async () => {
        const response = await request.get(path, { headers: { accept: 'text/html' } });
        expect(response.status(), path).toBe(200);
        expect(await response.text()).toContain('<meta http-equiv="refresh" content="0; url=/articles/torkham-crossing-shut-after-overnight-exchange-of-fire/">');
      }).toPass({ timeout: 30_000 });
    }
  } finally {
    writeFileSync(ARTICLE, good);
  }
  await expect(async () => {
    expect((await request.get('/old/torkham/', { headers: { accept: 'text/html' } })).status()).toBe(404);
  }).toPass({ timeout: 30_000 });
});

test('a photo replaced under its name is asked for again, never kept a year by the browser (round 31b #2)', async ({ page, request }) => {
  await page.goto('/');
  const src = await page.locator('img[src^="/_image"]').first().getAttribute('src');
  expect(src).toBeTruthy();
  const response = await request.get(src ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-cache');
});

test('the error page reloads when the check\'s lines change, not on a timer (round 31b #3)', async ({ page, request }) => {
  const good = readFileSync(ARTICLE, 'utf8');
  try {
    writeFileSync(ARTICLE, good.replace(/^section: .*$/m, 'section: Security'));
    await expect(async () => {
      expect((await request.get('/', { headers: { accept: 'text/html' } })).status()).toBe(500);
    }).toPass({ timeout: 30_000 });
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('1 content error');
    // The page holds no timed refresh; what it polls answers the state it shows while nothing changes.
    await expect(page.locator('head > meta[http-equiv="refresh"]')).toHaveCount(0);
    await page.evaluate(() => Object.assign(window, { stillHere: true }));
    const shown = await page.evaluate(() => document.querySelector('script')?.textContent?.match(/"([0-9a-f]{16})"/)?.[1]);
    expect(await (await request.get('/__dateline/content-state')).text()).toBe(shown);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  } finally {
    writeFileSync(ARTICLE, good);
  }
  // Fixed: the page turns back into the site by itself.
  await expect(page.locator('#content-errors')).toHaveCount(0, { timeout: 30_000 });
  await page.goto('about:blank');
});
