/** Builds of their own: the editor's flow (add a file, rebuild, see it) and reproducibility. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { typeset } from '#/domain/typography.ts';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

function build(outDir: string, env: Record<string, string> = {}, flags: string[] = []): string {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...flags], {
    cwd: process.cwd(),
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  return run.stdout + run.stderr;
}

function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]));
}

/** Two built sites have the same files with the same bytes (the names of any that differ are reported). */
function expectSameSite(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const different = [...a].filter(([name, bytes]) => !bytes.equals(b.get(name)!)).map(([name]) => name);
  expect(different).toEqual([]);
}

test('a new Markdown file appears on the front page after a rebuild', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-editor-'));
  const contentDir = join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  const headline = 'Kabul orchard growers try cold storage for the first time';
  // As the README says: scaffold with author and section, write the standfirst and the story, remove the draft line.
  const created = spawnSync(process.execPath, ['scripts/new.ts', headline, '--author', 'zarlasht-niazai', '--section', 'economy'], {
    env: { ...process.env, DATELINE_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  expect(created.status, created.stderr).toBe(0);
  const file = /created (\S+)/.exec(created.stdout)?.[1];
  expect(file).toBeTruthy();
  const path = join(process.cwd(), file!);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace('One or two sentences: what happened and why it matters.', 'Growers in the Shomali plain stored apples over winter.')
      .replace(/^Write the story here\..*$/m, 'Apple growers north of Kabul kept part of the autumn crop in cold stores this year.')
      .replace(/^draft: true.*\n/m, ''),
  );
  const check = spawnSync(process.execPath, ['scripts/check-content.ts', contentDir], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const out = join(work, 'dist');
  build(out, { DATELINE_CONTENT_DIR: contentDir });
  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  // The editors pin the lead (content/front.md); the newest story takes the first free slot at the top of the page.
  await expect(page.locator('.front-lead .card-title', { hasText: headline })).toHaveCount(1);
  const slug = 'kabul-orchard-growers-try-cold-storage-for-the-first-time';
  expect(readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8')).toContain(headline);
});

test('two builds, in different clock zones, are byte-identical', async () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-repro-'));
  const env = { DATELINE_NOW: '2026-11-28T12:00:00Z' };
  // Social cards are drawn afresh by each build (not copied from the card cache), so they are compared too.
  const cards = join('node_modules', '.cache', 'dateline-cards');
  rmSync(cards, { recursive: true, force: true });
  build(join(work, 'utc'), { ...env, TZ: 'UTC' });
  rmSync(cards, { recursive: true, force: true });
  build(join(work, 'auckland'), { ...env, TZ: 'Pacific/Auckland' });
  const a = tree(join(work, 'utc'));
  const b = tree(join(work, 'auckland'));
  expectSameSite(a, b);
});

test('the build speed-ups change nothing: optimised and plain builds are byte-identical', async () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-optimise-'));
  const env = { DATELINE_NOW: '2026-11-28T12:00:00Z' };
  // --force empties the content-layer cache so both builds render every article.
  build(join(work, 'plain'), { ...env, DATELINE_OPTIMISE: 'off', DATELINE_RENDER_WORKERS: '0' }, ['--force']);
  build(join(work, 'fast'), { ...env, DATELINE_RENDER_WORKERS: 'always' }, ['--force']);
  const a = tree(join(work, 'plain'));
  const b = tree(join(work, 'fast'));
  expectSameSite(a, b);
});

// The pool is on by default; the same site with it off must be the same bytes, with one worker (the default on two
// cores) and with two. Each build writes its own output folder; all share the project's .astro/.prerender, which the
// workers never read after start-up (src/build/prerender-snapshot.ts).
test('pages rendered on worker threads are byte-identical to pages rendered on Astro’s own thread', async () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-page-workers-'));
  const env = { DATELINE_NOW: '2026-11-28T12:00:00Z' };
  const own = build(join(work, 'own'), { ...env, DATELINE_PAGE_WORKERS: 'off' }, ['--force']);
  expect(own).not.toMatch(/pages render on/);
  const site = tree(join(work, 'own'));
  // Body and lead images are registered in the workers and handed back: every image file must be there.
  expect([...site.keys()].some((name) => /^\/_astro\/rail-wagons-at-hairatan\.[\w-]+_[\w-]+\.webp$/.test(name))).toBe(true);
  for (const workers of ['1', '2']) {
    // The workers start with the first page here (a newsroom's build starts them after 100: page-workers.ts).
    const pooled = build(join(work, `pool-${workers}`), { ...env, DATELINE_PAGE_WORKERS: workers, DATELINE_PAGE_WORKERS_AFTER: '0' }, ['--force']);
    expect(pooled).toMatch(new RegExp(`pages render on ${workers} worker threads? and Astro's own`));
    expect(Number(/pages rendered: (\d+) on worker threads/.exec(pooled)?.[1])).toBeGreaterThan(0);
    expectSameSite(site, tree(join(work, `pool-${workers}`)));
  }
});

