/**
 * Images with a correct signature, header and full-length data that the image pipeline cannot decode (round-7
 * finding 1 and 2): made from tiny real images by changing a header byte or the picture data, as a camera, a
 * scanner or a damaged upload would. The JPEG carries EXIF text that must never reach `dist/`.
 */

const b64 = (s: string) => Buffer.from(s, 'base64');

/** 16×16 baseline JPEG with EXIF `ImageDescription: SECRET-SOURCE-NAME`, `Artist: Confidential Stringer`. */
const JPEG = b64(
  '/9j/4QD+RXhpZgAASUkqAAgAAAAIAA4BAgATAAAAlAAAABIBAwABAAAAAQAAABoBBQABAAAAbgAAABsBBQABAAAAdgAAACgBAwABAAAAAgAAADsBAgAWAAAAfgAAABMCAwABAAAAAQAAAGmHBAABAAAAqAAAAAAAAAA4YwAA6AMAADhjAADoAwAAQ29uZmlkZW50aWFsIFN0cmluZ2VyAFNFQ1JFVC1TT1VSQ0UtTkFNRQAABgAAkAcABAAAADAyMTABkQcABAAAAAECAwAAoAcABAAAADAxMDABoAMAAQAAAP//AAACoAQAAQAAABAAAAADoAQAAQAAABAAAAAAAAAA/9sAQwAGBAUGBQQGBgUGBwcGCAoQCgoJCQoUDg8MEBcUGBgXFBYWGh0lHxobIxwWFiAsICMmJykqKRkfLTAtKDAlKCko/9sAQwEHBwcKCAoTCgoTKBoWGigoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo/8AAEQgAEAAQAwEiAAIRAQMRAf/EABUAAQEAAAAAAAAAAAAAAAAAAAAG/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABQBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCUAEE3/9k=',
);
/** 16×16 GIF89a, one frame. */
const GIF = b64('R0lGODlhEAAQAIAAAExpcXhaPCH5BAUAAAAALAAAAAAQABAAAAIOjI+py+0Po5y02ouzPgUAOw==');
/** 40×30 lossy WebP (a bare VP8 chunk). */
const WEBP = b64('UklGRkQAAABXRUJQVlA4IDgAAABQAwCdASooAB4APm02l0ikIyIhJWgAgA2JZwDQvoAAK/fDcAD+7U3f6+AKeqPyKRYvYQ1EGQAAAA==');
/** 16×16 AVIF. */
const AVIF = b64(
  'AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAAA+gABAAAAAAAAACQAAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABhdjAxAAAAAA5waXRtAAAAAAABAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAABAAAAAQAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAsbWRhdBIACgg4DP/aQENBpDIWGUJjBMAANAAAdYZN2uZX/iDnnOFsoA==',
);

/** The JPEG with its start-of-frame marker changed to `marker` (and its sample precision to `precision`). */
function jpegWithFrame(marker: number, precision = 8): Buffer {
  const out = Buffer.from(JPEG);
  const sof = out.indexOf(Buffer.from([0xff, 0xc0]));
  out[sof + 1] = marker;
  out[sof + 4] = precision;
  return out;
}

function gifWithBadLzw(): Buffer {
  const out = Buffer.from(GIF);
  // Image descriptor (0x2C, 10 bytes), LZW minimum code size, then one sub-block of 14 bytes: all 1 bits, so the
  // first code is 7 where only literals (0–3) and clear (4) may come.
  const data = out.indexOf(0x2c) + 10 + 1;
  out.fill(0xff, data + 1, data + 1 + (out[data] ?? 0));
  return out;
}

/** The WebP's VP8 frame (40×30) under a VP8X chunk that says the canvas is 99×99. */
function webpWithWrongCanvas(): Buffer {
  const vp8x = Buffer.alloc(18);
  vp8x.write('VP8X', 0);
  vp8x.writeUInt32LE(10, 4);
  vp8x.writeUIntLE(98, 12, 3);
  vp8x.writeUIntLE(98, 15, 3);
  const body = Buffer.concat([Buffer.from('WEBP'), vp8x, WEBP.subarray(12)]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

/** The AVIF with its `mdat` picture data scrambled (the size and every box intact). */
function avifWithCorruptData(): Buffer {
  const out = Buffer.from(AVIF);
  for (let i = out.indexOf('mdat') + 4; i < out.length; i++) out[i] = (out[i] ?? 0) ^ 0xa5;
  return out;
}

export const BAD_IMAGES = {
  'jpeg-12bit': () => jpegWithFrame(0xc1, 12),
  'jpeg-lossless': () => jpegWithFrame(0xc3),
  'jpeg-hierarchical-arithmetic': () => jpegWithFrame(0xcf),
  'gif-bad-lzw': gifWithBadLzw,
  'webp-wrong-canvas': webpWithWrongCanvas,
  'avif-corrupt-data': avifWithCorruptData,
} as const;

export type BadImageKind = keyof typeof BAD_IMAGES;

/** The untouched images, which decode. */
export const GOOD_IMAGES = { jpeg: JPEG, gif: GIF, webp: WEBP, avif: AVIF } as const;
