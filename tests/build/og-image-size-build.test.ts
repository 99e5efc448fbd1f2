/**
 * Round-7 finding 7: `og:image:width`/`og:image:height` are the size of the image sent. A newsroom is built with a
 * landscape lead photo (cropped to exactly 1200×630), a portrait one (900×1600: cropped to the card's shape at its
 * own width, never enlarged) and a 50×50 one (too small for a large preview: the site card, 1200×630, instead).
 * The declared size is compared with the file the build wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildOnce, ROOT, writeOverlayFile } from '../helpers/build-overlay.ts';

const LEADS = { wide: [2400, 1600], tall: [900, 1600], small: [50, 50] } as const;

const build = buildOnce('og-size', async (overlay) => {
  for (const [name, [width, height]] of Object.entries(LEADS)) {
    writeOverlayFile(overlay, `articles/2026/11/images/${name}.jpg`, await sharp({ create: { width, height, channels: 3, background: '#4a6' } }).jpeg().toBuffer());
    writeOverlayFile(
      overlay,
      `articles/2026/11/${name}-lead.md`,
      `---\ntitle: The ${name} lead photo story\ndescription: A story whose lead photo is ${width} by ${height} pixels.\npublished: "2026-11-20T09:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\nimage:\n  src: ./images/${name}.jpg\n  alt: A green rectangle.\n---\n\nThe story.\n`,
    );
  }
});

const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

async function declaredAndSent(slug: string) {
  const html = readFileSync(join(build().dist, `articles/${slug}/index.html`), 'utf8');
  const url = new URL(meta(html, 'og:image') ?? '');
  const file = url.pathname === '/og-card.png' ? join(ROOT, 'public/og-card.png') : join(build().dist, url.pathname);
  const sent = await sharp(file).metadata();
  return {
    path: url.pathname,
    declared: [Number(meta(html, 'og:image:width')), Number(meta(html, 'og:image:height'))],
    sent: [sent.width, sent.height],
  };
}

describe('og:image size', () => {
  it('builds', () => {
    expect(build().code, build().output.slice(-3000)).toBe(0);
  });

  it('a large landscape lead photo is cropped to 1200×630', async () => {
    const card = await declaredAndSent('wide-lead');
    expect(card.declared).toEqual([1200, 630]);
    expect(card.sent).toEqual(card.declared);
  });

  it('a portrait lead photo is cropped to the card shape at its own width, and declared so', async () => {
    const card = await declaredAndSent('tall-lead');
    expect(card.declared).toEqual([900, 473]);
    expect(card.sent).toEqual(card.declared);
  });

  it('reading the lead photo\'s size publishes no original (only the pipeline\'s copies)', () => {
    expect(readdirSync(join(build().dist, '_astro')).filter((f) => /^(wide|tall|small)\.[^.]+\.jpg$/.test(f))).toEqual([]);
  });

  it('a lead photo too small for a large preview gives way to the site card', async () => {
    const card = await declaredAndSent('small-lead');
    expect(card.path).toBe('/og-card.png');
    expect(card.declared).toEqual([1200, 630]);
    expect(card.sent).toEqual(card.declared);
  });
});
