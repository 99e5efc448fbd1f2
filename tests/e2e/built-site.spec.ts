/** Checks over the whole built site: links and fragments, valid HTML, CSP, structured data and feeds. */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { existsSync, readFileSync } from 'node:fs';
import { DIST, htmlFiles, readDist, urlPath, visibleArticles } from './site-data.ts';

test('no broken internal link or #fragment anywhere in dist/', async () => {
  test.setTimeout(180_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: DIST,
    recurse: true,
    checkFragments: true,
    // Only this site: the production origin in canonical/og tags is not served here, external sites are off-limits.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
    concurrency: 8,
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}) ${l.status}`);
  expect(broken).toEqual([]);
  expect(result.links.filter((l) => l.state === "OK").length).toBeGreaterThan(htmlFiles().length);
});

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements without the trailing slash style choice mattering; long lines are fine.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      // JSON-LD and the CSP meta are legitimate inline content.
      'no-inline-style': 'error',
      'long-title': 'off',
    },
  });
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${urlPath(file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every page carries a Content-Security-Policy covering its inline scripts', async () => {
  const crypto = await import('node:crypto');
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, urlPath(file)).toBeTruthy();
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = crypto.createHash('sha256').update(m[1]!).digest('base64');
      expect(csp, `inline script on ${urlPath(file)}`).toContain(`'sha256-${hash}'`);
    }
  }
});

test('visible dates, JSON-LD, Open Graph and feed dates agree for every article', async () => {
  const feed = JSON.parse(readDist('feed.json')) as { items: { url: string; date_published: string; date_modified?: string }[] };
  const atom = new XMLParser({ ignoreAttributes: false }).parse(readDist('atom.xml')) as {
    feed: { entry: { id: string; published: string; updated: string }[] | { id: string; published: string; updated: string } };
  };
  const atomEntries = [atom.feed.entry].flat();
  const rss = new XMLParser({ ignoreAttributes: false }).parse(readDist('rss.xml')) as {
    rss: { channel: { item: { link: string; pubDate: string }[] } };
  };
  for (const a of visibleArticles) {
    const html = readDist(`articles/${a.id}/index.html`);
    // The first date in the dates line is the publication, a second one the update (labels are in the article's language).
    const dates = [.../<p class="story-dates"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    const visible = dates.slice(0, 1);
    const visibleUpdated = dates[1];
    const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
      .find((d) => d['@type'] === 'NewsArticle')!;
    const og = (p: string) => new RegExp(`<meta property="${p}" content="([^"]+)"`).exec(html)?.[1];
    const published = a.data.published.iso;
    // Last modified: the update shown, or a later correction at the foot of the page (round 19), whichever is newest.
    const corrected = [...(/<aside class="corrections"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '').matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    const modified = [visibleUpdated ?? published, ...corrected].reduce((x, y) => (Date.parse(y) > Date.parse(x) ? y : x));
    // The header's "Updated" is that last modification itself, a correction's included (round 26a #6).
    expect(visibleUpdated ?? published).toBe(modified);
    // Open Graph's locale follows the article's language (`fa_AF` for a Dari story, `ps_AF` for `ps`), else the site's.
    const lang = new Intl.Locale(a.data.lang ?? 'en-US').maximize();
    expect(og('og:locale')).toBe(lang.region ? `${lang.language}_${lang.region}` : lang.language);
    expect(visible).toEqual([published]);
    expect(ld['datePublished']).toBe(published);
    expect(ld['dateModified']).toBe(modified);
    expect(og('article:published_time')).toBe(published);
    expect(og('article:modified_time')).toBe(modified);
    const url = `https://dateline.example.org/articles/${a.id}/`;
    const fi = feed.items.find((i) => i.url.endsWith(`/articles/${a.id}/`));
    if (fi) {
      expect(fi.date_published).toBe(published);
      expect(fi.date_modified).toBe(modified === published ? undefined : modified);
    }
    const ae = atomEntries.find((e) => e.id.endsWith(`/articles/${a.id}/`));
    if (ae) {
      expect(ae.published).toBe(published);
      expect(ae.updated).toBe(modified);
    }
    const ri = rss.rss.channel.item.find((i) => i.link.endsWith(`/articles/${a.id}/`));
    if (ri) expect(Date.parse(ri.pubDate)).toBe(a.data.published.epoch);
    expect(url).toContain(a.id);
  }
});

