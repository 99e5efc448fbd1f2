/**
 * The card fonts as TrueType files on disk, which is what Pango (through fontconfig) loads: the project ships
 * them as WOFF 1.0 (`@fontsource/*`), whose tables are only zlib-compressed, so they are unpacked here
 * byte for byte (the WOFF2 files use transformed tables that fontconfig in sharp's libvips cannot read).
 * Fontconfig is given a configuration of its own, with no font folders, so the renderer sees these fonts and
 * nothing the machine has installed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';
import { inflateSync } from 'node:zlib';
import { CARD_FONT_FILES, cardFontSources } from '#/outputs/card-coverage.ts';

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
  const sources = cardFontSources();
  return CARD_FONT_FILES.map((name, i) => {
    const file = join(dir, name.split('/').pop()!.replace(/\.woff$/, '.ttf'));
    if (!existsSync(file)) writeAtomically(file, woffToSfnt(readFileSync(sources[i]!)));
    return file;
  });
}

function writeAtomically(file: string, data: Buffer | string): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Fontconfig's whole configuration for the cards: no font folders (the card fonts are added as files, and nothing
 * else is found), and the rendering settings written out (grey anti-aliasing, slight hinting, as Debian's
 * defaults) instead of taken from the machine's `/etc/fonts`, so the same input gives the same pixels anywhere.
 */
const fontconfig = (cacheDir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by Dateline (src/build/cards/fonts.ts) for its social-card renderer: only the bundled fonts. -->
<fontconfig>
  <cachedir>${cacheDir}</cachedir>
  <match target="pattern">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`;

/**
 * Points fontconfig (sharp's, which reads `FONTCONFIG_FILE` once, when it first lays text out) at the cards' own
 * configuration in `dir`. Only the main thread can change the environment a process's native code reads, so the
 * build calls this before it starts the card workers; a worker only checks that it was done.
 */
export function isolateCardFonts(dir: string): void {
  if (!isMainThread) {
    if (!process.env['FONTCONFIG_FILE']) throw new Error('the card fonts were not isolated before the card worker started (isolateCardFonts)');
    return;
  }
  const file = join(dir, 'fonts.conf');
  mkdirSync(dir, { recursive: true });
  // Fontconfig wants a cache folder even with no font folders to cache; names are XML-escaped.
  const text = fontconfig(join(dir, 'fontconfig-cache').replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeAtomically(file, text);
  process.env['FONTCONFIG_FILE'] = file;
  delete process.env['FONTCONFIG_SYSROOT'];
}
