/**
 * Images that are only a header (round-5 findings 9, 10) or too tall for WebP (finding 5): the check reads the
 * bytes and refuses them in one line, instead of Astro crashing the build or publishing a broken image.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { missingImageData } from '#/check/rules/image-data.ts';
import { imageSize, sniffImage, type ImageFormat } from '#/check/rules/image-format.ts';

const judge = (bytes: Uint8Array) => {
  const format = sniffImage(bytes) as ImageFormat;
  return missingImageData(bytes, bytes.length, format);
};

const FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;

async function real(format: (typeof FORMATS)[number], width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .toFormat(format)
    .toBuffer();
}

describe('image data', () => {
  it.each(FORMATS)('a real %s passes', async (format) => {
    const bytes = await real(format);
    expect(sniffImage(bytes)).toBe(format === 'jpeg' ? 'jpeg' : format);
    expect(judge(bytes)).toBeUndefined();
  });

  it('headers without a picture are refused, each with what is missing', () => {
    const jpeg = Buffer.from('FFD8FFC0001108012C019003012200021101031101FFD9', 'hex');
    expect(judge(jpeg)).toMatch(/no scan/);
    const png = Buffer.concat([
      Buffer.from('89504E470D0A1A0A0000000D49484452000001900000012C0806000000', 'hex'),
      Buffer.from('00000000', 'hex'),
      Buffer.from('0000000049454E44AE426082', 'hex'),
    ]);
    expect(judge(png)).toMatch(/no IDAT/);
    const webp = Buffer.from('52494646160000005745425056503858' + '0A000000' + '10000000' + '8F0100' + '2B0100', 'hex');
    expect(judge(webp)).toMatch(/no VP8/);
    const gif = Buffer.from('474946383961900100012C000000', 'hex'); // GIF89a, 400×300, no colour table, no frame
    expect(judge(gif)).toMatch(/no frame/);
  });

  it.each(FORMATS)('a %s cut short is refused', async (format) => {
    const bytes = await real(format, 64, 48);
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.5));
    expect(judge(cut)).toBeDefined();
  });

  it('a 100×60,000 PNG reads as taller than WebP allows', async () => {
    const tall = await sharp({ create: { width: 100, height: 20_000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(imageSize(tall, 'png')).toEqual({ width: 100, height: 20_000 });
  });
});

describe('the content check refuses them in one line', () => {
  it('a truncated JPEG body image and a too-tall PNG lead image', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { checkContent } = await import('#/check/content-check.ts');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'dateline-image-data-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(root, 'tests/fixtures/base-content/content'), content, { recursive: true });
      const images = join(content, 'articles/2026/11/images');
      writeFileSync(join(images, 't-jpg.jpg'), Buffer.from('FFD8FFC0001108012C019003012200021101031101FFD9', 'hex'));
      writeFileSync(join(images, 'envoy-arrival.png'), await sharp({ create: { width: 2, height: 17_000, channels: 3, background: '#fff' } }).png().toBuffer());
      const article = join(content, 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md');
      writeFileSync(article, `${readFileSync(article, 'utf8')}\n![Truncated](./images/t-jpg.jpg)\n`);
      const { diagnostics } = checkContent({ root, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
      const lines = diagnostics.map((d) => `${d.field}  ${d.message}`);
      expect(lines).toEqual(expect.arrayContaining([
        expect.stringMatching(/^image\.src  "\.\/images\/envoy-arrival\.png" is 2×17000 pixels; the web versions \(WebP\) hold at most 16,383 pixels a side/),
        expect.stringMatching(/^body  .*"\.\/images\/t-jpg\.jpg" is not a complete JPEG image: it ends before any picture data/),
      ]));
      expect(lines).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
