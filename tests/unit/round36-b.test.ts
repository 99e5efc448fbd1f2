/**
 * Round 36b, readers' outputs: print (tables, figures, footnote links), body photos' size, wide tables on a phone, an
 * Arabic face the device already has, and the Latest rail's language and dates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImageMetadata } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import LatestList from '../../src/components/LatestList.astro';
import { parseNewsDate } from '#/domain/dates.ts';
import type { Article } from '#/domain/newsroom.ts';
import { applyBodyImages } from '#/domain/body-images-html.ts';
import { bodyPhotoSize, columnSizes } from '#/domain/image-metadata.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
/** The body of every `@media print { … }` block, one after another. */
const printCss = [...css.matchAll(/@media print \{\n([\s\S]*?)\n\}/g)].map((m) => m[1]).join('\n');

describe('#1: print', () => {
  it('a table fits the page, keeps its rows whole and repeats its header row; figures stay whole', () => {
    expect(printCss).toContain('.story-body table { width: 100%; font-size: 9pt; }');
    expect(printCss).toContain('.story-body tr { break-inside: avoid; }');
    expect(printCss).toContain('.story-body thead { display: table-header-group; }');
    expect(printCss).toMatch(/^ {2}\.story-body p, \.story-body blockquote, figure, table \{ break-inside: avoid; \}$/m);
    expect(printCss).toContain('.story-image img, .story-image img:not(.fit), .story-body img, .story-body img:not([width]) { max-height: 9cm; width: auto; }');
  });

  it('hides the footnotes\' ↩ links and the table box\'s scroll shadows', () => {
    expect(printCss).toContain('.story-body [data-footnote-backref] { display: none; }');
    expect(printCss).toContain('.table-scroll { background: none; }');
  });
});

const photo = (width: number, height: number) => ({ src: '/x.jpg', width, height, format: 'jpg' }) as ImageMetadata;

