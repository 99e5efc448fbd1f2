/**
 * Round 10, finding 1: the decode work of a photo read from its structure before any decoder sees it. A progressive
 * JPEG's scans and an animation's frames are capped (one line, without decoding), and a JPEG's extra scans and a
 * PNG's 16 bits, alpha or interlacing weigh the per-article pixel budget. Small fixtures are made here with the
 * tester's generators (scripts/image-generators.ts); the big ones are in tests/unit/stress-images.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodedPixels, pixelBudget } from '#/check/rules/image-budget.ts';
import { gifFrames, isProgressiveJpeg, jpegScans, pngLayout, webpFrames } from '#/check/rules/image-structure.ts';
import { decodeWorkOf, decodeWorkProblem, MAX_FRAMES, MAX_JPEG_SCANS } from '#/check/rules/image-work.ts';
import { checkLeadImage } from '#/check/rules/trust.ts';
import { manyFrameGif, manyFrameWebp, png16, progressiveJpeg, zeroPngData } from '../../scripts/image-generators.ts';
import { GOOD_IMAGES } from '../helpers/bad-images.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-decode-work-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const content = join(dir, 'content');
const article = join(content, 'articles/2026/11/photo.md');
mkdirSync(join(content, 'articles/2026/11/images'), { recursive: true });
/** The photo as `./images/<name>` of an article: the trust rules' one line, or undefined. */
const lead = (name: string, bytes: Buffer) => {
  writeFileSync(join(content, 'articles/2026/11/images', name), bytes);
  return checkLeadImage(content, article, `./images/${name}`, (p) => p);
};
const workOf = (bytes: Buffer) => decodeWorkOf(bytes.subarray(0, 256 * 1024), bytes.length, () => bytes);
const noise = (width: number, height: number, channels: 3 | 4) => sharp(Buffer.from(Array.from({ length: width * height * channels }, (_, i) => (i * 7919) % 251)), { raw: { width, height, channels } });

describe('progressive JPEG scans', () => {
  it('are counted over the segments and the entropy-coded data, stopping one past the cap', async () => {
    const ordinary = await noise(64, 48, 3).jpeg({ progressive: true }).toBuffer();
    expect(isProgressiveJpeg(ordinary)).toBe(true);
    expect(isProgressiveJpeg(GOOD_IMAGES.jpeg)).toBe(false);
    expect(jpegScans(ordinary, MAX_JPEG_SCANS)).toBe(10); // libjpeg's standard script for colour
    expect(jpegScans(await noise(64, 48, 3).jpeg({ progressive: true, mozjpeg: true }).toBuffer(), MAX_JPEG_SCANS)).toBeLessThanOrEqual(12);
    expect(jpegScans(progressiveJpeg(64, 64, 1, 1), MAX_JPEG_SCANS)).toBe(64);
    // The tester's file (3 components, 14 steps: 2,647 scans): the count stops at 101.
    expect(jpegScans(progressiveJpeg(64, 64, 3), MAX_JPEG_SCANS)).toBe(MAX_JPEG_SCANS + 1);
    // Stuffed 0xFF bytes, restart markers and fill bytes inside the data are not scans; a DHT between scans is skipped.
    const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
    const data = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0xd1, 0xda, 0x00];
    const dht = [0xff, 0xc4, 0x00, 0x04, 0xda, 0xda];
    expect(jpegScans(Buffer.from([0xff, 0xd8, ...sos, ...data, ...dht, ...sos, ...data, 0xff, 0xd9, ...sos]), MAX_JPEG_SCANS)).toBe(2);
  });

  it('an ordinary progressive JPEG weighs as its pixels; past ten scans each weighs a tenth', async () => {
    expect(workOf(await noise(64, 48, 3).jpeg({ progressive: true }).toBuffer())).toMatchObject({ pixels: 64 * 48, weight: 1, scans: 10 });
    expect(workOf(progressiveJpeg(64, 64, 1, 1))).toMatchObject({ pixels: 4096, weight: 6.4, heavy: 'a progressive JPEG of 64 scans', lighter: 'save it as a baseline JPEG' });
  });

  it('over 100 scans: one line, from the structure (the tester\'s 685 KB file took 96 s of CPU to decode)', () => {
    expect(lead('flat.jpg', progressiveJpeg(8000, 8000, 3))).toBe(
      '"./images/flat.jpg" is a progressive JPEG of more than 100 scans (an ordinary one has about 10), and a decoder walks the whole picture once per scan; save it as a baseline JPEG (or progressive with the standard scans)',
    );
    expect(lead('scans.jpg', progressiveJpeg(640, 480, 1, 1))).toBeUndefined();
  });
});

