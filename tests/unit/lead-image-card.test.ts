/**
 * Round-7 finding 7: a lead image's og:image is declared at the size sent. The crop keeps the card's shape and
 * never enlarges; a photo too small for a large preview gives way to the site card.
 */
import { describe, expect, it } from 'vitest';
import { leadImageCardSize } from '#/outputs/lead-image-card.ts';

describe('lead image as the social card', () => {
  it('a large landscape photo becomes exactly 1200×630', () => {
    expect(leadImageCardSize({ width: 4000, height: 3000 })).toEqual({ width: 1200, height: 630 });
    expect(leadImageCardSize({ width: 1200, height: 630 })).toEqual({ width: 1200, height: 630 });
  });

  it('a portrait or narrower photo is cropped to the card shape at its own width, never enlarged', () => {
    expect(leadImageCardSize({ width: 900, height: 1600 })).toEqual({ width: 900, height: 473 });
    expect(leadImageCardSize({ width: 3000, height: 700 })).toEqual({ width: 1200, height: 630 });
    expect(leadImageCardSize({ width: 3000, height: 500 })).toEqual({ width: 952, height: 500 });
  });

  it('a photo too small for a large preview is not used (the site card is)', () => {
    expect(leadImageCardSize({ width: 50, height: 50 })).toBeUndefined();
    expect(leadImageCardSize({ width: 599, height: 2000 })).toBeUndefined();
    expect(leadImageCardSize({ width: 2000, height: 300 })).toBeUndefined();
  });
});
