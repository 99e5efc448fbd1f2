import { expect, test } from '@playwright/test';
import { visibleArticles } from './site-data.ts';

/** A word that occurs in exactly one visible article body (and no headline or standfirst). */
function uniqueWord(): { word: string; slug: string; title: string } {
  const counts = new Map<string, Set<string>>();
  for (const a of visibleArticles) {
    if (a.data.lang) continue;
    const words = new Set(`${a.body} ${a.data.title} ${a.data.description}`.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
    for (const w of words) counts.set(w, (counts.get(w) ?? new Set()).add(a.id));
  }
  for (const [word, slugs] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (slugs.size !== 1) continue;
    const slug = [...slugs][0]!;
    const a = visibleArticles.find((x) => x.id === slug)!;
    if (a.body.toLowerCase().includes(word) && !a.data.title.toLowerCase().includes(word)) return { word, slug, title: a.data.title };
  }
  throw new Error('no unique word');
}

test('search finds the one article whose body contains a word', async ({ page }) => {
  const { word, slug, title } = uniqueWord();
  await page.goto('/search/');
  await page.getByLabel('Search articles').fill(word);
  const results = page.locator('#search-results .card-title a');
  await expect(results).toHaveCount(1);
  await expect(results).toHaveText(title);
  await expect(results).toHaveAttribute('href', `/articles/${slug}/`);
  await expect(page.locator('#search-results .card-meta')).toContainText(/\w+ · Published/);
});

test('search filters by section', async ({ page }) => {
  await page.goto('/search/?q=kabul');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  const all = await page.locator('#search-results li').count();
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Economy' });
  await expect(page).toHaveURL(/section=Economy/);
  await expect(page.locator('#search-results .card-section').first()).toHaveText('Economy');
  const sections = await page.locator('#search-results .card-section').allTextContents();
  expect(sections.length).toBeLessThanOrEqual(all);
  for (const s of sections) expect(s).toBe('Economy');
});

test('without JavaScript the search page still offers the sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('navigation', { name: 'Browse by section' }).getByRole('link')).not.toHaveCount(0);
  await context.close();
});