describe('PNG bytes per pixel', () => {
  it('16 bits a channel, alpha (colour type or tRNS) and interlacing weigh the budget', async () => {
    const rgba16 = png16(64, 64, await zeroPngData(64, 64, 8));
    expect(pngLayout(rgba16)).toEqual({ sixteenBit: true, alpha: true, interlaced: false });
    expect(workOf(rgba16)).toMatchObject({ weight: 4, heavy: 'a 16-bit PNG with alpha', lighter: 'save it as 8-bit, without transparency (a photo as a JPEG)' });
    expect(workOf(await noise(64, 48, 3).png().toBuffer())).toMatchObject({ weight: 1 });
    expect(workOf(await noise(64, 48, 4).png().toBuffer())).toMatchObject({ weight: 2, heavy: 'a PNG with alpha' });
    expect(workOf(await noise(64, 48, 3).png({ progressive: true }).toBuffer())).toMatchObject({ weight: 2, heavy: 'an interlaced PNG', lighter: 'save it not interlaced (a photo as a JPEG)' });
    expect(workOf(await noise(64, 48, 3).toColourspace('rgb16').png().toBuffer())).toMatchObject({ weight: 2, heavy: 'a 16-bit PNG' });
    // A palette with a transparent entry (tRNS) decodes to RGBA.
    expect(workOf(await noise(64, 48, 4).png({ palette: true }).toBuffer())).toMatchObject({ weight: 2 });
  });

  it('the tester\'s three 100-megapixel 16-bit RGBA PNGs: one line at the first, saying what to do', () => {
    const use = (n: number) => ({ file: 'a.md', field: 'body', line: n + 10, column: 1, path: `/p/${n}.png`, src: `./${n}.png`, label: `image ![Map ${n}](./${n}.png)` });
    const heavy = { pixels: 400_000_000, heavy: 'a 16-bit PNG with alpha, counts 4 times its 100 megapixels', lighter: 'save it as 8-bit, without transparency (a photo as a JPEG)' };
    const { diagnostics } = pixelBudget([use(0), use(1), use(2)], () => heavy);
    expect(diagnostics.map((d) => `${d.line}  ${d.message}`)).toEqual([
      "10  image ![Map 0](./0.png) brings the article's photos to 400 megapixels (1 photo; this one, a 16-bit PNG with alpha, counts 4 times its 100 megapixels); the limit is 300 megapixels per article, as every build decodes each photo and resizes it to four widths; save it as 8-bit, without transparency (a photo as a JPEG), export smaller copies (2,400 pixels wide is plenty for the web) or split the article",
    ]);
  });

  it('the weight is read from the file', async () => {
    const path = join(dir, 'p16.png');
    writeFileSync(path, png16(1000, 1000, await zeroPngData(1000, 1000, 8)));
    expect(decodedPixels(path)).toEqual({ pixels: 4_000_000, heavy: 'a 16-bit PNG with alpha, counts 4 times its 1 megapixels', lighter: 'save it as 8-bit, without transparency (a photo as a JPEG)' });
  });
});

