/**
 * The front page as editors set it (content/front.md), list pages laid out like the article page, timestamps
 * that never wrap, and an article in Pashto that reads in Pashto.
 */
import { expect, test, type Page } from '@playwright/test';
import { messagesFor } from '../../src/i18n/locale.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildContext, visibleArticles } from './site-data.ts';

const newestFirst = [...visibleArticles].sort((a, b) => b.data.published.epoch - a.data.published.epoch || (a.id < b.id ? -1 : 1));
type Pick = string | { slug: string; until?: string };
const front = parse(readFileSync('content/front.md', 'utf8').split(/^---$/m)[1]!) as { lead?: Pick; top?: Pick[] };
const slugOf = (p: Pick) => (typeof p === 'string' ? p : p.slug);
const active = (p: Pick | undefined) =>
  p !== undefined && visibleArticles.some((a) => a.id === slugOf(p)) && (typeof p === 'string' || !p.until || Date.parse(p.until) > buildContext.now);
const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('href')));

test('the front page leads with the editors’ picks, fills the rest with the newest, and Latest is newest first', async ({ page }) => {
  await page.goto('/');
  const pinnedLead = active(front.lead) ? slugOf(front.lead!) : undefined;
  expect(pinnedLead, 'the sample front.md pins a lead that is not the newest story').not.toBe(newestFirst[0]!.id);
  const lead = (await hrefs(page, '.front-lead .card-lead .card-title a'))[0];
  expect(lead).toBe(`/articles/${pinnedLead ?? newestFirst[0]!.id}/`);
  await expect(page.locator('.front-lead .card-lead img')).toHaveCount(1);

  const pinnedTop = (front.top ?? []).filter(active).map(slugOf);
  const top = await hrefs(page, '.front-top .card-title a');
  expect(top.slice(0, pinnedTop.length)).toEqual(pinnedTop.map((s) => `/articles/${s}/`));
  const rest = newestFirst.filter((a) => a.id !== (pinnedLead ?? newestFirst[0]!.id) && !pinnedTop.includes(a.id));
  expect(top.slice(pinnedTop.length)).toEqual(rest.slice(0, top.length - pinnedTop.length).map((a) => `/articles/${a.id}/`));
  // Top stories with a lead image show it as a thumbnail.
  for (const a of visibleArticles.filter((x) => top.includes(`/articles/${x.id}/`))) {
    await expect(page.locator(`.front-top li:has(a[href="/articles/${a.id}/"]) img`)).toHaveCount(a.data.image ? 1 : 0);
  }

  const latest = await hrefs(page, '.latest-list a');
  const expected = newestFirst.filter((a) => `/articles/${a.id}/` !== lead && !top.includes(`/articles/${a.id}/`)).slice(0, latest.length);
  expect(latest).toEqual(expected.map((a) => `/articles/${a.id}/`));
  const times = await page.locator('.latest-list time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  // A story from another year than the rail's newest carries its year (round 26a #4); the others do not.
  const shown = await page.locator('.latest-list time').evaluateAll((els) => els.map((e) => [e.getAttribute('datetime')!.slice(0, 4), e.textContent!] as const));
  for (const [year, text] of shown) expect(text.includes(year), text).toBe(year !== shown[0]![0]);
  // Nothing appears twice on the front page.
  const all = await hrefs(page, 'main .card-title a, main .latest-list a');
  expect(new Set(all).size).toBe(all.length);
});

test('list pages use the article page’s centred measure on a desktop screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/articles/${newestFirst[0]!.id}/`);
  const story = (await page.locator('.story').boundingBox())!;
  for (const path of ['/sections/diplomacy/', '/tags/', '/authors/nadia-rahyab/', '/archive/', '/search/']) {
    await page.goto(path);
    const box = (await page.locator('main > .article-list, main > .day-list, main > .topics, main > .search-form').first().boundingBox())!;
    expect(Math.abs(box.x - story.x), path).toBeLessThan(2);
    expect(Math.abs(box.width - story.width), path).toBeLessThan(2);
  }
});

test('lists drop what the page already says and the archive is a compact list by day', async ({ page }) => {
  await page.goto('/sections/diplomacy/');
  await expect(page.locator('.card').first()).toBeVisible();
  await expect(page.locator('.card .card-section')).toHaveCount(0);
  await page.goto('/authors/nadia-rahyab/');
  await expect(page.locator('.card').first()).toBeVisible();
  await expect(page.locator('.card .byline')).toHaveCount(0);
  // Co-authors stay, as "With …"; the page's own author is never repeated.
  const shared = visibleArticles.find((a) => a.data.authors.length > 1)!;
  const own = shared.data.authors[0]!;
  await page.goto(`/authors/${own}/`);
  await expect(page.locator(`.card:has(a[href="/articles/${shared.id}/"]) .card-coauthors`)).toContainText(/^With /);
  await expect(page.locator('.card .byline')).toHaveCount(0);
  const ownName = (await page.locator('h1').textContent())!;
  for (const t of await page.locator('.card-coauthors').allTextContents()) expect(t).not.toContain(ownName);
  // A link that leaves the site says where it goes.
  const elsewhere = page.locator('.author-elsewhere a');
  if (await elsewhere.count()) await expect(elsewhere).toContainText(new URL((await elsewhere.getAttribute('href'))!).hostname.replace(/^www\./, ''));
  await page.goto('/archive/');
  const days = page.locator('.day-list .day');
  expect(await days.count()).toBeGreaterThan(1);
  await expect(page.locator('.day-list .card-standfirst')).toHaveCount(0);
  const dayKeys = await page.locator('.day-title time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(new Set(dayKeys).size).toBe(dayKeys.length);
  expect(dayKeys).toEqual([...dayKeys].sort().reverse());
});

test('a section\'s own text (below its frontmatter) opens its first page only', async ({ page }) => {
  await page.goto('/sections/economy/');
  await expect(page.locator('.section-intro')).toContainText('The economy desk reports from the markets');
  const pages = await page.locator('a[href="/sections/economy/2/"]').count();
  if (pages > 0) {
    await page.goto('/sections/economy/2/');
    await expect(page.locator('.section-intro')).toHaveCount(0);
  }
});

test('no timestamp breaks across lines, on a phone or a desktop', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/sections/economy/', '/archive/', `/articles/${newestFirst[0]!.id}/`, '/articles/national-cricket-team-returns-to-kabul/']) {
      await page.goto(path);
      // A wrapped value has boxes on two lines (bidi runs on one line give several boxes at the same height).
      const wrapped = await page.locator('time').evaluateAll((els) =>
        els
          .filter((e) => new Set([...e.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom / 4))).size > 1)
          .map((e) => e.textContent),
      );
      expect(wrapped, `${path} at ${width}px`).toEqual([]);
    }
  }
});

