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

test('a figure with a thousands separator is found as written and without the separator', async ({ page }) => {
  // Every figure written with group separators that only one visible article holds (round 25 leftover: "2,900" found nothing).
  const holders = new Map<string, Set<string>>();
  for (const a of visibleArticles) for (const n of a.body.match(/\b\d{1,3}(?:,\d{3})+\b/g) ?? []) holders.set(n, (holders.get(n) ?? new Set()).add(a.id));
  const [figure, slugs] = [...holders].find(([, s]) => s.size === 1)!;
  for (const typed of [figure, figure.replace(/,/g, '')]) {
    await page.goto('/search/');
    await page.getByLabel('Search articles').fill(typed);
    await expect(page.locator('#search-results .card-title a').first()).toHaveAttribute('href', `/articles/${[...slugs][0]}/`);
    await expect(page.locator('#search-results mark').first()).toHaveText(figure);
  }
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

test('search narrows to a year (the newsroom calendar), kept in the address', async ({ page }) => {
  const years = [...new Set(visibleArticles.map((a) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Kabul' }).format(a.data.published.epoch)))].sort().reverse();
  expect(years.length).toBeGreaterThan(1);
  await page.goto('/search/?q=kabul');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  const all = await page.locator('#search-status').textContent();
  const n = (s: string | null) => Number(/(\d+) articles? match/.exec(s ?? '')?.[1] ?? 0);
  let sum = 0;
  for (const year of years) {
    await page.getByLabel('Year', { exact: true }).selectOption(year);
    await expect(page).toHaveURL(new RegExp(`year=${year}`));
    await expect(page.locator('#search-status')).toContainText(`in ${year}.`);
    const dates = await page.locator('#search-results .card-meta').allTextContents();
    for (const d of dates) expect(d).toContain(year);
    sum += n(await page.locator('#search-status').textContent());
  }
  // Every article is filed under exactly one year.
  expect(sum).toBe(n(all));
  await page.reload();
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue(years.at(-1)!);
  await expect(page.locator('#search-status')).toContainText(`in ${years.at(-1)}.`);
});

test('without JavaScript the search page still offers the sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('navigation', { name: 'Browse by section' }).getByRole('link')).not.toHaveCount(0);
  await context.close();
});

test('a one-letter typo finds the right stories, says what it searched, and never floods', async ({ page }) => {
  const torkham = visibleArticles.filter((a) => /torkham/i.test(`${a.data.title} ${a.data.description} ${a.body}`));
  expect(torkham.length).toBeGreaterThan(1);
  await page.goto('/search/?q=torkam');
  const status = page.locator('#search-status');
  // Two searches and the vocabulary: allow a loaded machine its time.
  await expect(status).toContainText(/Showing \d+ results? for torkham\./, { timeout: 20_000 });
  const titles = await page.locator('#search-results .card-title a').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles.length).toBeLessThanOrEqual(torkham.length);
  for (const t of titles) expect(torkham.map((a) => a.data.title)).toContain(t);
  // Every excerpt highlights the corrected word, never a fragment like "to".
  for (const mark of await page.locator('#search-results mark').allTextContents()) expect(mark.toLowerCase()).toMatch(/^torkham/);
});

test('a short prefix lists only articles with a word it starts or equals', async ({ page }) => {
  await page.goto('/search/?q=tork');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  for (const mark of await page.locator('#search-results mark').allTextContents()) expect(mark.toLowerCase()).toMatch(/^tork/);
});

test('counts are grammatical and results carry their language and direction', async ({ page }) => {
  const pashto = visibleArticles.find((a) => a.data.lang === 'ps')!;
  const word = pashto.data.title.split(/\s+/).find((w) => w.length >= 5)!;
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  const title = page.locator('#search-results .card-title').first();
  await expect(title).toHaveAttribute('lang', 'ps');
  await expect(title).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#search-results .card-standfirst').first()).toHaveAttribute('dir', 'rtl');
  const n = await page.locator('#search-results li').count();
  await expect(page.locator('#search-status')).toHaveText(n === 1 ? `1 article matches “${word}”.` : `${n} articles match “${word}”.`);
  const { word: unique } = uniqueWord();
  await page.goto(`/search/?q=${unique}`);
  await expect(page.locator('#search-status')).toHaveText(`1 article matches “${unique}”.`);
});
