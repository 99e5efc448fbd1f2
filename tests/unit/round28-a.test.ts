/** Round 28a (blind tester, readers' outputs): the lead photo's size, the search filter, print, other picture formats. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ImageMetadata } from 'astro';
import { photoFormatProblem } from '#/check/rules/image-format.ts';
import { columnSizes, columnFitWidth } from '#/domain/image-metadata.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const photo = (width: number, height: number) => ({ src: '/x.jpg', width, height, format: 'jpg' }) as ImageMetadata;

describe('#1: a photo narrower than the column is not blown up to it', () => {
  it('names its own width as sizes; a column-wide photo keeps the column rule', () => {
    expect(columnSizes(photo(1, 1))).toBe('1px');
    expect(columnSizes(photo(320, 240))).toBe('320px');
    // Shown 640 pixels tall since round 36b #2: its `sizes` is the width that makes it so.
    expect(columnSizes(photo(719, 2000))).toBe('230px');
    expect(columnSizes(photo(720, 480))).toBe('(min-width: 60rem) 45rem, 100vw');
    expect(columnSizes(photo(4000, 3000))).toBe('(min-width: 60rem) 45rem, 100vw');
  });

  it('a narrow or portrait lead photo is shown at its own width, or 640 pixels tall (#4); others fill the column', () => {
    expect(columnFitWidth(photo(1, 1))).toBe(1);
    expect(columnFitWidth(photo(320, 240))).toBe(320);
    expect(columnFitWidth(photo(900, 1600))).toBe(360);
    expect(columnFitWidth(photo(600, 9000))).toBe(42); // rounded down since round 36b #2: 640 tall at most
    expect(columnFitWidth(photo(1600, 1067))).toBeUndefined();
    expect(columnFitWidth(photo(1200, 1200))).toBe(640);
    expect(columnFitWidth(photo(4000, 3000))).toBeUndefined();
    expect(css).toContain('.story-image img:not(.fit) { width: 100%; }');
    expect(css).toContain('.card-lead .card-image { max-height: min(70vh, 32rem); object-fit: cover; }');
  });
});

describe('#2 and #5: the search filter stays in the column; <details> is printed open', () => {
  it('has the rules', () => {
    expect(css).toContain('.search-row select { max-width: 100%; }');
    expect(css).toMatch(/@media print \{\n {2}details::details-content \{ display: block; content-visibility: visible; \}/);
  });
});

describe('#3: pictures a rename does not convert are told to be exported', () => {
  it('SVG, TIFF, BMP, PSD and PDF get an export line with the path to write', () => {
    expect(photoFormatProblem('./images/chart.svg', '.svg')).toBe(
      '"./images/chart.svg" is not a supported image: an SVG drawing (it could carry scripts), which the site does not publish, and a rename does not convert it; export it as PNG (from the graphics program: Export, PNG, 1600 pixels wide) and write ./images/chart.png',
    );
    expect(photoFormatProblem('./images/scan.TIF', '.tif')).toMatch(/a TIFF scan, .*export it as JPEG .* and write \.\/images\/scan\.jpg$/);
    expect(photoFormatProblem('./images/old.bmp', '.bmp')).toMatch(/and write \.\/images\/old\.png$/);
    expect(photoFormatProblem('./images/front.psd', '.psd')).toMatch(/Photoshop .* and write \.\/images\/front\.jpg$/);
    expect(photoFormatProblem('./images/map.pdf', '.pdf')).toMatch(/PDF .* and write \.\/images\/map\.png$/);
  });

  it('a text file keeps the plain line', () => {
    expect(photoFormatProblem('./images/notes.txt', '.txt')).toBeUndefined();
  });
});

describe('#7 (critical): photos named with spaces, brackets, apostrophes, accents or Dari letters stay published', () => {
  it('the sweep reads the names pages write percent-encoded and HTML-escaped', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { removeStaleOutputs } = await import('#/build/stale-outputs.ts');
    const dir = mkdtempSync(join(tmpdir(), 'dateline-stale28-'));
    try {
      const names = ['rail wagons 2.Bm_Z2k.webp', 'yard(1).Bm_a1.webp', 'yard (1).Bm_a2.webp', 'café.Bm_a3.webp', 'عکس بازار.Bm_a4.webp', "nadia's.Bm_a5.webp", 'über.Bm_a6.jpeg', 'Screenshot 2026-11-30 at 10.15.22.Bm_a7.png', 'a%b.Bm_a8.webp', 'gone photo.Bm_a9.webp'];
      mkdirSync(join(dir, '_astro'), { recursive: true });
      for (const name of names) writeFileSync(join(dir, '_astro', name), '');
      const srcset = (n: string) => `/_astro/${encodeURIComponent(n)} 480w`;
      const page = [
        `<img src="/_astro/rail%20wagons%202.Bm_Z2k.webp" srcset="${srcset(names[0]!)}, /_astro/yard(1).Bm_a1.webp 800w">`,
        `<img src="/_astro/yard%20(1).Bm_a2.webp"><img src="/_astro/caf%C3%A9.Bm_a3.webp"><img src="/_astro/${encodeURI(names[4]!)}">`,
        `<img src="/_astro/nadia&#39;s.Bm_a5.webp"><meta property="og:image" content="https://example.org/_astro/%C3%BCber.Bm_a6.jpeg">`,
        `<img src="/_astro/${encodeURI(names[7]!)}"><img src="/_astro/a%25b.Bm_a8.webp">`,
      ].join('\n');
      writeFileSync(join(dir, 'index.html'), page);
      expect(removeStaleOutputs(dir, { written: [join(dir, 'index.html')], publicDir: join(dir, 'no-public') })).toBe(1);
      expect(readdirSync(join(dir, '_astro')).sort()).toEqual(names.filter((n) => !n.startsWith('gone')).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('#6: code and bare addresses in a right-to-left article read as typed', () => {
  it('code gets dir="auto", a bare address dir="ltr"; an English article is unchanged', async () => {
    const { renderBody } = await import('#/build/render-batch.ts');
    const body = 'د جوړولو لپاره `$ npm run build;` ولیکئ. نور په https://example.org/reports/ کې.\n\n```\n$ npm run build;\n```\n\n[راپور](https://example.org/r) <code dir="rtl">x</code>';
    const ps = renderBody(body, 'ps').html;
    expect(ps).toContain('<code dir="auto">$ npm run build;</code>');
    expect(ps).toContain('<a href="https://example.org/reports/" class="url-text" dir="ltr">https://example.org/reports/</a>');
    expect(ps).toMatch(/<pre tabindex="0" dir="auto"><code>\$ npm run build;\n<\/code><\/pre>/);
    expect(ps).toContain('<a href="https://example.org/r">راپور</a>');
    expect(ps).toContain('<code dir="rtl">x</code>');
    const en = renderBody('Type `npm run build` at https://example.org/reports/.', 'en').html;
    expect(en).not.toContain('dir=');
  });
});

describe('one reader of character references for the photo swap and the sweep', () => {
  it('decodes named and numeric references, keeps what names no character', async () => {
    const { decodeHtmlEntities } = await import('#/domain/html-entities.ts');
    expect(decodeHtmlEntities('nadia&#39;s &apos;x&#x27; a&amp;b &lt;&gt; &quot;')).toBe(`nadia's 'x' a&b <> "`);
    expect(decodeHtmlEntities('&#99999999; &nosuch; plain')).toBe('&#99999999; &nosuch; plain');
  });
});
