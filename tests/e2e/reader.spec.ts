import { expect, test } from '@playwright/test';
import { formatNewsDate } from '#/domain/dates.ts';
import { articleLocale } from '../../src/i18n/locale.ts';
import { site } from '../../src/site.config.ts';
import { hiddenArticles, visibleArticles } from './site-data.ts';


test('front page shows the lead story, top stories, latest headlines and section blocks', async ({ page }) => {
  // Checks every card on the page: give it time on a loaded machine.
  test.setTimeout(120_000);
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Lead story' });
  await expect(lead.locator('.card-lead .card-title')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Latest', level: 2 })).toBeVisible();
  // Lead and top stories show headline, standfirst, section, byline and date; section blocks are compact.
  const cards = lead.locator('.card');
  const n = await cards.count();
  expect(n).toBeGreaterThan(2);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    await expect(card.locator('.card-title a')).toHaveAttribute('href', /^\/articles\/[a-z0-9-]+\/$/);
    await expect(card.locator('.card-standfirst')).not.toBeEmpty();
    await expect(card.locator('.card-section')).not.toBeEmpty();
    await expect(card.locator('.byline')).toContainText('By ');
    await expect(card.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  }
  const compact = page.locator('.front-section .card');
  expect(await compact.count()).toBeGreaterThan(3);
  await expect(compact.locator('.card-standfirst')).toHaveCount(0);
  await expect(compact.first().locator('time')).toHaveCount(1);
});

test('drafts and scheduled articles appear nowhere', async ({ page, request }) => {
  expect(hiddenArticles.length).toBeGreaterThanOrEqual(2);
  for (const a of hiddenArticles) {
    expect((await request.get(`/articles/${a.id}/`)).status()).toBe(404);
  }
  for (const path of ['/', '/archive/', '/archive/2/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap-0.xml', '/news-sitemap.xml']) {
    const body = await (await request.get(path)).text();
    for (const a of hiddenArticles) expect(body, `${a.id} leaked into ${path}`).not.toContain(`/articles/${a.id}/`);
  }
  await page.goto('/');
  for (const a of hiddenArticles) await expect(page.getByText(a.data.title)).toHaveCount(0);
});

test('every visible article page shows its dates, byline and related links', async ({ page, request }) => {
  // One test walks every article of the sample newsroom: give it time on a loaded machine.
  test.setTimeout(180_000);
  for (const a of visibleArticles) {
    await page.goto(`/articles/${a.id}/`);
    await expect(page.locator('h1')).toHaveText(a.data.title);
    // Labels, digits and calendar in the article's own language.
    const loc = articleLocale(a.data.lang);
    const shown = formatNewsDate(a.data.published, { locale: loc.locale, timeZone: site.timeZone, timeZoneLabel: loc.timeZoneLabel });
    const published = page.locator('.story-dates time').first();
    await expect(published).toHaveAttribute('datetime', a.data.published.iso);
    await expect(published).toHaveText(shown);
    await expect(page.locator('.story-dates')).toContainText(`${loc.messages.published} ${shown}`);
    const updated = page.locator('.story-dates').getByText(new RegExp(`^${loc.messages.updated} `));
    // The newest of `updated` and the corrections, when later than publication (round 26a #6).
    const later = [...(a.data.updated ? [a.data.updated] : []), ...(a.data.corrections ?? []).map((c) => c.date)].filter((d) => d.epoch > a.data.published.epoch);
    const newest = later.reduce<(typeof later)[number] | undefined>((x, y) => (!x || y.epoch > x.epoch ? y : x), undefined);
    if (newest) {
      await expect(updated.locator('time')).toHaveAttribute('datetime', newest.iso);
    } else {
      await expect(updated).toHaveCount(0);
    }
    // Byline: every author linked to a page that exists.
    const authorLinks = page.locator('.story-meta .byline a[rel=author]');
    await expect(authorLinks).toHaveCount(a.data.authors.length);
    for (const id of a.data.authors) await expect(page.locator(`.story-meta .byline a[href="/authors/${id}/"]`)).toHaveCount(1);
    if (a.data.source) await expect(page.locator('.story-meta .byline')).toContainText(`${loc.messages.sourceBefore}${a.data.source}`);
    // Related links lead to real, visible pages and never to the article itself.
    const related = await page.locator('.related .card-title a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(related).not.toContain(`/articles/${a.id}/`);
    expect(new Set(related).size).toBe(related.length);
    for (const href of related) expect((await request.get(href!)).status(), href!).toBe(200);
    const pinned = a.data.related.filter((slug) => visibleArticles.some((v) => v.id === slug));
    expect(related.slice(0, pinned.length)).toEqual(pinned.map((s) => `/articles/${s}/`));
  }
});

test('date-only values show a date without a time', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.published.dateOnly);
  expect(a, 'the sample newsroom keeps a date-only article').toBeTruthy();
  await page.goto(`/articles/${a!.id}/`);
  const time = page.locator('.story-dates time').first();
  await expect(time).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(time).toHaveAttribute('datetime', a!.data.published.iso);
});

