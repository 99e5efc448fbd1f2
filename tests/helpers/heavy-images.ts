/**
 * Valid images that cost far more to decode than their bytes suggest (round 10, finding 1), made at test time
 * with the tester's generators (scripts/image-generators.ts): refused from their structure, never decoded.
 */
import { manyFrameGif, manyFrameWebp, progressiveJpeg } from '../../scripts/image-generators.ts';

export const HEAVY_IMAGES = {
  /** 8000×8000, 2,647 scans, 685 KB: 96 s of CPU to decode before. */
  'jpeg-2647-scans': () => progressiveJpeg(8000, 8000, 3),
  /** 2,000,000 frames of 1×1, 46 MB: refused only after 31 s before. */
  'gif-2000000-frames': () => manyFrameGif(2_000_000),
  'webp-100000-frames': () => manyFrameWebp(100_000),
} as const;

export type HeavyImageKind = keyof typeof HEAVY_IMAGES;