test('feeds parse, hold absolute URLs, and link from every page', async () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const rss = parser.parse(readDist('rss.xml')) as { rss: { channel: { item: { link: string; 'content:encoded': string; category: string | string[] }[] } } };
  const items = rss.rss.channel.item;
  expect(items.length).toBe(Math.min(50, visibleArticles.length));
  for (const i of items) {
    expect(i.link).toMatch(/^https:\/\//);
    expect(i['content:encoded']).not.toMatch(/\b(href|src)="\/(?!\/)/);
    expect([i.category].flat().length).toBeGreaterThan(0);
  }
  const json = JSON.parse(readDist('feed.json')) as { version: string; items: { content_html: string }[] };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  for (const i of json.items) expect(i.content_html).not.toMatch(/\b(href|src)="\/(?!\/)/);
  const sectionFeed = parser.parse(readDist('sections/diplomacy/rss.xml')) as { rss: { channel: { item: { category: string | string[] }[] } } };
  const sectionItems = [sectionFeed.rss.channel.item].flat();
  expect(sectionItems.length).toBe(visibleArticles.filter((a) => a.data.section === 'diplomacy').length);
  // Section and author feeds are summaries (an article is in the feed of each of its authors): no full text.
  for (const file of ['sections/diplomacy/rss.xml', 'authors/nadia-rahyab/rss.xml']) {
    expect(readDist(file), file).toContain('<description>');
    expect(readDist(file), file).not.toContain('<content:encoded>');
  }
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    expect(html, urlPath(file)).toContain('<link rel="alternate" type="application/rss+xml"');
  }
});

test('sitemaps list every canonical visible article with its lastmod; robots.txt points at them', async () => {
  const index = readDist('sitemap-index.xml');
  expect(index).toContain('sitemap-0.xml');
  const sitemap = readDist('sitemap-0.xml');
  for (const a of visibleArticles.filter((x) => !x.data.canonical)) {
    const entry = new RegExp(`<url><loc>https://dateline.example.org/articles/${a.id}/</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap);
    expect(entry, a.id).toBeTruthy();
    // The newest of the publication, the update and the corrections (a correction is a modification: round 19).
    const modified = Math.max(a.data.published.epoch, ...(a.data.updated ? [a.data.updated.epoch] : []), ...(a.data.corrections ?? []).map((c) => c.date.epoch));
    expect(Date.parse(entry![1]!)).toBe(modified);
  }
  // A renamed article's old address (`formerly`) sends readers on and names the article as canonical; no sitemap lists it.
  for (const a of visibleArticles) {
    for (const old of a.data.formerly ?? []) {
      const page = readDist(`articles/${old}/index.html`);
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/articles/${a.id}/">`);
      // A syndicated copy's old address names the original, as the copy's own page does (round 25c #8).
      expect(page).toContain(`<link rel="canonical" href="${a.data.canonical ?? `https://dateline.example.org/articles/${a.id}/`}">`);
      // The story's own link preview, for crawlers that do not follow the refresh (round 25c #12).
      const og = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(og(page)).toBe(og(readDist(`articles/${a.id}/index.html`)));
      expect(sitemap).not.toContain(`/articles/${old}/`);
    }
  }
  expect(visibleArticles.some((a) => (a.data.formerly ?? []).length > 0), 'the sample newsroom has a renamed article').toBe(true);
  expect(visibleArticles.some((a) => (a.data.formerly ?? []).length > 0 && a.data.canonical), 'and a renamed syndicated copy').toBe(true);
  const robots = readDist('robots.txt');
  expect(robots).toContain('Sitemap: https://dateline.example.org/sitemap-index.xml');
  // The news sitemap is only written when an article is under two days old (validators.spec.ts checks both states).
  expect(robots.includes('Sitemap: https://dateline.example.org/news-sitemap.xml')).toBe(existsSync(`${DIST}/news-sitemap.xml`));
});

test('an article in Pashto gets its own generated social card, not the site card', async () => {
  const slug = 'national-cricket-team-returns-to-kabul';
  const html = readDist(`articles/${slug}/index.html`);
  expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]).toBe(`https://dateline.example.org/og/${slug}.png`);
});

test('every article has a 1200×630 social image that exists in dist/', async () => {
  const sharp = (await import('sharp')).default;
  for (const a of visibleArticles) {
    const html = readDist(`articles/${a.id}/index.html`);
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, a.id).toMatch(/^https:\/\/dateline\.example\.org\//);
    const file = new URL(og!).pathname.slice(1);
    const meta = await sharp(readFileSync(`${DIST}/${file}`)).metadata();
    expect([meta.width, meta.height], `${a.id}: ${file}`).toEqual([1200, 630]);
    const ld = /"image":\["([^"]+)"\]/.exec(html)?.[1];
    if (ld) expect(ld).toBe(og);
  }
});

test('a lead chart with a transparent background gets a white, not a black, social image (round 25b #15)', async () => {
  const sharp = (await import('sharp')).default;
  // The sample chart is exported with a transparent background, as Datawrapper and spreadsheets often export them.
  expect((await sharp('content/articles/2026/11/images/winter-fuel-prices-chart.png').stats()).isOpaque).toBe(false);
  const html = readDist('articles/winter-fuel-prices-climb-as-importers-pass-on-higher-costs/index.html');
  const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const { data } = await sharp(readFileSync(`${DIST}/${new URL(og!).pathname.slice(1)}`)).extract({ left: 0, top: 0, width: 8, height: 8 }).raw().toBuffer({ resolveWithObject: true });
  expect(Math.min(...data)).toBeGreaterThan(240);
});

test('photos are published only as the pipeline made them: no original file, none wider than 1,600 pixels', async () => {
  const { readdirSync } = await import('node:fs');
  const { default: sharp } = await import('sharp');
  const images = readdirSync(`${DIST}/_astro`).filter((f) => /\.(png|jpe?g|gif|webp|avif)$/i.test(f));
  expect(images.length).toBeGreaterThan(10);
  // Astro names a derivative `<name>.<hash>_<variant>.<ext>` and copies an original as `<name>.<hash>.<ext>`: the
  // original keeps the camera's metadata (GPS, captions), which no page shows.
  expect(images.filter((f) => /^[^.]+\.[A-Za-z0-9_-]{8}\.\w+$/.test(f))).toEqual([]);
  const wide: string[] = [];
  for (const f of images) {
    const { width = 0 } = await sharp(`${DIST}/_astro/${f}`).metadata();
    if (width > 1600) wide.push(`${f} ${width}`);
  }
  expect(wide).toEqual([]);
});
