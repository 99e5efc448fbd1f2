/**
 * Dates at odd offsets agree across everything a build writes (round 10, finding 5 and the hunt after it): Kabul's
 * local mean time (+4:36:48 until 1890, an offset with seconds), an offset west of UTC and one of +14:00 that carry
 * a story across New Year in the newsroom's zone, and a date without a time in local mean time. The page, its
 * JSON-LD and meta tags, the three site feeds, the sitemap and the archive must name the same instants, the same
 * newsroom month, and show "Updated" exactly where the feeds carry an update.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, ROOT } from '../helpers/build-overlay.ts';

const build = buildOnce('odd-offsets', (overlay) => cpSync(join(ROOT, 'tests/fixtures/odd-offsets/content'), overlay, { recursive: true }));

const read = (path: string) => readFileSync(join(build().dist, path), 'utf8');
const page = (slug: string) => read(`articles/${slug}/index.html`);
const instant = (iso: string) => new Date(iso).toISOString();

/** slug → [published as written, updated shown (or undefined), shown text of published, newsroom month]. */
const STORIES: Record<string, [string, string | undefined, string, string]> = {
  'lmt-same-minute': ['1880-01-01T10:00:59+00:00', undefined, 'Jan 1, 1880, 2:37 PM GMT+4:36:48', '1880/01'],
  'lmt-next-minute': ['1880-01-02T10:00:11+00:00', '1880-01-02T10:00:12+00:00', 'Jan 2, 1880, 2:36 PM GMT+4:36:48', '1880/01'],
  'lmt-date-only': ['1881-03-04T19:23:12Z', undefined, 'Mar 5, 1881', '1881/03'],
  'west-new-year': ['1999-12-31T20:00:00-05:00', undefined, 'Jan 1, 2000, 5:30 AM AFT', '2000/01'],
  'east-new-year': ['2000-01-01T08:00:00+14:00', undefined, 'Dec 31, 1999, 10:30 PM AFT', '1999/12'],
};

describe('odd offsets: one instant, one minute, one month everywhere', () => {
  it('builds', () => {
    expect(build().code, build().output).toBe(0);
  });

  it.each(Object.entries(STORIES))('%s: the page shows the zone\'s minute, and "Updated" only in a later one', (slug, [published, updated, shown]) => {
    const html = page(slug);
    expect(html).toContain(`Published <time datetime="${published}">${shown}</time>`);
    expect(/Updated <time/.test(html)).toBe(updated !== undefined);
    if (updated) expect(html).toMatch(new RegExp(`Updated <time datetime="${updated.replace(/\+/g, '\\+')}">`));
    const modified = updated ?? published;
    expect(html).toContain(`"datePublished":"${published}"`);
    expect(html).toContain(`"dateModified":"${modified}"`);
    expect(html).toContain(`<meta property="article:modified_time" content="${modified}"`);
  });

  it('a correction in the published minute is shown at that minute, with its own instant', () => {
    expect(page('lmt-same-minute')).toContain('<li><time datetime="1880-01-01T10:01:00+00:00">Jan 1, 1880, 2:37 PM GMT+4:36:48</time>: The price of wheat');
  });

  it('the feeds carry an update exactly where the page shows one, as the instant the editor wrote', () => {
    const atom = read('atom.xml');
    const rss = read('rss.xml');
    const json = JSON.parse(read('feed.json')) as { items: { url: string; date_published: string; date_modified?: string }[] };
    for (const [slug, [published, updated]] of Object.entries(STORIES)) {
      const entry = atom.split('<entry').find((e) => e.includes(`/articles/${slug}/`))!;
      expect(entry, slug).toContain(`<published>${published}</published>`);
      expect(entry, slug).toContain(`<updated>${updated ?? published}</updated>`);
      const item = rss.split('<item>').find((e) => e.includes(`/articles/${slug}/`))!;
      expect(new Date(/<pubDate>([^<]*)</.exec(item)![1]!).toISOString(), slug).toBe(instant(published));
      expect(/<atom:updated>([^<]*)</.exec(item)?.[1], slug).toBe(updated);
      const j = json.items.find((i) => i.url.endsWith(`/articles/${slug}/`))!;
      expect([j.date_published, j.date_modified], slug).toEqual([published, updated]);
    }
  });

  it('the sitemap dates each page and its archive month by the same instant, and the archive files it under the newsroom month', () => {
    const sitemap = read('sitemap-0.xml');
    const lastmod = (path: string) => new RegExp(`<loc>https://[^<]*${path}</loc><lastmod>([^<]*)</lastmod>`).exec(sitemap)?.[1];
    for (const [slug, [published, updated, , month]] of Object.entries(STORIES)) {
      expect(lastmod(`/articles/${slug}/`), slug).toBe(instant(updated ?? published));
      expect(read(`archive/${month}/index.html`), slug).toContain(`href="/articles/${slug}/"`);
    }
    // Each month's lastmod is its newest story's: January 1880 holds the update of the next-minute story.
    expect(lastmod('/archive/1880/01/')).toBe(instant('1880-01-02T10:00:12+00:00'));
    expect(lastmod('/archive/1999/12/')).toBe(instant('2000-01-01T08:00:00+14:00'));
  });
});
