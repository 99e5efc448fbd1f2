/**
 * Round-7 findings 1, 2 and 8: images whose header and data are whole but that the image pipeline cannot decode
 * are refused by their bytes (image-decodable.ts) or, for what only decoding shows, by decoding them with sharp
 * (image-decode.ts); an image file over the byte limit is refused from its size alone. Real images of every kind
 * the pipeline writes pass (the LZW walker reads real GIFs, still and animated, small and large palettes).
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { undecodableImage } from '#/check/rules/image-decodable.ts';
import { decodeLocalImages, decodeProblem } from '#/check/rules/image-decode.ts';
import { MAX_IMAGE_BYTES, sniffImage, type ImageFormat } from '#/check/rules/image-format.ts';
import { checkLeadImage } from '#/check/rules/trust.ts';
import { BAD_IMAGES, GOOD_IMAGES, type BadImageKind } from '../helpers/bad-images.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-decodable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const judge = (bytes: Uint8Array) => undecodableImage(bytes, sniffImage(bytes) as ImageFormat);
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const BY_HEADER: [BadImageKind, RegExp][] = [
  ['jpeg-12bit', /12-bit JPEG/],
  ['jpeg-lossless', /lossless JPEG \(SOF3 marker\)/],
  ['jpeg-hierarchical-arithmetic', /hierarchical arithmetic-coded lossless JPEG \(SOF15 marker\)/],
  ['gif-bad-lzw', /LZW data is invalid/],
  ['webp-wrong-canvas', /canvas \(VP8X\) is 99×99 pixels but its picture is 40×30/],
];

describe('by their bytes', () => {
  it.each(BY_HEADER)('%s is refused with what is wrong', (kind, words) => {
    expect(judge(BAD_IMAGES[kind]())).toMatch(words);
  });

  it.each([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])('every JPEG coding the decoders lack is refused (SOF 0x%s)', (marker) => {
    const jpeg = Buffer.from(GOOD_IMAGES.jpeg);
    jpeg[jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 1] = marker;
    expect(judge(jpeg)).toMatch(new RegExp(`SOF${marker - 0xc0} marker`));
  });

  it('a JPEG whose height is left to a DNL marker is refused', () => {
    const jpeg = Buffer.from(GOOD_IMAGES.jpeg);
    jpeg.writeUInt16BE(0, jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 5);
    expect(judge(jpeg)).toMatch(/16×0 pixels \(a height left to a DNL marker/);
  });

  it('real images pass: JPEG baseline and progressive, GIFs still and animated, WebP lossy, lossless and with metadata, AVIF', async () => {
    const noise = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } });
    const flat = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 10, g: 200, b: 90, alpha: 0.5 } } });
    const animated = await sharp([await noise(40, 30).png().toBuffer(), await flat(40, 30).png().toBuffer(), await noise(40, 30).png().toBuffer()], { join: { animated: true } })
      .gif()
      .toBuffer();
    const images = [
      ...Object.values(GOOD_IMAGES),
      await noise(400, 300).jpeg().toBuffer(),
      await noise(400, 300).jpeg({ progressive: true }).toBuffer(),
      await noise(300, 300).gif().toBuffer(),
      await noise(300, 300).gif({ colours: 4 }).toBuffer(),
      await flat(64, 64).gif().toBuffer(),
      animated,
      await noise(200, 150).webp().toBuffer(),
      await noise(200, 150).webp({ lossless: true }).toBuffer(),
      await flat(200, 150).withExif({ IFD0: { Artist: 'x' } }).webp().toBuffer(),
      await noise(100, 80).avif().toBuffer(),
    ];
    for (const bytes of images) expect(judge(bytes), sniffImage(bytes)).toBeUndefined();
    for (const [i, bytes] of images.entries()) expect(await decodeProblem(file(`good-${i}.${sniffImage(bytes)}`, bytes))).toBeUndefined();
  });
});

describe('by decoding them as the pipeline does', () => {
  it.each(Object.keys(BAD_IMAGES) as BadImageKind[])('%s does not decode', async (kind) => {
    expect(await decodeProblem(file(`bad-${kind}`, BAD_IMAGES[kind]()))).toMatch(/^cannot be decoded by the image pipeline/);
  });

  it('one line for each use of an image that does not decode, naming the file, line and field', async () => {
    const path = file('corrupt.avif', BAD_IMAGES['avif-corrupt-data']());
    const lines = await decodeLocalImages([
      { file: 'content/articles/a.md', field: 'image.src', line: 9, column: 8, path, src: './images/corrupt.avif' },
      { file: 'content/articles/b.md', field: 'body', line: 20, column: 1, path, src: './images/corrupt.avif', label: 'image ![Hall](./images/corrupt.avif)' },
      { file: 'content/articles/b.md', field: 'body', line: 22, column: 1, path: file('fine.jpg', GOOD_IMAGES.jpeg), src: './images/fine.jpg' },
    ]);
    expect(lines.map((d) => `${d.file}:${d.line}  ${d.field}  ${d.message}`)).toEqual([
      expect.stringMatching(/^content\/articles\/a\.md:9  image\.src  "\.\/images\/corrupt\.avif" cannot be decoded by the image pipeline/),
      expect.stringMatching(/^content\/articles\/b\.md:20  body  image !\[Hall\]\(\.\/images\/corrupt\.avif\) cannot be decoded/),
    ]);
  });
});

describe('byte limit', () => {
  it('an image file over the limit is refused from its size, before it is read (a sparse 2.5 GB PNG)', () => {
    const content = join(dir, 'content');
    const images = join(content, 'articles/images');
    const path = join(images, 'big.png');
    mkdirSync(images, { recursive: true });
    writeFileSync(path, GOOD_IMAGES.jpeg);
    truncateSync(path, 2500 * 1024 * 1024);
    const article = join(content, 'articles/a.md');
    expect(checkLeadImage(content, article, './images/big.png', (p) => p)).toMatch(/is 2\.6 GB; the limit for an image file is 50 MB/);
    truncateSync(path, MAX_IMAGE_BYTES);
    expect(checkLeadImage(content, article, './images/big.png', (p) => p)).not.toMatch(/limit for an image file/);
  });
});
