/**
 * Round 9 (issue 10), the other side of the image rules: what the check lets through, the build publishes through
 * Astro's image pipeline. Reference-style local images (`![alt][ref]`, files no inline image uses) and the spellings the check
 * accepts (`./images/./x.png`, `images/x.png`, an upper-case `.PNG`, a lead image
 * in upper case) come out as optimised copies on the page and in the feeds; none is left as the path written, and
 * the build never meets LocalImageUsedWrongly. (The refused spellings are bad-content fixtures.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildOnce, writeOverlayFile } from '../helpers/build-overlay.ts';


const BODY = [
  'The yard was busy on Monday.',
  '',
  '![Wagons by reference][wagons]',
  '',
  '![Wagons][shunter]',
  '',
  '![A shunting engine](./images/photo.png)',
  '',
  '![Dot segment](./images/./other.png)',
  '',
  '![No dot slash](images/other.png)',
  '',
  '![Upper case](./images/UPPER.PNG)',
  '',
  "![Names as phones and desks write them](<./images/yard (1).png>) ![Apostrophe](<./images/nadia's.png>) ![Dari](<./images/عکس بازار.png>) ![Accent](./images/café.png)",
  '',
  '[wagons]: ./images/by-reference.png',
  '[shunter]: <./images/by reference too.png>',
].join('\n');

const build = buildOnce('image-spellings', async (overlay) => {
  for (const [name, colour] of [['photo.png', '#4a6'], ['by-reference.png', '#4a6'], ['by reference too.png', '#6a4'], ['other.png', '#a64'], ['UPPER.PNG', '#46a'], ['LEAD.PNG', '#666'], ['yard (1).png', '#a46'], ["nadia's.png", '#64a'], ['عکس بازار.png', '#6a6'], ['café.png', '#aa4']] as const) {
    writeOverlayFile(overlay, `articles/2026/11/images/${name}`, await sharp({ create: { width: 640, height: 480, channels: 3, background: colour } }).png().toBuffer());
  }
  writeOverlayFile(
    overlay,
    'articles/2026/11/yard-images.md',
    `---\ntitle: Rail yard reopens after the floods\ndescription: Wagons are moving through the yard again a week after the water went down.\npublished: "2026-11-20T09:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\nimage:\n  src: ./images/LEAD.PNG\n  alt: A grey rectangle.\n---\n\n${BODY}\n`,
  );
});

describe('accepted image spellings render through the image pipeline', () => {
  it('builds without a stack trace', () => {
    expect(build().output).not.toMatch(/LocalImageUsedWrongly|\n\s+at .*\(/);
    expect(build().code, build().output).toBe(0);
  });

  it('every body image on the page is an optimised copy, reference ones included', () => {
    const html = readFileSync(join(build().dist, 'articles/yard-images/index.html'), 'utf8');
    const article = html.slice(html.indexOf('The yard was busy'));
    const imgs = [...article.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]).slice(0, 6);
    expect(imgs).toHaveLength(6);
    for (const img of imgs) {
      expect(img).toMatch(/ src="\/_astro\/[^"]+\.webp"/);
      expect(img).toMatch(/ srcset="/);
      expect(img).toMatch(/ width="\d+" height="\d+"/);
    }
    expect(html).not.toContain('./images/');
    expect(html).not.toMatch(/src="images\//);
  });

  it('every copy a page or feed names is in the site, whatever characters its name has (round 28a #7)', () => {
    const texts = ['articles/yard-images/index.html', 'rss.xml'].map((p) => readFileSync(join(build().dist, p), 'utf8'));
    const named = new Set(texts.flatMap((t) => [...t.matchAll(/\/_astro\/([^"\s<>]+\.(?:webp|png|jpe?g))/g)].map((m) => decodeURIComponent(m[1]!.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&')))));
    for (const name of ['yard (1)', "nadia's", 'عکس بازار', 'café', 'by reference too']) expect([...named].some((n) => n.startsWith(`${name}.`)), name).toBe(true);
    for (const name of named) expect(existsSync(join(build().dist, '_astro', name)), name).toBe(true);
  });

  it('the feeds carry the same copies, never the path written', () => {
    const rss = readFileSync(join(build().dist, 'rss.xml'), 'utf8');
    const item = rss.slice(rss.indexOf('Rail yard reopens'));
    expect(item).toContain('Wagons by reference');
    expect(item).toMatch(/_astro\/[^"&]+\.webp/);
    expect(rss).not.toContain('./images/');
  });
});
