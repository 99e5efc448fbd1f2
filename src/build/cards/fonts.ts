/**
 * The card fonts as TrueType files on disk, which is what Pango (through fontconfig) loads: the project ships
 * them as WOFF 1.0 (`@fontsource/*`), whose tables are only zlib-compressed, so they are unpacked here
 * byte for byte (the WOFF2 files use transformed tables that fontconfig in sharp's libvips cannot read).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The headline faces (all bold): Noto Serif for Latin, Greek and Cyrillic; Noto Naskh Arabic for Arabic script. */
export const LATIN_FAMILY = 'Noto Serif';
export const ARABIC_FAMILY = 'Noto Naskh Arabic';
const FONT_FILES = [
  'noto-serif/files/noto-serif-latin-700-normal.woff',
  'noto-serif/files/noto-serif-latin-ext-700-normal.woff',
  'noto-serif/files/noto-serif-greek-700-normal.woff',
  'noto-serif/files/noto-serif-cyrillic-700-normal.woff',
  'noto-serif/files/noto-serif-vietnamese-700-normal.woff',
  'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff',
  'noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff',
];

/** WOFF 1.0 to the font file it wraps (W3C WOFF 1.0, section 5: each table is stored or zlib-compressed). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data: compLength < origLength ? inflateSync(stored) : stored };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavour: TrueType or CFF
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const entry = 12 + i * 16;
    header.writeUInt32BE(table.tag, entry);
    header.writeUInt32BE(table.checksum, entry + 4);
    header.writeUInt32BE(offset, entry + 8);
    header.writeUInt32BE(table.data.length, entry + 12);
    const padding = Buffer.alloc((4 - (table.data.length % 4)) % 4);
    parts.push(table.data, padding);
    offset += table.data.length + padding.length;
  });
  return Buffer.concat(parts);
}

/** Writes the card fonts into `dir` (once) and returns their paths, in a fixed order. */
export function cardFontFiles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return FONT_FILES.map((name) => {
    const file = join(dir, name.split('/').pop()!.replace(/\.woff$/, '.ttf'));
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.${threadId}.tmp`;
      writeFileSync(tmp, woffToSfnt(readFileSync(require.resolve(`@fontsource/${name}`))));
      renameSync(tmp, file);
    }
    return file;
  });
}
