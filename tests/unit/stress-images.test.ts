/**
 * The worst-case photos (scripts/stress-images.ts) once each through the content check and its decode pass
 * (round 10, finding 1). No timing is asserted (`npm run stress` measures it): the generous timeout is there so a
 * return to decoding such photos (a 685 KB JPEG of 2,647 scans took 96 s of CPU) fails the suite instead of
 * hanging CI. Each refusal is one line at the photo, saying what to do.
 */
import { describe, expect, it } from 'vitest';
import { IMAGE_STRESS_CASES, runImageStressCase } from '../../scripts/stress-images.ts';

describe('worst-case photos within the file and pixel limits', () => {
  it.each(IMAGE_STRESS_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await runImageStressCase(c, { share: false });
    if (!c.refused) {
      expect(r.diagnostics).toEqual([]);
      return;
    }
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatch(/^\S*content\/articles\/2026\/11\/stress-images\.md:\d+:\d+  body  image !\[Photo 1 of the case\]\(\.\/images\/\S+\) /);
    expect(r.diagnostics[0]).toMatch(/save it as a baseline JPEG|save it as 8-bit|use a still image/);
  }, 180_000);
});