describe('animation frames', () => {
  it('GIF and animated WebP frames are counted; the canvas counts once per frame', () => {
    expect(gifFrames(manyFrameGif(5), MAX_FRAMES)).toBe(5);
    expect(workOf(manyFrameGif(1000))).toMatchObject({ format: 'gif', frames: 1000, pixels: 1000 });
    expect(webpFrames(manyFrameWebp(3), MAX_FRAMES)).toBe(3);
    expect(workOf(manyFrameWebp(3))).toMatchObject({ format: 'webp', frames: 3, pixels: 3 });
    expect(workOf(GOOD_IMAGES.webp)).toMatchObject({ frames: 1 });
  });

  it('past 1,000 frames: one line; the count stops in the header, so the rest of a 46 MB file is never read', () => {
    const big = manyFrameGif(2_000_000);
    let wholeRead = false;
    const work = decodeWorkOf(big.subarray(0, 256 * 1024), big.length, () => {
      wholeRead = true;
      return big;
    });
    expect(work?.frames).toBe(MAX_FRAMES + 1);
    expect(wholeRead).toBe(false);
    expect(work && decodeWorkProblem(work)).toBe('is an animation of more than 1,000 frames, each of which the build decodes and converts; use a still image, or a shorter animation (at most 1,000 frames)');
    // Frames past the header are counted over the whole file.
    const spread = manyFrameGif(20_000);
    expect(decodeWorkOf(spread.subarray(0, 1024), spread.length, () => spread)?.frames).toBe(MAX_FRAMES + 1);
    expect(lead('many.webp', manyFrameWebp(1001))).toMatch(/^"\.\/images\/many\.webp" is an animation of more than 1,000 frames/);
    expect(lead('ok.gif', manyFrameGif(1000))).toBeUndefined();
  });
});

describe('AVIF images', () => {
  const box = (type: string, ...content: Buffer[]) => {
    const body = Buffer.concat(content);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  const full = (version: number, flags = 0) => Buffer.from([version, 0, 0, flags]);
  const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
  const u32 = (n: number) => Buffer.from([n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
  /** An AVIF header with `items` picture items (the last `hidden` of them hidden) and an Exif item. */
  const avif = (items: number, hidden = 0) => {
    const infes = Array.from({ length: items }, (_, i) => box('infe', full(2, i >= items - hidden ? 1 : 0), u16(i + 1), u16(0), Buffer.from('av01\0', 'latin1')));
    const exif = box('infe', full(2), u16(items + 1), u16(0), Buffer.from('Exif\0', 'latin1'));
    const meta = box('meta', full(0), box('hdlr', full(0), Buffer.alloc(4), Buffer.from('pict', 'latin1'), Buffer.alloc(13)), box('iinf', full(0), u16(items + 1), ...infes, exif), box('iprp', box('ipco', box('ispe', full(0), u32(64), u32(64)))));
    return Buffer.concat([box('ftyp', Buffer.from('avif\0\0\0\0mif1avif', 'latin1')), meta, box('mdat', Buffer.alloc(32))]);
  };

  it('every top-level image counts (Astro loads them all): hidden tiles, thumbnails and alpha planes do not', async () => {
    expect(workOf(GOOD_IMAGES.avif)).toMatchObject({ format: 'avif', frames: 1, pixels: 256 });
    const withAlpha = await sharp({ create: { width: 16, height: 16, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } }).avif().toBuffer();
    expect(workOf(withAlpha)).toMatchObject({ frames: 1 });
    expect(workOf(avif(3))).toMatchObject({ frames: 3, pixels: 3 * 4096 });
    expect(workOf(avif(5, 4))).toMatchObject({ frames: 1 });
    const many = workOf(avif(2000));
    expect(many?.frames).toBe(MAX_FRAMES + 1);
    expect(many && decodeWorkProblem(many)).toBe('holds more than 1,000 images, each of which the build decodes; use a still image (one picture a file)');
  });
});