test('an article in a right-to-left language is marked up with lang and dir', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.lang && /^(ps|fa|prs|ar|ur|he)\b/.test(x.data.lang));
  expect(a, 'the sample newsroom has a Pashto or Dari article').toBeTruthy();
  await page.goto(`/articles/${a!.id}/`);
  const story = page.locator('article.story');
  await expect(story).toHaveAttribute('lang', a!.data.lang!);
  await expect(story).toHaveAttribute('dir', 'rtl');
  // The page chrome stays in the site's language and direction.
  await expect(page.locator('html')).toHaveAttribute('lang', site.lang);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const direction = await page.locator('.story-body p').first().evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
});

test('article and list pages load no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of ['/', `/articles/${visibleArticles[0]!.id}/`, '/archive/', '/sections/diplomacy/', '/tags/', '/authors/']) {
    await page.goto(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
});

test('lists paginate with rel=prev/next', async ({ page }) => {
  await page.goto('/archive/');
  const next = page.locator('link[rel=next]');
  await expect(next).toHaveAttribute('href', '/archive/2/');
  await expect(page.locator('link[rel=prev]')).toHaveCount(0);
  await page.locator('a[rel=next]').click();
  await expect(page).toHaveURL(/\/archive\/2\/$/);
  await expect(page.locator('link[rel=prev]')).toHaveAttribute('href', '/archive/');
  await expect(page.locator('h1')).toContainText('page 2');
  const firstPage = await page.request.get('/archive/').then((r) => r.text());
  const onPage2 = await page.locator('.day-headline').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(onPage2.length).toBeGreaterThan(0);
  for (const href of onPage2) expect(firstPage).not.toContain(`href="${href}"`);
});

test('section, tag, author and archive pages list their articles', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.tags.length > 0)!;
  await page.goto(`/articles/${a.id}/`);
  await page.locator('.story-section a').click();
  await expect(page.locator('.kicker')).toHaveText('Section');
  await expect(page.locator(`.card-title a[href="/articles/${a.id}/"]`)).toHaveCount(1);
  await page.goto(`/articles/${a.id}/`);
  await page.locator('.story-tags a').first().click();
  await expect(page.locator('.kicker')).toHaveText('Topic');
  await expect(page.locator(`.card-title a[href="/articles/${a.id}/"]`)).toHaveCount(1);
  await page.goto(`/articles/${a.id}/`);
  await page.locator('.story-meta .byline a').first().click();
  await expect(page.locator('.author-bio')).not.toBeEmpty();
  await expect(page.locator(`.card-title a[href="/articles/${a.id}/"]`)).toHaveCount(1);
  await page.goto('/archive/');
  await page.locator('.archive-index a').first().click();
  await expect(page.locator('.kicker')).toHaveText('Archive');
  expect(await page.locator('.day-list .day-headline').count()).toBeGreaterThan(0);
});

test('the 404 page helps the reader on', async ({ page }) => {
  const res = await page.goto('/articles/no-such-story/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('could not find');
  await expect(page.getByRole('navigation', { name: 'Where to go next' }).getByRole('link')).not.toHaveCount(0);
});

test('corrections are shown, dated, at the foot of the article', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.corrections.length > 0);
  expect(a, 'the sample has an article with corrections').toBeTruthy();
  await page.goto(`/articles/${a!.id}/`);
  const items = page.locator('.corrections li');
  await expect(items).toHaveCount(a!.data.corrections.length);
  await expect(items.first().locator('time')).toHaveAttribute('datetime', a!.data.corrections[0]!.date.iso);
});

test('the lead image has alt text, caption and credit; the dateline precedes the body', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.image && x.data.dateline);
  expect(a).toBeTruthy();
  await page.goto(`/articles/${a!.id}/`);
  await expect(page.locator('.story-image img')).toHaveAttribute('alt', a!.data.image!.alt);
  if (a!.data.image!.credit) await expect(page.locator('.story-image figcaption')).toContainText(a!.data.image!.credit);
  const first = page.locator('.story-body > *').first();
  await expect(first).toHaveClass(/dateline/);
  await expect(first).toContainText(`${a!.data.dateline} —`);
});
