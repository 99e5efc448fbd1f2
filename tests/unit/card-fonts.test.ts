import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '#/build/cards/fonts.ts';

const require = createRequire(import.meta.url);

describe('card fonts: WOFF unpacked to the TrueType file it wraps', () => {
  it('every table checksums as the font recorded it (OpenType: sum of big-endian uint32s)', () => {
    for (const name of ['noto-serif/files/noto-serif-latin-700-normal.woff', 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff']) {
      const woff = readFileSync(require.resolve(`@fontsource/${name}`));
      const font = woffToSfnt(woff);
      expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
      const tables = font.readUInt16BE(4);
      expect(tables).toBe(woff.readUInt16BE(12));
      for (let i = 0; i < tables; i++) {
        const entry = 12 + i * 16;
        const tag = font.toString('latin1', entry, entry + 4);
        const offset = font.readUInt32BE(entry + 8);
        const length = font.readUInt32BE(entry + 12);
        let sum = 0;
        for (let o = offset; o < offset + length; o += 4) {
          const word = Buffer.alloc(4);
          font.copy(word, 0, o, Math.min(o + 4, offset + length));
          // head's checkSumAdjustment (bytes 8–11) is left out of its own checksum.
          if (!(tag === 'head' && o - offset === 8)) sum = (sum + word.readUInt32BE(0)) >>> 0;
        }
        expect(sum, `${name} ${tag}`).toBe(font.readUInt32BE(entry + 4));
      }
    }
  });

  it('refuses what is not a WOFF 1.0 file', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2....'))).toThrow(/WOFF 1\.0/);
  });
});
