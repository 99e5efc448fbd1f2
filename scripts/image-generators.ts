/**
 * Small, valid images whose decoding costs far more than their pixels or bytes suggest (round 10, finding 1):
 * ports of the blind tester's generators (pjpeg.py, png16.py, manygif.py), plus an animated WebP. Used by the
 * image stress cases (scripts/stress-images.ts) and the unit tests; nothing here decodes.
 */
import { createDeflate, deflateSync } from 'node:zlib';

/** Bits written most significant first, with a 0x00 stuffed after each 0xFF byte (JPEG entropy data). */
class BitWriter {
  private bytes: number[] = [];
  private acc = 0;
  private n = 0;
  put(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.n === 8) {
        this.bytes.push(this.acc);
        if (this.acc === 0xff) this.bytes.push(0);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  flush(): Buffer {
    while (this.n) this.put(1, 1);
    return Buffer.from(this.bytes);
  }
}

const segment = (marker: number, data: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
};

/**
 * A standard-conforming progressive JPEG (SOF2) of a flat grey picture whose scan script sends every AC coefficient
 * of every component separately, in `levels` successive-approximation steps: 1 + components × 63 × levels scans,
 * each mostly one end-of-band-run symbol, so the file stays small (8000×8000, 3 components, 14 levels: 2,647 scans
 * in 685 KB). `levels` 1 and one component: 64 scans.
 */
export function progressiveJpeg(width: number, height: number, components: 1 | 3, levels = 14): Buffer {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8]), segment(0xdb, Buffer.from([0, ...new Array<number>(64).fill(1)]))];
  const sof = Buffer.alloc(6);
  sof[0] = 8;
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof[5] = components;
  const comps = Array.from({ length: components }, (_, i) => [i + 1, 0x11, 0]).flat();
  parts.push(segment(0xc2, Buffer.concat([sof, Buffer.from(comps)])));
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  // DC table: one symbol (0) of length 1; AC table: run-length symbols r<<4, r = 0…14, of length 4.
  const dc = [0x00, 1, ...new Array<number>(15).fill(0), 0];
  const ac = [0x10, 0, 0, 0, 15, ...new Array<number>(12).fill(0), ...Array.from({ length: 15 }, (_, r) => r << 4)];
  parts.push(segment(0xc4, Buffer.from([...dc, ...ac])));
  parts.push(segment(0xda, Buffer.from([components, ...Array.from({ length: components }, (_, i) => [i + 1, 0x00]).flat(), 0, 0, 0])));
  const dcBits = new BitWriter();
  for (let i = 0; i < blocks * components; i++) dcBits.put(0, 1);
  parts.push(dcBits.flush());
  const runs = new BitWriter();
  for (let n = blocks; n > 0; ) {
    const run = Math.min(n, 32767);
    const r = Math.floor(Math.log2(run));
    runs.put(r, 4);
    if (r) runs.put(run - (1 << r), r);
    n -= run;
  }
  const data = runs.flush();
  for (let c = 0; c < components; c++) {
    for (let k = 1; k < 64; k++) {
      parts.push(segment(0xda, Buffer.from([1, c + 1, 0x00, k, k, levels - 1])), data);
      for (let ah = levels - 1; ah > 0; ah--) parts.push(segment(0xda, Buffer.from([1, c + 1, 0x00, k, k, (ah << 4) | (ah - 1)])), data);
    }
  }
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

/**
 * The compressed picture data (IDAT) of an all-zero PNG of `width`×`height` pixels of `bytesPerPixel` bytes: 100
 * megapixels of 16-bit RGBA (800 MB raw) in ~780 KB, compressed row by row as a stream (never 800 MB in memory).
 */
export async function zeroPngData(width: number, height: number, bytesPerPixel: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const rows = Buffer.alloc((1 + width * bytesPerPixel) * Math.max(1, Math.floor(4_000_000 / (1 + width * bytesPerPixel))));
  const perWrite = rows.length / (1 + width * bytesPerPixel);
  for (let y = 0; y < height; y += perWrite) {
    const n = Math.min(perWrite, height - y);
    if (!deflate.write(rows.subarray(0, n * (1 + width * bytesPerPixel)))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A PNG of the picture data `idat` (from {@link zeroPngData}), 16-bit RGBA, with a `tEXt` comment `tag`. */
export function png16(width: number, height: number, idat: Buffer, tag = ''): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 16;
  ihdr[9] = 6; // RGBA
  const parts = [Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), pngChunk('IHDR', ihdr)];
  if (tag) parts.push(pngChunk('tEXt', Buffer.from(`Comment\0${tag}`, 'latin1')));
  return Buffer.concat([...parts, pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * A valid 1×1 grey PNG of `chunks` chunks in all: IHDR, IDAT and IEND, and the rest small `tEXt` comments before the
 * picture data (about 25 bytes each: 10,001 chunks is 250 KB), the shape the PNG chunk cap refuses (round 36).
 */
export function manyChunkPng(chunks: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // 8 bits, grey (colour type 0)
  const texts = Array.from({ length: Math.max(0, chunks - 3) }, (_, i) => pngChunk('tEXt', Buffer.from(`Comment\0${i}`, 'latin1')));
  const idat = pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80])));
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), pngChunk('IHDR', ihdr), ...texts, idat, pngChunk('IEND', Buffer.alloc(0))]);
}

/** An animated GIF of `frames` 1×1 frames (23 bytes each) on a `screen`×`screen` canvas: 2,000,000 frames is 46 MB. */
export function manyFrameGif(frames: number, screen = 1): Buffer {
  const head = Buffer.concat([
    Buffer.from('GIF89a', 'latin1'),
    Buffer.from([screen & 0xff, screen >> 8, screen & 0xff, screen >> 8, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]),
    Buffer.from([0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0', 'latin1'), 0x03, 0x01, 0x00, 0x00, 0x00]),
  ]);
  const frame = Buffer.from([0x21, 0xf9, 0x04, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00]);
  const out = Buffer.alloc(head.length + frame.length * frames + 1);
  head.copy(out, 0);
  for (let i = 0; i < frames; i++) frame.copy(out, head.length + i * frame.length);
  out[out.length - 1] = 0x3b;
  return out;
}

/**
 * An animated WebP whose every frame (ANMF) is the same 1×1 lossless picture (as libwebp writes it): `frames` of them.
 */
export function manyFrameWebp(frames: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length & 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  // VP8X: animation flag, canvas 1×1 (stored minus one); ANIM: background, loop count.
  const vp8x = chunk('VP8X', Buffer.from([0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  const anim = chunk('ANIM', Buffer.from([0, 0, 0, 0, 0, 0]));
  // A 1×1 VP8L bitstream (one transparent pixel), as libwebp writes it.
  const vp8l = chunk('VP8L', Buffer.from([0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07]));
  // ANMF: x, y, width − 1, height − 1 (24 bits each), duration (24 bits), flags, then the frame.
  const anmf = chunk('ANMF', Buffer.concat([Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0]), vp8l]));
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), vp8x, anim, ...new Array<Buffer>(frames).fill(anmf)]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}
