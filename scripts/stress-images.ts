/**
 * Worst-case photos for the content check and the build's image pipeline, each within the 50 MB and 100-megapixel
 * limits (round 10, finding 1): a progressive JPEG of thousands of scans, 16-bit RGBA PNGs, animations of
 * millions of frames, and the heaviest photos each rule still accepts. Used by `npm run stress` (timings) and
 * tests/unit/stress-images.test.ts (each case once through the check, with a generous timeout).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { formatDiagnostic } from '#/check/diagnostics.ts';
import { decodeLocalImages } from '#/check/rules/image-decode.ts';
import { manyFrameGif, manyFrameWebp, png16, progressiveJpeg, zeroPngData } from './image-generators.ts';
import { checkWithCase, withStressNewsroom } from './stress-newsroom.ts';

export interface ImageStressCase {
  name: string;
  about: string;
  /** The photos (file name, bytes) shown in the case's article, in order. */
  files: () => Promise<[string, Buffer][]>;
  /** The check must refuse it in one line (true) or accept it (false). */
  refused: boolean;
}

/** One 100-megapixel 16-bit RGBA picture's data, made once per process (5 s): three files share it. */
let idat100: Promise<Buffer> | undefined;
const png100 = async (tag: string) => png16(10_000, 10_000, await (idat100 ??= zeroPngData(10_000, 10_000, 8)), tag);

/** An ordinary photo's cost, for comparison: a 24-megapixel progressive JPEG (10 scans) of noisy detail. */
async function cameraJpeg(): Promise<Buffer> {
  const [width, height] = [6000, 4000];
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0, x = 7; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = (x >>> 24) / 4 + ((i / 3) % width) / 48;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85, progressive: true }).toBuffer();
}

export const IMAGE_STRESS_CASES: ImageStressCase[] = [
  { name: 'ordinary photo, 24 MP (reference)', about: 'a 6000×4000 progressive JPEG (10 scans) of noisy detail, as a camera original', files: async () => [['camera.jpg', await cameraJpeg()]], refused: false },
  { name: 'progressive JPEG, 2,647 scans, 12 MP', about: '4000×3000, 3 components, every AC coefficient in 14 steps (150 KB)', files: async () => [['flat.jpg', progressiveJpeg(4000, 3000, 3)]], refused: true },
  { name: 'progressive JPEG, 2,647 scans, 64 MP', about: '8000×8000, the same scan script (685 KB)', files: async () => [['flat.jpg', progressiveJpeg(8000, 8000, 3)]], refused: true },
  {
    name: 'progressive JPEG of 64 scans (at the budget)',
    about: '7800×6000 grey, 64 scans: 46.8 megapixels counted 6.4 times, 299.5 of the 300',
    files: async () => [['scans.jpg', progressiveJpeg(7800, 6000, 1, 1)]],
    refused: false,
  },
  {
    name: 'three 16-bit RGBA PNGs of 100 MP',
    about: 'three 10000×10000 PNGs, 16 bits a channel with alpha, zeros (778 KB each)',
    files: async () => [['p16a.png', await png100('a')], ['p16b.png', await png100('b')], ['p16c.png', await png100('c')]],
    refused: true,
  },
  {
    name: '16-bit RGBA PNG (at the budget)',
    about: 'one 8660×8660 PNG, 16 bits a channel with alpha: 75 megapixels counted 4 times',
    files: async () => [['p16.png', png16(8660, 8660, await zeroPngData(8660, 8660, 8))]],
    refused: false,
  },
  { name: 'GIF of 200,000 frames', about: '200,000 frames of 1×1 (4.6 MB)', files: async () => [['many.gif', manyFrameGif(200_000)]], refused: true },
  { name: 'GIF of 2,000,000 frames', about: '2,000,000 frames of 1×1 (46 MB, under the 50 MB limit)', files: async () => [['many.gif', manyFrameGif(2_000_000)]], refused: true },
  { name: 'GIF of 1,000 frames (at the limit)', about: '1,000 frames of 1×1', files: async () => [['many.gif', manyFrameGif(1_000)]], refused: false },
  { name: 'animated WebP of 100,000 frames', about: '100,000 lossless frames of 1×1 (4 MB)', files: async () => [['many.webp', manyFrameWebp(100_000)]], refused: true },
  { name: 'animated WebP of 1,000 frames (at the limit)', about: '1,000 lossless frames of 1×1', files: async () => [['many.webp', manyFrameWebp(1_000)]], refused: false },
];

export interface ImageStressResult {
  name: string;
  /** Bytes of the case's photos. */
  bytes: number;
  /** The content check's share (the structure rules), and its decode pass over the case's photos (budget, sharp). */
  checkMs: number;
  checkCpuMs: number;
  decodeMs: number;
  decodeCpuMs: number;
  /** The build's web copies of the accepted photos (as Astro's sharp service makes them); undefined when refused or not asked. */
  pipelineMs: number | undefined;
  pipelineCpuMs: number | undefined;
  /** The check's lines about the case's article. */
  diagnostics: string[];
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const [c0, t0] = [cpuMs(), performance.now()];
  const value = await run();
  return { value, ms: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

/** The widths the build writes of a body photo (src/domain/body-images-html.ts), as Astro's sharp service does. */
const WEB_WIDTHS = [480, 800, 1200, 1600];

/**
 * Checks the case's photos as body photos of one article of the test newsroom; with `pipeline`, then makes their
 * web copies as the build would (unless refused).
 */
export function runImageStressCase(c: ImageStressCase, opts: { share?: boolean; pipeline?: boolean } = {}): Promise<ImageStressResult> {
  return withStressNewsroom('stress-images', async (content): Promise<ImageStressResult> => {
    const files = await c.files();
    const dir = join(content, 'articles/2026/11');
    mkdirSync(join(dir, 'images'), { recursive: true });
    const body = files.map(([name], i) => `![Photo ${i + 1} of the case](./images/${name})`).join('\n\n');
    const add = () => {
      for (const [name, bytes] of files) writeFileSync(join(dir, 'images', name), bytes);
      writeFileSync(
        join(dir, 'stress-images.md'),
        `---\ntitle: Image stress case\ndescription: Generated worst-case photos for the content check.\npublished: 2026-11-06T10:00:00+04:30\nauthors: [zarlasht-niazai]\nsection: economy\n---\n\nPhotos follow.\n\n${body}\n`,
      );
    };
    const { result, checkMs, checkCpuMs } = checkWithCase(content, add, opts.share !== false);
    const mine = (file: string) => file.endsWith('stress-images.md');
    const decoded = await timedAsync(() => decodeLocalImages(result.localImages.filter((u) => mine(u.file))));
    const diagnostics = [...result.diagnostics, ...decoded.value].filter((d) => mine(d.file)).map(formatDiagnostic);
    let pipeline: { ms: number; cpuMs: number } | undefined;
    if (opts.pipeline && !diagnostics.length) {
      pipeline = await timedAsync(async () => {
        for (const [, bytes] of files) {
          for (const width of WEB_WIDTHS) await sharp(bytes, { failOn: 'none', pages: -1 }).rotate().resize({ width, withoutEnlargement: true }).webp().toBuffer();
        }
      });
    }
    return {
      name: c.name,
      bytes: files.reduce((n, [, b]) => n + b.length, 0),
      checkMs,
      checkCpuMs,
      decodeMs: decoded.ms,
      decodeCpuMs: decoded.cpuMs,
      pipelineMs: pipeline?.ms,
      pipelineCpuMs: pipeline?.cpuMs,
      diagnostics,
    };
  });
}
