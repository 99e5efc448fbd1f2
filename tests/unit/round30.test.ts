/** Round 30: the review of round 29's change, and the round-30 blind rounds (findings written without the code). */
import { describe, expect, it } from 'vitest';
import { bodyOpening } from '#/check/rules/dateline-prefix.ts';
import { sliceParts } from '#/client/excerpt-parts.ts';
import { withoutTitleTail } from '#/client/excerpt-title.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

describe('a photo and its caption line are one pair for the page and for the check', () => {
  it('skips the caption under the opening photo past a blank line, as the page makes it the figure caption', async () => {
    const body = '![Wagons at the terminal](./images/w.jpg)\n\n*Wagons at the terminal. (Photo: Dateline)*\n\nKABUL — The price of flour rose.\n';
    expect(bodyOpening(body).text).toBe('KABUL — The price of flour rose.');
    const html = (await createMarkdownRenderer()(body)).html;
    expect(html).toMatch(/<figure><img[^>]*><figcaption>Wagons at the terminal\. \(Photo: Dateline\)<\/figcaption><\/figure>/);
  });
  it('still reads an opening sentence in italics that follows no photo', () => {
    expect(bodyOpening('*KABUL* — The price of flour rose.\n').text).toContain('KABUL');
  });
});

describe('search excerpt parts are cut in one place', () => {
  it('keeps each part in its place (text, mark, text) when characters are cut from the joined text', () => {
    expect(sliceParts(['ab', 'cd', 'ef'], 1, 5)).toEqual(['b', 'cd', 'e']);
    expect(sliceParts(['ab', 'cd', 'ef'], 3)).toEqual(['', 'd', 'ef']);
    expect(withoutTitleTail(['a third week The ', 'price', ' of'], 'Flour up for a third week')).toEqual(['The ', 'price', ' of']);
  });
});
