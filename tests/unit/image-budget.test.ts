/**
 * Round 8, finding 5: one article with twelve 100-megapixel PNG maps (12 KB each) cost ~1.6 s of check CPU and
 * over 20 s of build. The pixels of an article's photos are bounded together (src/check/rules/image-budget.ts):
 * one line at the photo that takes the article over, and none of its photos is decoded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodedPixels, MAX_ARTICLE_PIXELS, pixelBudget } from '#/check/rules/image-budget.ts';
import { decodeLocalImages } from '#/check/rules/image-decode.ts';
import { ANIMATION_WEIGHT } from '#/check/rules/image-work.ts';
import { BAD_IMAGES, GOOD_IMAGES } from '../helpers/bad-images.ts';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};
/** A valid 1-bit grey PNG of `side`×`side` pixels, all black: 100 megapixels in ~12 KB. */
function blackPng(side: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth; colour type 0 (grey), no interlace
  const raw = Buffer.alloc((1 + Math.ceil(side / 8)) * side);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-pixels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('the pixels of an article’s photos', () => {
  it('are read from the headers, an animated GIF counting each frame', () => {
    expect(decodedPixels(file('big.png', blackPng(10_000))).pixels).toBe(100_000_000);
    expect(decodedPixels(file('one.gif', GOOD_IMAGES.gif)).pixels).toBe(256);
    // Three frames of the same 16×16 picture: the decoder makes three canvases.
    const frame = GOOD_IMAGES.gif.subarray(GOOD_IMAGES.gif.indexOf(0x21), GOOD_IMAGES.gif.length - 1);
    const three = Buffer.concat([GOOD_IMAGES.gif.subarray(0, GOOD_IMAGES.gif.indexOf(0x21)), frame, frame, frame, Buffer.from([0x3b])]);
    expect(decodedPixels(file('three.gif', three)).pixels).toBe(3 * 256 * ANIMATION_WEIGHT);
    expect(decodedPixels(join(dir, 'missing.png')).pixels).toBe(0);
  });

  it('are bounded per article: one line at the photo that goes over, photos shown twice count once', () => {
    const use = (article: string, n: number, line: number) => ({ file: article, field: 'body', line, column: 1, path: `/p/${n}.png`, src: `./${n}.png`, label: `image ![Map ${n}](./${n}.png)` });
    const uses = [use('a.md', 0, 10), use('a.md', 0, 11), use('a.md', 1, 12), use('a.md', 2, 13), use('a.md', 3, 14), use('a.md', 4, 15), use('b.md', 0, 3), use('b.md', 1, 4)];
    const { diagnostics, over } = pixelBudget(uses, () => 100_000_000);
    expect(MAX_ARTICLE_PIXELS).toBe(300_000_000);
    expect([...over]).toEqual(['a.md']);
    expect(diagnostics).toEqual([
      {
        file: 'a.md',
        line: 14,
        column: 1,
        field: 'body',
        severity: 'error',
        message: "image ![Map 3](./3.png) brings the article's photos to 400 megapixels (4 photos); the limit is 300 megapixels per article, as every build decodes each photo and resizes it to four widths; export smaller copies (2,400 pixels wide is plenty for the web) or split the article",
      },
    ]);
    // A lead image counts too, and a photo essay of twelve 24-megapixel originals is within the budget.
    expect(pixelBudget([{ file: 'c.md', field: 'image.src', line: 9, path: '/lead.jpg', src: './lead.jpg' }, ...Array.from({ length: 11 }, (_, n) => use('c.md', n, n + 20))], () => 24_000_000).diagnostics).toEqual([]);
  });

  it('an article over the budget is one line from the decode pass, and its photos are not decoded', async () => {
    const maps = Array.from({ length: 12 }, (_, n) => file(`map${n}.png`, blackPng(10_000)));
    const broken = file('broken.avif', BAD_IMAGES['avif-corrupt-data']());
    const uses = [...maps, broken].map((path, n) => ({ file: 'many.md', field: 'body', line: n + 10, column: 1, path, src: `./${n}`, label: `image ![Map ${n}](./${n})` }));
    const lines = await decodeLocalImages([...uses, { file: 'other.md', field: 'body', line: 5, column: 1, path: broken, src: './broken.avif' }]);
    expect(lines.map((d) => `${d.file}:${d.line}  ${d.message.slice(0, 60)}`)).toEqual([
      "many.md:13  image ![Map 3](./3) brings the article's photos to 400 megap",
      // The broken photo is still reported where the article that shows it is within the budget.
      'other.md:5  "./broken.avif" cannot be decoded by the image pipeline (sha',
    ]);
  }, 60_000);
});
