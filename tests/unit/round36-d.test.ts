/** Round 36 helper d: a blind attacker's findings (bidi islands at scale, web-address link hints, empty mailto/tel, U+FDFD on social cards). */
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';

describe('F5: right-to-left islands in a huge paragraph', () => {
  it('renders 66,666 alternating Arabic letters and digits without overflowing the stack', () => {
    const html = renderBody(`Intro ${'ک1'.repeat(66666)} end.`).html;
    expect(html.startsWith('<p>Intro <bdi>ک</bdi>1<bdi>ک</bdi>1')).toBe(true);
    expect(html.endsWith('<bdi>ک</bdi>1 end.</p>')).toBe(true);
    expect(html.split('<bdi>').length - 1).toBe(66666);
  }, 60_000);
});
