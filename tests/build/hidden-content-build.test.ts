/**
 * What a draft or a scheduled article hides stays out of the deployable output: its lead image (which Astro would
 * otherwise copy into dist/_astro under the editor's file name), and a section or author that only it uses (no
 * page, feed, sitemap entry or navigation link until their first article is published). Desk notes (`<!-- … -->`) in
 * every place an editor types them (paragraph, heading, quote, list item, table cell, footnote, over lines, holding
 * a paragraph back, a bio, every title attribute) reach no page, feed or search index (round 8, findings 3, 4 and
 * 11; round 10, finding 3).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OVERLAY = join(ROOT, 'tests/fixtures/hidden-content/content');
const IMAGES = join(OVERLAY, 'articles/2026/11/images');

let work = '';
let dist = '';
let output = '';
let code: number | null = null;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dateline-hidden-'));
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(work, 'content'), { recursive: true });
  cpSync(OVERLAY, join(work, 'content'), { recursive: true });
  dist = join(work, 'dist');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CONTENT_DIR: join(work, 'content'), DATELINE_NOW: '2026-11-29T12:00:00Z' },
    });
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (c) => {
      code = c;
      resolve();
    });
  });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hidden articles leave nothing in dist', () => {
  it('builds', () => {
    expect(code, output).toBe(0);
  });

  it('copies no lead image of a draft or scheduled article', () => {
    const hidden = readdirSync(IMAGES).map((name) => ({ name, bytes: readFileSync(join(IMAGES, name)) }));
    const all = files(dist);
    // The visible article's lead image is there: the check below looks in the right place.
    expect(all.some((f) => /envoy-arrival/.test(f))).toBe(true);
    for (const { name, bytes } of hidden) {
      const stem = name.replace(/\.png$/, '');
      expect(all.filter((f) => f.includes(stem)), name).toEqual([]);
      expect(all.filter((f) => readFileSync(f).equals(bytes)), `${name} (by content)`).toEqual([]);
    }
  });

  it('publishes no page, feed, sitemap entry or nav link for a section or author only a draft uses', () => {
    const all = files(dist).map((f) => f.slice(dist.length));
    expect(all.filter((f) => /elections|secret-hire/.test(f))).toEqual([]);
    const text = files(dist)
      .filter((f) => /\.(html|xml|json|txt)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const word of ['/sections/elections/', '/authors/secret-hire/', 'Elections 2027', 'Secret Hire', 'EMBARGO', 'SCHEDULED']) {
      expect(text.includes(word), word).toBe(false);
    }
    // The sections and authors that do have articles are still there.
    expect(all).toContain('/sections/economy/index.html');
    expect(all).toContain('/authors/nadia-rahyab/index.html');
  });

  it('publishes no desk note: pages, feeds, sitemaps and the search index', () => {
    const all = files(dist);
    // The article and the bio holding the notes are there, with their words.
    const article = readFileSync(join(dist, 'articles/desk-notes-everywhere/index.html'), 'utf8');
    for (const words of ['Grain traders returned', 'one trader said', 'Flour followed', 'Buyers said', 'Ministry of Commerce figures']) expect(article, words).toContain(words);
    expect(article).not.toContain('Held back until the figures are confirmed');
    // Titles keep their words, without the note (a link's, a definition's, a raw <abbr> and <a>).
    for (const title of ['title="Chamber report"', 'title="Ministry table"', 'title="Kabul"', 'title="Old city"']) expect(article, title).toContain(title);
    expect(readFileSync(join(dist, 'authors/nadia-rahyab/index.html'), 'utf8')).toContain('regional reporting prize');
    const leaks: string[] = [];
    let indexed = false;
    for (const f of all) {
      let bytes = readFileSync(f);
      // Pagefind's index and fragments are gzipped.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      const text = bytes.toString('utf8');
      if (/desknote|<!--|&lt;!--|&#x3C;!--|<!–/i.test(text)) leaks.push(f.slice(dist.length));
      if (f.includes('/pagefind/') && text.includes('Grain traders returned')) indexed = true;
    }
    // The search index was read (decompressed) and holds the article's words, so the search above looked inside it.
    expect(indexed).toBe(true);
    expect(leaks).toEqual([]);
  });
});
