/**
 * Validators nobody here wrote, over the built site: the W3C Nu HTML Checker (vnu-jar, on the machine's Java)
 * for every page, and the sitemaps.org schema (xmllint) for every sitemap. Then the metadata those validators
 * cannot judge: Open Graph image facts, canonical-only sitemaps, per-feed links and languages.
 * scripts/ensure-validators.ts provisions java and xmllint for `npm test`.
 */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, htmlFiles, readDist, urlPath, visibleArticles } from './site-data.ts';

const SITEMAP_XSD = join(process.cwd(), 'node_modules', 'sitemap', 'schema', 'sitemap.xsd');
const VNU_JAR = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const ORIGIN = 'https://dateline.example.org';

test('the Nu HTML Checker finds no error on any page', async () => {
  // One JVM checks every page (~15 s here; minutes on a loaded machine).
  test.setTimeout(360_000);
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(20);
  const run = spawnSync('java', ['-Xss2m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(run.error).toBeUndefined();
  const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  const errors = report.messages
    .filter((m) => m.type !== 'info')
    .map((m) => `${m.url ? urlPath(new URL(m.url).pathname) : ''}:${m.lastLine ?? 0} ${m.message}`);
  expect(errors).toEqual([]);
});

function xmllint(file: string): string {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SITEMAP_XSD, file], { encoding: 'utf8' });
  expect(run.error).toBeUndefined();
  return run.status === 0 ? '' : run.stderr.trim();
}

test('every sitemap is valid against the sitemaps.org schema', async () => {
  const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const f of sitemaps) expect(xmllint(join(DIST, f)), f).toBe('');
  // The index lists exactly those files.
  const index = new XMLParser().parse(readDist('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } };
  expect([index.sitemapindex.sitemap].flat().map((s) => s.loc.replace(`${ORIGIN}/`, '')).sort()).toEqual([...sitemaps].sort());
});

test('the news sitemap is valid when written, absent when nothing is recent, and robots.txt agrees', async () => {
  const robots = readDist('robots.txt');
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  if (!existsSync(join(DIST, 'news-sitemap.xml'))) {
    expect(robots).not.toContain('news-sitemap.xml');
    return;
  }
  expect(robots).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
  const xml = readDist('news-sitemap.xml');
  // sitemap.xsd checks news:* strictly but its schema (Google's) is not shipped: the core is validated with the
  // news elements removed, and those are checked for Google's required children below.
  const dir = mkdtempSync(join(tmpdir(), 'dateline-news-'));
  writeFileSync(join(dir, 'core.xml'), xml.replace(/<news:news>[\s\S]*?<\/news:news>/g, ''));
  expect(xmllint(join(dir, 'core.xml'))).toBe('');
  const urls = [(new XMLParser().parse(xml) as { urlset: { url: unknown } }).urlset.url].flat() as { 'news:news': Record<string, unknown> }[];
  for (const u of urls) {
    expect(Object.keys(u['news:news']).sort()).toEqual(['news:publication', 'news:publication_date', 'news:title']);
  }
});

test('syndicated copies (canonical elsewhere) are left out of the sitemaps; every other article is in', async () => {
  const sitemap = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readDist(f))
    .join('\n');
  const syndicated = visibleArticles.filter((a) => a.data.canonical);
  expect(syndicated.length).toBeGreaterThan(0);
  for (const a of visibleArticles) {
    expect(sitemap.includes(`<loc>${ORIGIN}/articles/${a.id}/</loc>`), a.id).toBe(!a.data.canonical);
  }
});

test('every page names its social image size and describes it', async () => {
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const og = (p: string) => new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1];
    expect(og('og:image:width'), urlPath(file)).toBe('1200');
    expect(og('og:image:height'), urlPath(file)).toBe('630');
    const alt = og('og:image:alt') ?? '';
    expect(alt.length, urlPath(file)).toBeGreaterThan(15);
  }
  for (const a of visibleArticles) {
    const html = readDist(`articles/${a.id}/index.html`);
    const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(html)?.[1];
    if (a.data.image) expect(alt).toBe(a.data.image.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    expect(html, a.id).toMatch(/"image":\["https:\/\//);
  }
});

test('section and author feeds link to their page and say their language; Atom entries carry their own', async () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const channel = (path: string) => (parser.parse(readDist(path)) as { rss: { channel: { link: string; language: string } } }).rss.channel;
  expect(channel('rss.xml').link).toBe(`${ORIGIN}/`);
  for (const dir of ['sections', 'authors']) {
    for (const id of readdirSync(join(DIST, dir)).filter((d) => existsSync(join(DIST, dir, d, 'rss.xml')))) {
      const c = channel(`${dir}/${id}/rss.xml`);
      expect(c.link).toBe(`${ORIGIN}/${dir}/${id}/`);
      const langs = new Set(visibleArticles.filter((a) => (dir === 'sections' ? a.data.section === id : a.data.authors.includes(id))).slice(0, 50).map((a) => a.data.lang ?? 'en'));
      expect(c.language, `${dir}/${id}`).toBe(langs.size === 1 ? [...langs][0] : 'en');
    }
  }
  const atom = readDist('atom.xml');
  for (const a of visibleArticles.filter((x) => x.data.lang && x.data.lang !== 'en')) {
    const entry = new RegExp(`<entry([^>]*)>\\s*<title>[^<]*</title>\\s*<link rel="alternate" type="text/html" href="${ORIGIN}/articles/${a.id}/"`).exec(atom);
    if (entry) expect(entry[1]).toBe(` xml:lang="${a.data.lang}"`);
  }
});
