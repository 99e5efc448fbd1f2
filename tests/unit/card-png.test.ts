import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardPalette, encodeIndexedPng, IndexedImage, type Rgb } from '#/build/cards/png.ts';

const BG: Rgb = [0x16, 0x18, 0x1d];
const BAR: Rgb = [0x8a, 0x1c, 0x1c];
const WHITE: Rgb = [0xff, 0xff, 0xff];

describe('indexed-colour card PNG', () => {
  const palette = cardPalette([BG, BAR], [{ colour: WHITE, under: BG, levels: 128 }, { colour: WHITE, under: BAR, levels: 64 }]);
  const [onBg, onBar] = palette.inks as [Uint8Array, Uint8Array];
  const colour = (index: number) => [...palette.entries.subarray(index * 3, index * 3 + 3)];

  it('maps no coverage to the ground and full coverage to the ink, within 2 levels of exact blending between', () => {
    expect(colour(onBg[0]!)).toEqual([...BG]);
    expect(colour(onBar[0]!)).toEqual([...BAR]);
    expect(colour(onBg[255]!)).toEqual([...WHITE]);
    for (let a = 0; a < 256; a++) {
      const exact = [0, 1, 2].map((c) => Math.floor((WHITE[c]! * a + BG[c]! * (255 - a) + 127) / 255));
      colour(onBg[a]!).forEach((v, c) => expect(Math.abs(v - exact[c]!)).toBeLessThanOrEqual(2));
    }
  });

  it('refuses more than 256 colours and an ink on a ground not in the palette', () => {
    expect(() => cardPalette([BG], [{ colour: WHITE, under: BG, levels: 200 }, { colour: BAR, under: BG, levels: 100 }])).toThrow(/256/);
    expect(() => cardPalette([BG], [{ colour: WHITE, under: BAR, levels: 2 }])).toThrow(/ground/);
  });

  it('encodes a palette PNG that decodes to the painted pixels', async () => {
    const image = new IndexedImage(40, 20);
    image.fill(0, 10, palette.grounds[0]!);
    image.fill(10, 20, palette.grounds[1]!);
    // A 3×2 mask, clipped by the right edge: only its first two columns land.
    image.paint(Uint8Array.from([255, 128, 0, 255, 255, 255]), 3, 2, 38, 4, 20, onBg);
    const png = encodeIndexedPng(image, palette);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ width: 40, height: 20, format: 'png', isPalette: true });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [...data.subarray((y * 40 + x) * info.channels, (y * 40 + x) * info.channels + 3)];
    expect(px(38, 4)).toEqual([...WHITE]);
    expect(px(39, 4)).toEqual(colour(onBg[128]!));
    expect(px(38, 5)).toEqual([...WHITE]);
    expect(px(37, 4)).toEqual([...BG]);
    expect(px(0, 15)).toEqual([...BAR]);
    expect(encodeIndexedPng(image, palette).equals(png)).toBe(true);
  });
});
