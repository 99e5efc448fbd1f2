/**
 * Round-7 finding 11: before launch (every article a draft or scheduled) the build writes /pagefind/shards.json
 * as an empty list and no index at all. The built search page, served that listing, says nothing is published
 * yet instead of failing to load an index (tests/build/empty-newsroom-build.test.ts builds such a site).
 */
import { expect, test } from '@playwright/test';
import { NOTHING_YET } from '#/client/search-client.ts';

test('with no shard listed, a search says nothing is published yet', async ({ page }) => {
  const requested: string[] = [];
  await page.route('**/pagefind/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    requested.push(path);
    return path === '/pagefind/shards.json' ? route.fulfill({ body: '[]', contentType: 'application/json' }) : route.fulfill({ status: 404 });
  });
  await page.goto('/search/?q=wheat');
  await expect(page.locator('#search-status')).toHaveText(NOTHING_YET);
  await expect(page.locator('#search-results li')).toHaveCount(0);
  // Typing again gives the same answer; no Pagefind index is ever asked for.
  await page.locator('#search-q').fill('kabul');
  await expect(page.locator('#search-status')).toHaveText(NOTHING_YET);
  expect(requested.every((p) => p === '/pagefind/shards.json')).toBe(true);
});
