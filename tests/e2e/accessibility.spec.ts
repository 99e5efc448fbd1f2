import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { visibleArticles } from './site-data.ts';

const rtl = visibleArticles.find((a) => a.data.lang);
const pages = [
  '/',
  `/articles/${visibleArticles[0]!.id}/`,
  ...(rtl ? [`/articles/${rtl.id}/`] : []),
  '/sections/diplomacy/',
  '/tags/',
  `/tags/${'transit'}/`,
  `/authors/${visibleArticles[0]!.data.authors[0]}/`,
  '/authors/',
  '/archive/',
  '/archive/2/',
  '/search/',
  '/404.html',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no WCAG 2 A/AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('a skip link moves focus to the main content, and focus is visible', async ({ page }) => {
  await page.goto(`/articles/${visibleArticles[0]!.id}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the page fits a 320 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', `/articles/${visibleArticles[0]!.id}/`, '/articles/national-cricket-team-returns-to-kabul/', '/sections/economy/', '/authors/nadia-rahyab/', '/archive/', '/search/?q=torkam']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('an article prints as clean text', async ({ page }) => {
  await page.goto(`/articles/${visibleArticles[0]!.id}/`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-nav', '.related', '.skip-link']) {
    const display = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display).catch(() => 'none');
    expect(display, selector).toBe('none');
  }
  await expect(page.locator('.story-body')).toBeVisible();
});

test('a table keeps its columns\' alignment on screen, and wraps instead of scrolling on paper (round 25b #3, #5)', async ({ page }) => {
  await page.goto('/articles/central-bank-auction-draws-strongest-bids-in-three-months/');
  const align = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).textAlign);
  // `| --- | ---: |`: the date column at the start, the figures on the right.
  expect(await align('.story-body tbody td:nth-child(1)')).toBe('start');
  expect(await align('.story-body tbody td:nth-child(2)')).toBe('right');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.table-scroll').first().evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
});