describe('#2: a body photo is never wider than its pixels nor taller than 640', () => {
  it('sizes a narrow photo at its own width, a portrait one 640 tall, a wide one at the widest copy', () => {
    expect(bodyPhotoSize(photo(320, 240), 1600)).toEqual({ width: 320, height: 240 });
    expect(bodyPhotoSize(photo(1080, 1920), 1600)).toEqual({ width: 360, height: 640 });
    expect(bodyPhotoSize(photo(700, 700), 1600)).toEqual({ width: 640, height: 640 });
    expect(bodyPhotoSize(photo(1000, 667), 1600)).toEqual({ width: 1000, height: 667 });
    expect(bodyPhotoSize(photo(4000, 3000), 1600)).toEqual({ width: 1600, height: 1200 });
    expect(bodyPhotoSize(photo(600, 9000), 1600)).toEqual({ width: 42, height: 630 });
    // The browser fetches the copy for the width shown, not the column's.
    expect(columnSizes(photo(1080, 1920))).toBe('360px');
  });

  it('writes that size into the body\'s <img>, replacing the one the Markdown carried', () => {
    const prepared = new Map([['images/tall.jpg', { src: '/_astro/tall.webp', srcset: '/_astro/tall.webp 1080w', sizes: '360px', ...bodyPhotoSize(photo(1080, 1920), 1600) }]]);
    const html = applyBodyImages('<p><img src="./images/tall.jpg" alt="A tall tower" width="1080"></p>', prepared);
    expect(html).toBe('<p><img src="/_astro/tall.webp" srcset="/_astro/tall.webp 1080w" sizes="360px" width="360" height="640" alt="A tall tower"></p>');
  });

  it('caps a photo without a width attribute by CSS, its width left auto so it keeps its shape', () => {
    expect(css).toContain('.story-body img:not([width]) { max-height: 640px; }');
    expect(css).toMatch(/^img \{ max-width: 100%; height: auto; \}$/m);
    expect(css).not.toMatch(/^\.story-body img[^{]*\{[^}]*\bwidth: 100%/m);
  });
});

describe('#3: a wide table on a phone', () => {
  /** The declarations of the top-level rule whose selector list is exactly `selector`. */
  const ruleBody = (selector: string) => new RegExp(`^${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`, 'm').exec(css)?.[1] ?? '';

  it('scrolls in its own box, with edge shadows drawn by backgrounds alone (covers that scroll with it)', () => {
    const box = ruleBody('.table-scroll');
    expect(box).toContain('overflow-x: auto;');
    expect(box.match(/no-repeat local/g)).toHaveLength(2);
    expect(box.match(/no-repeat scroll/g)).toHaveLength(2);
    expect(box).toContain('linear-gradient(to right, var(--bg) 30%, transparent) left center');
    expect(box).toContain('linear-gradient(to left, var(--bg) 30%, transparent) right center');
  });

  it('never cuts a cell\'s word mid-word on screen', () => {
    expect(css).toMatch(/^\.story-body th, \.story-body td \{ overflow-wrap: normal; word-break: normal; hyphens: manual; \}$/m);
    // Paper does not scroll: there a cell may still break anywhere, so the table fits the page (#1).
    expect(printCss).toContain('.story-body th, .story-body td { overflow-wrap: anywhere; }');
  });
});

describe('#5: a device\'s own Noto Naskh Arabic before the served file', () => {
  const faces = readFileSync(new URL('../../src/styles/arabic-face.css', import.meta.url), 'utf8');
  const srcOf = (weight: number) => new RegExp(`font-weight: ${weight};\\s*src: ([^;]*);`).exec(faces)?.[1] ?? '';

  it('lists local() names first in each face\'s src, the served WOFF2 and WOFF after them', () => {
    for (const [weight, names] of [[400, ["'Noto Naskh Arabic'", "'NotoNaskhArabic-Regular'"]], [700, ["'Noto Naskh Arabic Bold'", "'NotoNaskhArabic-Bold'"]]] as const) {
      const src = srcOf(weight);
      const firstUrl = src.indexOf('url(');
      expect(src.startsWith('local('), `${weight}: ${src}`).toBe(true);
      for (const name of names) expect(src.indexOf(`local(${name})`), name).toBeGreaterThanOrEqual(0);
      expect(src.lastIndexOf('local(')).toBeLessThan(firstUrl);
      expect(src).toContain(`url('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2') format('woff2')`);
    }
  });

  it('serves files the package really has, and the page frame loads these faces instead of the package\'s own', () => {
    const require = createRequire(import.meta.url);
    for (const [, path] of faces.matchAll(/url\('([^']+)'\)/g)) expect(() => require.resolve(path!), path).not.toThrow();
    const base = readFileSync(new URL('../../src/layouts/Base.astro', import.meta.url), 'utf8');
    expect(base).toContain("import '../styles/arabic-face.css';");
    expect(base).not.toContain('@fontsource/noto-naskh-arabic/arabic-');
  });
});

describe('#6: the Latest rail\'s items in another language', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const story = (slug: string, lang: string | undefined, dir: 'ltr' | 'rtl', title: string) => {
    const parsed = parseNewsDate('2026-12-02T17:00:00+04:30', 'Asia/Kabul');
    if (!parsed.ok) throw new Error(parsed.problem);
    return { slug, lang, dir, data: { title, published: parsed.date } } as unknown as Article;
  };
  const items = async (articles: Article[]) =>
    (await container.renderToString(LatestList, { props: { articles, year: 2026 } })).replace(/\s*data-astro-[\w-]+="[^"]*"/g, '').match(/<li[\s\S]*?<\/li>/g) ?? [];

  it('marks an item with its story\'s language and direction, and its date as the site\'s, left to right', async () => {
    const [pashto = '', english = ''] = await items([story('kabul-talks', 'ps', 'rtl', 'د کابل خبرې'), story('geneva-talks', undefined, 'ltr', 'Talks in Geneva')]);
    expect(pashto).toMatch(/^<li lang="ps" dir="rtl">\s*<time datetime="2026-12-02T17:00:00\+04:30"><bdi lang="en" dir="ltr">[^<]+<\/bdi><\/time>\s*<a href="\/articles\/kabul-talks\/">د کابل خبرې<\/a>\s*<\/li>$/);
    // A story in the site's language: no marks, the date as before.
    expect(english).toMatch(/^<li>\s*<time datetime="2026-12-02T17:00:00\+04:30">[^<]+<\/time>\s*<a href="\/articles\/geneva-talks\/">Talks in Geneva<\/a>\s*<\/li>$/);
    expect(pashto.match(/<bdi[^>]*>([^<]+)<\/bdi>/)?.[1]).toBe(english.match(/<time[^>]*>([^<]+)<\/time>/)?.[1]);
  });

  it('keeps the rail\'s face for such an item\'s time, its headline in the language\'s', () => {
    expect(css).toMatch(/^ol\.latest-list > li\[lang\] \{ font-family: inherit; \}$/m);
    expect(css).toContain(".latest-list [dir='rtl'] a,");
  });
});
