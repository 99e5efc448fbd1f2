/** src/markdown/rehype-empty-paragraphs.ts, through the whole renderer (round 20, finding 11). */
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';

describe('rehype-empty-paragraphs', () => {
  it('drops spacer paragraphs an import leaves, wherever they stand', () => {
    const { html } = renderBody('&nbsp;\n\n<p>&nbsp;</p>\n\n<p><br></p>\n\nThe lead.\n\n&nbsp;\n\nThe second paragraph.');
    expect(html).toBe('<p>The lead.</p>\n<p>The second paragraph.</p>');
  });

  it('keeps a paragraph with a word, an image or a line break between words', () => {
    const { html } = renderBody('A<br>B\n\n<p>&nbsp;x&nbsp;</p>\n\n**x**');
    expect(html).toBe('<p>A<br>B</p>\n<p>\u00a0x\u00a0</p>\n<p><strong>x</strong></p>');
  });
});