test('the Pashto article reads in Pashto: labels, digits, dateline and direction', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.lang === 'ps')!;
  await page.goto(`/articles/${a.id}/`);
  const story = page.locator('article.story');
  await expect(story).toHaveAttribute('lang', 'ps');
  await expect(story).toHaveAttribute('dir', 'rtl');
  const dates = page.locator('.story-dates');
  await expect(dates).toContainText('خپور شوی');
  await expect(dates).toContainText('دقیقې لوستل');
  await expect(dates).not.toContainText(/Published|min read|[0-9]/);
  await expect(dates.locator('time').first()).toHaveText(/[۰-۹]/);
  await expect(page.locator('.story-meta .byline')).toContainText('لیکوال:');
  if (a.data.dateline) await expect(page.locator('.dateline')).toHaveText(`${a.data.dateline} —`);
  await expect(page.locator('.dateline')).toHaveText(/^[\p{Script=Arabic}\s]+—$/u);
  // "Related" shows only when another article tells the same story (none does for this one in the sample);
  // where it shows, it is in Pashto.
  const related = page.locator('#related-title');
  if ((await related.count()) > 0) await expect(related).toHaveText(messagesFor('ps').related);
  expect(messagesFor('ps').related).toBe('اړوند');
  await expect(page.locator('.story-tags')).toHaveAttribute('aria-label', 'موضوعګانې');
  // The dash keeps its distance from the first word, on the right side in a right-to-left paragraph.
  const gap = await page.locator('.dateline').evaluate((e) => parseFloat(getComputedStyle(e).marginInlineEnd));
  expect(gap).toBeGreaterThan(2);
});

test('the Dari article shows its dates in the Solar Hijri calendar with Dari labels', async ({ page }) => {
  const a = visibleArticles.find((x) => x.data.lang === 'fa-AF' || x.data.lang === 'prs');
  expect(a, 'the sample newsroom has a Dari article').toBeTruthy();
  await page.goto(`/articles/${a!.id}/`);
  await expect(page.locator('article.story')).toHaveAttribute('dir', 'rtl');
  const dates = page.locator('.story-dates');
  await expect(dates).toContainText('نشر شده');
  // The Gregorian year (2026) is 1405 in the Solar Hijri calendar; digits are Eastern Arabic.
  const shown = await dates.locator('time').first().textContent();
  const year = new Intl.DateTimeFormat('en-u-ca-persian', { year: 'numeric', timeZone: 'Asia/Kabul' }).formatToParts(a!.data.published.epoch).find((p) => p.type === 'year')!.value;
  const easternDigits = year.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
  expect(shown).toContain(easternDigits);
  expect(shown).not.toMatch(/[0-9]/);
});