test('an incremental rebuild after an edit equals a full build', async () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-incremental-'));
  const contentDir = join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  const env = { DATELINE_NOW: '2026-11-28T12:00:00Z', DATELINE_CONTENT_DIR: contentDir };
  const out = join(work, 'dist');
  build(out, env);
  // An edit that reaches other pages: the headline shows on list pages and in other articles' related links.
  const slug = 'torkham-traders-tally-losses-a-month-after-reopening';
  const file = join(contentDir, 'articles', '2026', '11', `${slug}.md`);
  const source = readFileSync(file, 'utf8');
  const title = /^title: (.*)$/m.exec(source)?.[1];
  expect(title).toBeTruthy();
  writeFileSync(file, source.replace(`title: ${title}`, 'title: Torkham traders count their losses a month on'));
  // A body photo replaced under the same name (a face blurred, a photo withdrawn): its old web copies must not stay
  // in dist/_astro, which a full build would not write (round 16, finding 5).
  const images = join(contentDir, 'articles', '2026', '11', 'images');
  cpSync(join(images, 'doha-table-drawing.png'), join(images, 'carpet-bales-at-the-yard.png'));
  // Into the same folder, as a CI that keeps its caches deploys: what the last build wrote is still there.
  const log = build(out, env);
  // Unchanged pages were copied from the previous build; the edited article was rendered again.
  expect(log).toMatch(/\(restored\)/);
  expect(log).not.toMatch(new RegExp(`/articles/${slug}/index\\.html\\s*\\(restored\\)`));
  const incremental = tree(out);
  build(out, env, ['--force']);
  const full = tree(out);
  expectSameSite(full, incremental);
  expect(full.get(`/articles/${slug}/index.html`)?.toString()).toContain('Torkham traders count their losses a month on');
});

test('hostile frontmatter arrives as text everywhere: HTML, attributes, JSON-LD, feeds, sitemaps', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
  const contentDir = join(work, 'content');
  cpSync('tests/fixtures/base-content/content', contentDir, { recursive: true });
  cpSync('tests/fixtures/hostile-content/content', contentDir, { recursive: true });
  const out = join(work, 'dist');
  build(out, { DATELINE_CONTENT_DIR: contentDir, DATELINE_NOW: '2026-11-22T00:00:00Z' });
  const slug = 'hostile-headline-test';
  // Headlines are typeset (curly quotes, dashes): the escaping must hold for the typeset text. (An HTML comment's
  // `<!--` or `-->` in a field is refused by the check since round 8: it would be printed.)
  const title = typeset(`</script><script>alert('title')</script> & <b>"Quotes"</b> ]]> <! done`);
  const file = join(out, 'articles', slug, 'index.html');
  const html = readFileSync(file, 'utf8');

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('.story-meta .byline')).toContainText(`Hal </script><script>alert('name')</script> & <b>Bold</b>`);
  await expect(page.locator('.story-meta .byline')).toContainText(`for Wire </script><script>alert('source')</script>`);
  // Only structured data: no script that runs, no handler, no frame, no style from the content.
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  expect(await page.locator('iframe, svg, style, [onclick], [onerror], [onload], [onmouseover]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = ld.map((t) => JSON.parse(t) as Record<string, unknown>).find((d) => d['@type'] === 'NewsArticle')!;
  expect(article['headline']).toBe(title);
  // In the markup itself (outside quoted attribute values, where `<` is harmless text) nothing was injected.
  expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script>alert|<b>|<img src=x/);

  // The author page (name, role and URL in attributes and text).
  await page.goto(pathToFileURL(join(out, 'authors', 'hostile-hal', 'index.html')).href);
  await expect(page.locator('h1')).toHaveText(`Hal </script><script>alert('name')</script> & <b>Bold</b>`);
  expect(await page.locator('script:not([type="application/ld+json"]), img[onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);

  // Feeds and sitemaps parse, and the values come back exactly.
  const { XMLParser } = await import('fast-xml-parser');
  const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
  const rss = xml.parse(readFileSync(join(out, 'rss.xml'), 'utf8')) as { rss: { channel: { item: { title: string }[] } } };
  // RSS readers render <title> as HTML, so the feed carries it HTML-escaped (src/outputs/feeds.ts, rssText): no markup
  // after the XML is read, and the title itself once the reader decodes the HTML.
  const rssTitles = rss.rss.channel.item.map((i) => String(i.title));
  expect(rssTitles.some((t) => t.includes('<script'))).toBe(false);
  expect(rssTitles.map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))).toContain(title);
  const atom = xml.parse(readFileSync(join(out, 'atom.xml'), 'utf8')) as { feed: { entry: { title: string }[] } };
  expect(atom.feed.entry.map((e) => e.title)).toContain(title);
  const json = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { items: { title: string; content_html: string }[] };
  const item = json.items.find((i) => i.title === title)!;
  expect(item).toBeTruthy();
  expect(item.content_html).not.toMatch(/<script|<iframe|onclick=|javascript:/i);
  const news = xml.parse(readFileSync(join(out, 'news-sitemap.xml'), 'utf8')) as { urlset: { url: { 'news:news': { 'news:title': string } } | { 'news:news': { 'news:title': string } }[] } };
  expect([news.urlset.url].flat().map((u) => u['news:news']['news:title'])).toContain(title);
  const sitemap = xml.parse(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: { loc: string }[] } };
  expect(sitemap.urlset.url.map((u) => u.loc).filter((loc) => loc.includes('/articles/')).length).toBeGreaterThan(0);

  // Social cards draw only what the bundled fonts cover: emoji keep the site card (no card of hex boxes is
  // written); a Dari headline with zero-width non-joiners gets its own.
  const ogImage = (s: string) => /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(out, 'articles', s, 'index.html'), 'utf8'))?.[1];
  expect(ogImage('emoji-headline-card')).toBe('https://dateline.example.org/og-card.png');
  expect(readdirSync(join(out, 'og'))).not.toContain('emoji-headline-card.png');
  expect(ogImage('dari-zwnj-card')).toBe('https://dateline.example.org/og/dari-zwnj-card.png');
  expect(readdirSync(join(out, 'og'))).toContain('dari-zwnj-card.png');
});
