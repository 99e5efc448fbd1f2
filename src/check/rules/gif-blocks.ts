/**
 * The one walk over a GIF's blocks (GIF89a: logical screen, optional global colour table, then extensions and
 * image descriptors, each followed by length-prefixed sub-blocks), shared by the image-size and image-data checks.
 * Reads only the bytes given, never decodes; each step moves forward, so the walk is linear.
 */

/** One image (frame) of a GIF: its place on the screen, and where its compressed data starts and ends. */
export interface GifFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Index of the frame's first data sub-block (past the LZW code size). */
  data: number;
  /** Index just past the frame's terminating empty sub-block; beyond the bytes when they ran out first. */
  end: number;
}

const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);

/**
 * Calls `frame` for each image descriptor in the bytes, in order, until it returns false. Returns where the walk
 * stopped: at or past the end of the bytes, or at a byte that starts no known block (the trailer, or damage).
 */
export function walkGifBlocks(b: Uint8Array, frame: (found: GifFrame) => boolean | void): number {
  const packed = b[10] ?? 0;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const skipSubBlocks = () => {
    while (i < b.length && (b[i] ?? 0) !== 0) i += 1 + (b[i] ?? 0);
    i++;
  };
  while (i < b.length) {
    const block = b[i];
    if (block === 0x2c) {
      const at = i;
      const local = b[i + 9] ?? 0;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1;
      const data = i;
      skipSubBlocks();
      if (frame({ left: le16(b, at + 1), top: le16(b, at + 3), width: le16(b, at + 5), height: le16(b, at + 7), data, end: i }) === false) return i;
    } else if (block === 0x21) {
      i += 2;
      skipSubBlocks();
    } else break;
  }
  return i;
}
