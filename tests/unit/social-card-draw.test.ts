import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCardRenderer, startsRightToLeft, type CardRenderer } from '#/build/cards/draw.ts';

const WIDTH = 1200;
/** Leftmost and rightmost columns with headline ink (white-ish pixels) between rows 140 and 500. */
async function inkColumns(png: Buffer): Promise<[number, number]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let min = WIDTH;
  let max = -1;
  for (let y = 140; y < 500; y++)
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * info.channels;
      if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) [min, max] = [Math.min(min, x), Math.max(max, x)];
    }
  return [min, max];
}

describe('social card drawing', () => {
  let renderer: CardRenderer;
  beforeAll(async () => {
    renderer = await createCardRenderer('Dateline', join(mkdtempSync(join(tmpdir(), 'cards-')), 'fonts'));
  });
  const card = (title: string, section = 'Society') => renderer.draw({ slug: 's', title, section, siteName: 'Dateline' });

  it('draws a 1200×630 PNG, byte-identical for the same input', async () => {
    const a = await card('Envoy lands in Kabul');
    expect(await sharp(a).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png', isPalette: true });
    expect((await card('Envoy lands in Kabul')).equals(a)).toBe(true);
    expect((await card('Envoy lands in Herat')).equals(a)).toBe(false);
  });

  it('sets a Latin headline from the left and a Pashto one from the right', async () => {
    const [latinLeft, latinRight] = await inkColumns(await card('Envoy lands in Kabul'));
    expect(latinLeft).toBeLessThan(90);
    expect(latinRight).toBeLessThan(1000);
    const [pashtoLeft, pashtoRight] = await inkColumns(await card('د کرکټ ملي لوبډله', 'ټولنه'));
    expect(pashtoRight).toBeGreaterThan(1100);
    expect(pashtoLeft).toBeGreaterThan(200);
  });

  it('shapes Arabic script: joined letters are set differently from the same letters kept apart', async () => {
    const joined = await card('لوبډله ملي');
    const apart = await card('ل\u200cو\u200cب\u200cډ\u200cل\u200cه ملي'); // zero-width non-joiners block the joins
    expect(await inkColumns(joined)).not.toEqual(await inkColumns(apart));
  });

  it('tells the direction from the first letter', () => {
    expect(startsRightToLeft('«د کرکټ» لوبډله')).toBe(true);
    expect(startsRightToLeft('2026: د کرکټ')).toBe(true);
    expect(startsRightToLeft('Kabul: د کرکټ')).toBe(false);
  });
});
