/**
 * The trust boundary: nothing under content/ is followed through a link, referenced files stay inside content/,
 * images are recognised by their bytes, special files never hang a read. (The bad-content fixtures run the same
 * cases through check:content and the build, including a linked script that must never run.)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { imageSize, sniffImage } from '#/check/rules/image-format.ts';
import { checkLeadImage, listMarkdownFiles, readRegularFile, type TrustProblem } from '#/check/rules/trust.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const work = mkdtempSync(join(tmpdir(), 'dateline-trust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const article = join(content, 'articles/2026/11/story.md');
const put = (path: string, data: string | Buffer) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
};
const show = (p: string) => relative(work, p);
const image = (src: string) => checkLeadImage(content, article, src, show);

put(article, '---\ntitle: x\n---\nBody\n');
put(join(content, 'articles/2026/11/images/photo.png'), PNG);
put(join(work, 'payload.js'), "require('fs').writeFileSync('MARKER', 'ran');\n");
put(join(work, 'outside.png'), PNG);
put(join(work, 'pictures/photo.png'), PNG);
put(join(content, 'articles/2026/11/images/script.png'), "import('node:fs');\n");
put(join(content, 'articles/2026/11/images/really-a-gif.png'), bytes('GIF89a', [1, 0, 1, 0]));
put(join(content, 'articles/2026/11/images/empty.png'), '');
symlinkSync(join(work, 'payload.js'), join(content, 'articles/2026/11/images/linked.png'));
symlinkSync('photo.png', join(content, 'articles/2026/11/images/alias.png'));
symlinkSync(join(work, 'pictures'), join(content, 'articles/2026/11/linked-pictures'));

describe('image formats by their leading bytes', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['png', PNG],
    ['gif', bytes('GIF87a', [1, 0])],
    ['webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1avifmiaf')],
  ])('recognises %s', (format, data) => {
    expect(sniffImage(data)).toBe(format);
  });

  it.each([
    ['JavaScript', bytes("import('node:fs')")],
    ['HTML', bytes('<svg onload=alert(1)>')],
    ['an MP4 (ftyp, not AVIF)', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 0, 0], 'isomiso2')],
    ['nothing', Buffer.alloc(0)],
    ['half a PNG signature', PNG.subarray(0, 4)],
  ])('refuses %s', (_, data) => {
    expect(sniffImage(data)).toBeUndefined();
  });
});

describe('image sizes from their headers', () => {
  const canvas = (channels: 3 | 4) => sharp({ create: { width: 300, height: 200, channels, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } });
  it.each([
    ['png', () => canvas(3).png().toBuffer()],
    ['gif', () => canvas(3).gif().toBuffer()],
    ['jpeg', () => canvas(3).withMetadata().jpeg().toBuffer()],
    ['webp', () => canvas(3).webp().toBuffer()],
    ['webp', () => canvas(3).webp({ lossless: true }).toBuffer()],
    ['webp', () => canvas(4).webp().toBuffer()],
    ['avif', () => canvas(3).avif().toBuffer()],
  ] as const)('reads a %s', async (format, make) => {
    const data = await make();
    expect(sniffImage(data)).toBe(format);
    expect(imageSize(data, format)).toEqual({ width: 300, height: 200 });
  });

  it('refuses a decompression bomb by its header', () => {
    const header = Buffer.from(PNG);
    header.writeUInt32BE(20_000, 16);
    header.writeUInt32BE(20_000, 20);
    put(join(content, 'articles/2026/11/images/bomb.png'), header);
    expect(image('./images/bomb.png')).toBe('"./images/bomb.png" is 20000×20000 pixels (400 megapixels); the limit is 100 megapixels, so export a smaller copy (2,400 pixels wide is plenty for the web)');
  });
});

describe('lead images', () => {
  it('accepts a real image beside the article', () => {
    expect(image('./images/photo.png')).toBeUndefined();
  });

  it('refuses a link to a script, naming the link', () => {
    expect(image('./images/linked.png')).toBe('content/articles/2026/11/images/linked.png is a symbolic link; Dateline never follows links inside the content folder; replace the link with the file itself');
  });

  it('refuses a link even to an image inside content/', () => {
    expect(image('./images/alias.png')).toContain('alias.png is a symbolic link');
  });

  it('refuses a path through a linked folder', () => {
    expect(image('./linked-pictures/photo.png')).toContain('content/articles/2026/11/linked-pictures is a symbolic link');
  });

  it('refuses a path that climbs out of content/', () => {
    expect(image('../../../../outside.png')).toBe('"../../../../outside.png" points outside the content folder (to outside.png); keep the image beside the article, e.g. ./images/photo.jpg');
    expect(image('./images/../../../../../outside.png')).toContain('points outside the content folder');
  });

  it('refuses module-loader queries (?raw, ?worker…) and fragments', () => {
    expect(image('./images/photo.png?worker')).toBe('"./images/photo.png?worker" must be a plain file path without "?" or "#"; rename the file if its name holds one');
    expect(image('./images/photo.png#x')).toContain('without "?" or "#"');
  });

  it('refuses absolute paths and URLs', () => {
    expect(image(join(work, 'outside.png'))).toContain('must be a path relative to the article file');
    expect(image('file:///etc/passwd')).toContain('must be a path relative to the article file');
  });

  it('refuses a script named .png by its bytes', () => {
    expect(image('./images/script.png')).toBe('"./images/script.png" is not a JPEG, PNG, WebP, AVIF or GIF image (it starts with the text "import(\'node:fs\'"); export the picture again in one of those formats');
    expect(image('./images/empty.png')).toContain('(the file is empty)');
  });

  it('refuses an image whose name promises another format', () => {
    expect(image('./images/really-a-gif.png')).toBe('"./images/really-a-gif.png" holds a GIF image but its name says PNG; rename the file to really-a-gif.gif and write "./images/really-a-gif.gif" here (and wherever else the photo is used)');
  });

  it('says which file is missing, and refuses a folder', () => {
    expect(image('./images/nope.png')).toBe('image file "./images/nope.png" does not exist (looked for content/articles/2026/11/images/nope.png)');
    expect(image('./images')).toMatch(/^"\.\/images" is a folder \(.*\), not an image file; write the path of the photo file inside it$/);
  });
});

describe('listing content files', () => {
  const dir = join(work, 'list');
  put(join(dir, 'a.md'), 'x');
  put(join(dir, 'sub/b.md'), 'x');
  put(join(dir, '_template.md'), 'x');
  put(join(dir, '.hidden/c.md'), 'x');
  symlinkSync(join(dir, 'a.md'), join(dir, 'link.md'));
  symlinkSync(join(dir, 'sub'), join(dir, 'linked-sub'));
  symlinkSync(join(dir, 'a.md'), join(dir, 'not-markdown.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);

  it('lists regular Markdown files only and reports every link and special file', () => {
    const refused: TrustProblem[] = [];
    const files = listMarkdownFiles(dir, true, (p) => refused.push(p)).map((f) => relative(dir, f));
    expect(files).toEqual(['a.md', 'sub/b.md']);
    expect(refused.map((p) => `${relative(dir, p.path)}: ${p.message.split(';')[0]}`).sort()).toEqual([
      'link.md: the file is a symbolic link',
      'linked-sub: the folder is a symbolic link, so nothing in it is read',
      'pipe.md: is not a regular file (a pipe, socket or device)',
    ]);
  });

  it('refuses a folder or file whose name is not UTF-8 with one line, and reads the others (no crash)', () => {
    const raw = join(work, 'raw-names');
    put(join(raw, 'ok.md'), 'x');
    // Names as bytes: 0xFF is never UTF-8 (Node decodes it as U+FFFD, and that decoded path names no file).
    mkdirSync(Buffer.concat([Buffer.from(`${raw}/bad`), Buffer.from([0xff])]));
    writeFileSync(Buffer.concat([Buffer.from(`${raw}/also`), Buffer.from([0xfe]), Buffer.from('.md')]), 'x');
    const refused: TrustProblem[] = [];
    expect(listMarkdownFiles(raw, true, (p) => refused.push(p)).map((f) => relative(raw, f))).toEqual(['ok.md']);
    expect(refused.map((p) => p.message.split(' (')[0]).sort()).toEqual(['the file name is not valid UTF-8', 'the folder name is not valid UTF-8']);
  });

  it('refuses a content folder that is itself a link', () => {
    symlinkSync(dir, join(work, 'list-link'));
    const refused: TrustProblem[] = [];
    expect(listMarkdownFiles(join(work, 'list-link'), true, (p) => refused.push(p))).toEqual([]);
    expect(refused[0]?.message).toContain('the folder is a symbolic link');
  });

  it('never opens a pipe or follows a link when reading', () => {
    expect(readRegularFile(join(dir, 'pipe.md'), 100)).toEqual({ problem: 'is not a regular file; replace it with a file' });
    expect(readRegularFile(join(dir, 'link.md'), 100)).toEqual({ problem: expect.stringContaining('is a symbolic link') });
    expect(readRegularFile(join(dir, 'a.md'), 100)).toEqual({ bytes: Buffer.from('x'), size: 1 });
  });
});
