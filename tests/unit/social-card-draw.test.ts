import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { uncoveredGrapheme } from '#/outputs/card-coverage.ts';
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

/** Headline pixels (rows 110–530, below the section) with more red than the background has: white ink. */
async function headlineInk(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let i = 110 * WIDTH * info.channels; i < 530 * WIDTH * info.channels; i += info.channels) ink += Math.max(0, data[i]! - 0x16);
  return ink;
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

  it('what the coverage rule lets through with no glyph in the fonts is drawn as nothing or as a space, never a box', async () => {
    const plain = await headlineInk(await card('Kabul talks'));
    const box = await headlineInk(await card('Kabul \u0378talks'));
    expect(box / plain).toBeGreaterThan(1.1); // a box of hex digits is a lot of ink
    const ignorable = ['\u200c', '\u200d', '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u2069', '\u2060', '\ufe0e', '\u034f', '\u{e0061}', '\u180e'];
    const spaces = ['\u2000', '\u2003', '\u2007', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000'];
    for (const char of [...ignorable, ...spaces]) {
      const title = `Kabul ${char}talks`;
      expect(uncoveredGrapheme(title), title).toBeUndefined();
      const ink = await headlineInk(await card(title));
      expect(Math.abs(ink / plain - 1), `U+${char.codePointAt(0)!.toString(16)}`).toBeLessThan(0.03);
    }
  });

  it('sees no font of the machine: a renderer started after fontconfig was set up without the card fonts refuses', () => {
    // A fresh process that lays text out before the card fonts are isolated (fontconfig reads its setup once).
    const script = fileURLToPath(new URL('../helpers/card-fonts-leak.ts', import.meta.url));
    const result = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as { machineFonts: boolean; refused: string };
    // On a machine with fonts for ✈, 中, अ or א, the renderer must refuse; with none, there is nothing to leak.
    if (result.machineFonts) expect(result.refused).toMatch(/can see fonts installed on this machine/);
    else expect(result.refused).toBe('');
  });

  it('tells the direction from the first letter', () => {
    expect(startsRightToLeft('«د کرکټ» لوبډله')).toBe(true);
    expect(startsRightToLeft('2026: د کرکټ')).toBe(true);
    expect(startsRightToLeft('Kabul: د کرکټ')).toBe(false);
  });
});
