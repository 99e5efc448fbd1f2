/**
 * Round 9 (issue 10): reference-style images go through the image rules inline images do; a local path the check
 * and the renderer would read differently (`x.png/`, `//`, `%2F`, a backslash) is refused with the path to write;
 * a file name stored decomposed (NFD) is named as such. The bad-content fixtures `body-image-reference-style`,
 * `body-image-path-spelling`, `image-path-trailing-slash` and `image-name-decomposed` run the same through
 * check:content and the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyImages, localImagePaths } from '#/check/body-images.ts';
import { referenceImages } from '#/check/reference-images.ts';
import { checkFootnotes } from '#/check/rules/footnotes.ts';
import { checkBodyImages } from '#/check/rules/images.ts';
import { canonicalImagePath, imagePathSpelling } from '#/check/rules/image-path.ts';
import { checkLeadImage } from '#/check/rules/trust.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const work = mkdtempSync(join(tmpdir(), 'dateline-image-refs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const folder = join(content, 'articles/2026/11');
const article = join(folder, 'story.md');
mkdirSync(join(folder, 'images'), { recursive: true });
writeFileSync(article, '---\ntitle: x\n---\nBody\n');
writeFileSync(join(folder, 'images/photo.png'), PNG);
writeFileSync(join(folder, 'images/PHOTO2.PNG'), PNG);
writeFileSync(join(folder, 'images', 'cafe\u0301.png'), PNG); // stored decomposed, as macOS writes it
writeFileSync(join(folder, 'images', 'th\u00e9.png'), PNG); // stored composed
const show = (p: string) => relative(work, p);

function imageProblems(body: string): string[] {
  const lines: string[] = [];
  checkBodyImages({ path: article, file: 'story.md', body, bodyLine: 1 }, content, show, (_file, _field, message, pos) => lines.push(`${pos?.line}:${pos?.column} ${message}`));
  return lines;
}

const REFERENCES = [
  '![Market scene][t]',
  '',
  '![Section page][p]',
  '',
  '![Collapsed remote][]',
  '',
  '![Shortcut]',
  '',
  '[t]: https://tracker.example.com/pixel.gif?reader=1',
  '[p]: /sections/economy/',
  '[collapsed remote]: http://evil.example.net/x.png',
  '[shortcut]: ./images/photo.png',
].join('\n');

describe('reference-style images are resolved as the renderer resolves them', () => {
  it('finds full, collapsed and shortcut references with their definitions and positions', () => {
    const found = referenceImages(REFERENCES, 10).images.map((i) => [i.line, i.column, i.text, i.reference, i.href]);
    expect(found).toEqual([
      [10, 1, 'Market scene', '[t]', 'https://tracker.example.com/pixel.gif?reader=1'],
      [12, 1, 'Section page', '[p]', '/sections/economy/'],
      [14, 1, 'Collapsed remote', '[]', 'http://evil.example.net/x.png'],
      [16, 1, 'Shortcut', '', './images/photo.png'],
    ]);
  });

  it('applies the inline image rules to them: imageHosts, https, no site page', () => {
    const lines = imageProblems(REFERENCES);
    expect(lines).toEqual([
      expect.stringMatching(/^1:1 image !\[Market scene\]\[t\] \(defined as https:\/\/tracker\.example\.com\/pixel\.gif\?reader=1\) comes from tracker\.example\.com, which is not an allowed image host/),
      expect.stringMatching(/^3:1 image !\[Section page\]\[p\] .* must be a path relative to the article file/),
      expect.stringMatching(/^5:1 image !\[Collapsed remote\]\[\] .* must use https:\/\//),
    ]);
  });

  it('refuses a missing local file behind a reference, and hands an existing one to Astro like an inline one', () => {
    expect(imageProblems('![Gone][g]\n\n[g]: ./images/gone.png')).toEqual([expect.stringContaining('image file "./images/gone.png" does not exist')]);
    expect(localImagePaths('![A][a] and ![B](./images/photo.png)\n\n[a]: ./images/PHOTO2.PNG')).toEqual(['./images/PHOTO2.PNG', './images/photo.png']);
  });

  it('ignores references without a definition and definitions inside code', () => {
    expect(bodyImages('![Not an image][nope]\n\n`[nope]: ./x.png`')).toEqual([]);
    expect(bodyImages('```\n![a][b]\n[b]: https://t.example/x.png\n```')).toEqual([]);
  });

  it('counts image uses of a definition: no "not used by any link" warning', () => {
    const warnings = checkFootnotes('![A][]\n\n![B]\n\n![C][c]\n\n[a]: ./images/photo.png\n[b]: ./images/photo.png\n[c]: ./images/photo.png\n[d]: https://example.org/', 1);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('reference definition [d] is not used by any link')]);
  });

  it('the renderer resolves the same images the check found (one parse, one answer)', () => {
    const html = createMarkdownRenderer()('![Shortcut]\n\n[shortcut]: ./images/photo.png').html;
    expect(html).toContain('src="./images/photo.png"');
  });
});

describe('one spelling of a local image path for the check and the renderer', () => {
  it.each([
    ['./images/photo.png/', 'ends in "/"', './images/photo.png'],
    ['./images/photo.png/.', 'ends in "/."', './images/photo.png'],
    ['./images//photo.png', 'holds "//"', './images/photo.png'],
    ['./images/photo.png//', 'ends in "/"', './images/photo.png'],
    ['./images%2Fphoto.png', '%2F', './images/photo.png'],
    ['.\\images\\photo.png', '"\\"', './images/photo.png'],
  ])('%s is refused with the path to write', (path, says, write) => {
    const problem = imagePathSpelling(path);
    expect(problem).toContain(says);
    expect(problem).toContain(`write "${write}"`);
    expect(canonicalImagePath(path)).toBe(write);
    // The lead image (and the loader's second look) say the same.
    expect(checkLeadImage(content, article, path, show)).toBe(problem);
  });

  it.each(['./images/photo.png', 'images/photo.png', './images/./photo.png', './images/../images/photo.png', './images/PHOTO2.PNG'])('%s passes', (path) => {
    expect(imagePathSpelling(path)).toBeUndefined();
    expect(checkLeadImage(content, article, path, show)).toBeUndefined();
  });

  it('body images: a query or fragment is refused as for the lead image (one rule, image-names.ts)', () => {
    expect(imageProblems('![Q](./images/photo.png?x) ![F](./images/photo.png#frag)')).toEqual([
      '1:1 image ![Q](./images/photo.png?x) "./images/photo.png?x" must be a plain file path without "?" or "#"; rename the file if its name holds one',
      '1:28 image ![F](./images/photo.png#frag) "./images/photo.png#frag" must be a plain file path without "?" or "#"; rename the file if its name holds one',
    ]);
  });

  it('body images: the same refusals, inline and by reference', () => {
    const lines = imageProblems('![Slash](./images/photo.png/)\n\n![Ref][r]\n\n[r]: ./images//photo.png');
    expect(lines).toEqual([expect.stringContaining('"./images/photo.png/" ends in "/"'), expect.stringContaining('holds "//"')]);
    expect(localImagePaths('![Slash](./images/photo.png/)\n\n![Ref][r]\n\n[r]: ./images//photo.png')).toEqual([]);
  });
});

describe('a file name stored in another Unicode form', () => {
  it('says the name on disk is decomposed and what to rename it to (lead and body)', () => {
    const lead = checkLeadImage(content, article, './images/caf\u00e9.png', show);
    expect(lead).toContain('does not exist');
    expect(lead).toContain('the name on disk is stored in decomposed Unicode (NFD');
    expect(lead).toContain('rename the file by retyping its name ("caf\u00e9.png")');
    expect(imageProblems('![Caf\u00e9](./images/caf\u00e9.png)')).toEqual([expect.stringContaining('is stored in decomposed Unicode')]);
  });

  it('says the path is typed decomposed when the name on disk is composed', () => {
    expect(checkLeadImage(content, article, './images/the\u0301.png', show)).toContain('the path is typed with decomposed accents');
  });

  it('a decomposed name typed decomposed is found', () => {
    expect(checkLeadImage(content, article, './images/cafe\u0301.png', show)).toBeUndefined();
  });
});
