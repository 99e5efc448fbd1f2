/**
 * An article written by following the README (issue 11): two local photos in its body and a link to another
 * article by file path without `.md`. The built page shows both photos through the image pipeline and has no
 * broken link; production pages never carry the development server's Draft/Scheduled markers.
 */
import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/rail-freight-to-hairatan-doubles-as-traders-avoid-the-eastern-route/';

test('body photos are responsive images served by the site, and every link on the page resolves', async ({ page, request }) => {
  await page.goto(ARTICLE);
  const photos = page.locator('.story-body img');
  await expect(photos).toHaveCount(2);
  for (const img of await photos.all()) {
    await expect(img).toHaveAttribute('src', /^\/_astro\/.+\.webp$/);
    await expect(img).toHaveAttribute('srcset', /480w.*800w.*1200w/);
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
    await expect(img).toHaveAttribute('loading', 'lazy');
    expect(await img.evaluate((el: HTMLImageElement) => el.alt.length)).toBeGreaterThan(10);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  await expect(page.locator('.story-body a', { hasText: 'the crossing at Torkham was shut' })).toHaveAttribute(
    'href',
    '/articles/torkham-crossing-shut-after-overnight-exchange-of-fire/',
  );
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  expect(hrefs).toContain('/sections/economy/');
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('the built site carries no development markers', async ({ page }) => {
  for (const path of ['/', ARTICLE, '/archive/']) {
    await page.goto(path);
    await expect(page.locator('[data-dev-marker]')).toHaveCount(0);
  }
});
