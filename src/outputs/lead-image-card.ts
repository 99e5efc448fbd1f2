/**
 * The lead image as a social card: cropped to the card's shape (1200×630, 1.91:1), never enlarged, and declared
 * with the size of the file sent (`og:image:width`/`og:image:height`), since platforms lay the preview out from
 * the declared size. A lead image too small to crop a large preview from (under 600×315, e.g. a 50×50 icon;
 * Facebook refuses og:images under 200×200) gives way to the site card (public/og-card.png, 1200×630).
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Smallest crop used as a card: half the card's size. */
const MIN_CARD_WIDTH = CARD_WIDTH / 2;

/**
 * The largest crop of the card's shape that fits in an image of `width`×`height`, at most 1200×630; undefined
 * when that crop is under 600×315.
 */
export function leadImageCardSize(image: { width: number; height: number }): { width: number; height: number } | undefined {
  const width = Math.min(CARD_WIDTH, image.width, Math.floor((image.height * CARD_WIDTH) / CARD_HEIGHT));
  if (!(width >= MIN_CARD_WIDTH)) return undefined;
  return { width, height: Math.min(image.height, Math.round((width * CARD_HEIGHT) / CARD_WIDTH)) };
}
