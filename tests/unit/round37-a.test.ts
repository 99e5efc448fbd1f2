import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { leadParagraphAt } from '#/domain/dateline-place.ts';
import { checkEditorial } from '#/check/rules/editorial.ts';

const IMG = (src: string, alt: string) => `<img src="${src}" alt="${alt}" loading="lazy" decoding="async">`;
/** The rendered body and where the page's dateline goes in it (the lead paragraph's first characters). */
const placed = (body: string) => {
  const html = renderBody(body).html;
  return { html, lead: html.slice(leadParagraphAt(html)).split('\n')[0] };
};
/** The check's lines about the body's opening for an article with `dateline: KABUL` (body from line 9). */
const bodyLines = (body: string) => {
  const lines: string[] = [];
  checkEditorial({ file: 'a.md', body, bodyLine: 9, data: { title: 'Wheat prices ease', dateline: 'KABUL' }, at: () => ({ line: 1, column: 1 }) }, { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false }, (_file, field, message, pos, severity) => {
    if (field === 'body') lines.push(`${pos?.line} ${severity ?? 'error'} ${message}`);
  });
  return lines;
};

describe('round 37a #1: a caption line typed under a photo with the lead right under it', () => {
  it('the photo and caption are a figure, the lines under the caption the lead paragraph, and the dateline goes on the lead', () => {
    const { html, lead } = placed("![Wheat in Herat](./images/wheat.jpg)\n*Farmers bring in the harvest.*\nHerat's wheat crop rose this year.\nOfficials said so.");
    expect(html).toBe(`<figure>${IMG('./images/wheat.jpg', 'Wheat in Herat')}<figcaption>Farmers bring in the harvest.</figcaption></figure>\n<p>Herat’s wheat crop rose this year.\nOfficials said so.</p>`);
    expect(lead).toBe('<p>Herat’s wheat crop rose this year.');
  });

  it('a second photo right under the caption line stays a photo, and the dateline goes past it to the lead', () => {
    const { html, lead } = placed('![Wheat in Herat](./images/wheat.jpg)\n*Farmers bring in the harvest.*\n![Sacks](./images/sacks.jpg)\n\nWheat rose.');
    expect(html).toBe(`<figure>${IMG('./images/wheat.jpg', 'Wheat in Herat')}<figcaption>Farmers bring in the harvest.</figcaption></figure>\n<p>${IMG('./images/sacks.jpg', 'Sacks')}</p>\n<p>Wheat rose.</p>`);
    expect(lead).toBe('<p>Wheat rose.</p>');
  });

  it('a credit in brackets after the caption\'s emphasis is part of the caption, with or without a blank line after it', () => {
    const figure = `<figure>${IMG('./images/wheat.jpg', 'Wheat in Herat')}<figcaption>Farmers bring in the harvest. (Photo: Ahmad Zia)</figcaption></figure>\n<p>Herat’s wheat crop rose.</p>`;
    expect(placed("![Wheat in Herat](./images/wheat.jpg)\n*Farmers bring in the harvest.* (Photo: Ahmad Zia)\nHerat's wheat crop rose.")).toEqual({ html: figure, lead: '<p>Herat’s wheat crop rose.</p>' });
    expect(placed("![Wheat in Herat](./images/wheat.jpg)\n*Farmers bring in the harvest.* (Photo: Ahmad Zia)\n\nHerat's wheat crop rose.").html).toBe(figure);
    expect(renderBody('![A](./a.png)\n\n*Cap.* (Photo: D)').html).toBe(`<figure>${IMG('./a.png', 'A')}<figcaption>Cap. (Photo: D)</figcaption></figure>`);
  });

  it('a line that is not a caption (emphasis and more words) keeps the paragraph as written', () => {
    expect(renderBody('![A](./a.png)\n*Farmers* bring in the harvest.\nMore.').html).not.toContain('<figure>');
    expect(renderBody('![A](./a.png) and ![B](./b.png)\n*Cap*\nMore.').html).not.toContain('<figure>');
  });

  it('the check reads the lead under a credited caption line, so a repeated dateline there is found', () => {
    expect(bodyLines('![Wheat](./images/w.jpg)\n*Farmers at work.* (Photo: Ahmad Zia)\nKABUL — Wheat rose.\n')).toEqual(['11 error the body starts with the dateline again ("KABUL —"), which the page already prints from "dateline: KABUL"; remove it from the body']);
  });
});

describe('round 37a #2: an editor\'s note in emphasis before the story, and a raw paragraph set apart', () => {
  it('the page puts the dateline past a note wholly in emphasis, on the story\'s first words', () => {
    expect(placed('*This article was updated on 5 November to add prices.*\n\nWheat rose.').lead).toBe('<p>Wheat rose.</p>');
    expect(placed('_Editor\'s note: updated._\n\n![A](./a.png)\n*Cap*\n\nWheat rose.').lead).toBe('<p>Wheat rose.</p>');
    // Emphasis that starts the lead, or a note that is the whole body, is no note to skip.
    expect(placed('*Update:* wheat rose.\n\nMore.').lead).toBe('<p><em>Update:</em> wheat rose.</p>');
    expect(leadParagraphAt('<p><em>Only a note.</em></p>')).toBe(0);
  });

  it('the check reads the story past the note: a repeated dateline or a heading there is found', () => {
    expect(bodyLines('*This article was updated\non 5 November.*\n\nKABUL — Wheat rose.\n')).toEqual(['12 error the body starts with the dateline again ("KABUL —"), which the page already prints from "dateline: KABUL"; remove it from the body']);
    expect(bodyLines('*This article was updated.*\n\n## Key points\n')).toEqual([expect.stringContaining('11 warning the body starts with a heading')]);
    expect(bodyLines('*This article was updated.*\n\nWheat rose.\n')).toEqual([]);
  });

  it('a raw <p> set apart by align, class or style before the story is a warning; a plain <p> lead is not', () => {
    expect(bodyLines('<p align="center">Special report</p>\n\nWheat rose.\n')).toEqual(['9 warning the body starts with an HTML paragraph set apart (<p align="center">), so the dateline the page prints ("KABUL —") is printed as its first words; start the body with the lead paragraph, or write that line in emphasis (*…*) alone, as an editor\'s note the dateline goes past']);
    expect(bodyLines('<p style="text-align:center">Special report</p>\n')).toHaveLength(1);
    expect(bodyLines('<p>Wheat rose on Monday.</p>\n')).toEqual([]);
  });
});

describe('round 37a #3: a photo in a list item with a caption line under it is a figure, as a photo standing alone', () => {
  it('on the next line of a tight item, or after a blank line; other items stay as written', () => {
    expect(renderBody('- ![x](./images/a.jpg)\n  *Farmers at work.* (Photo: D)\n- Plain item').html).toBe(`<ul>\n<li><figure>${IMG('./images/a.jpg', 'x')}<figcaption>Farmers at work. (Photo: D)</figcaption></figure></li>\n<li>Plain item</li>\n</ul>`);
    expect(renderBody('- ![x](./images/a.jpg)\n  *Cap*\n  More words.').html).toBe(`<ul>\n<li><figure>${IMG('./images/a.jpg', 'x')}<figcaption>Cap</figcaption></figure>\n<p>More words.</p></li>\n</ul>`);
    expect(renderBody('- ![x](./images/a.jpg)\n\n  *Cap*').html).toContain('<figcaption>Cap</figcaption>');
    expect(renderBody('- ![x](./images/a.jpg) *and* more').html).not.toContain('<figure>');
  });
});

describe('round 37a #2: the repeated-dateline rule reads past a note as the page places the dateline', () => {
  it('a note in emphasis, then the place and a dash: the dateline again (round 8 read the note as the opening)', () => {
    expect(bodyLines('*KABUL residents queued.*\n\nKABUL — The minister arrived.\n')).toEqual([expect.stringContaining('11 error the body starts with the dateline again ("KABUL —")')]);
  });
});

describe('round 37a #1: the variants the page cannot split are a warning naming the photo\'s line', () => {
  it('a caption line after a blank line with the lead right under it is split too', () => {
    const { html, lead } = placed('![A](./a.png)\n\n*Cap.* (Photo: D)\nWheat rose.');
    expect(html).toBe(`<figure>${IMG('./a.png', 'A')}<figcaption>Cap. (Photo: D)</figcaption></figure>\n<p>Wheat rose.</p>`);
    expect(lead).toBe('<p>Wheat rose.</p>');
  });

  it('a photo with the lead, or a line that is no caption, typed right under it', () => {
    const beside = (line: number) => `${line} warning the photo on this line and the text under it are one paragraph, so the dateline the page prints ("KABUL —") stands beside the photo; leave a blank line after the photo`;
    expect(bodyLines('![Wheat](./images/w.jpg)\nWheat rose this year.\n')).toEqual([beside(9)]);
    expect(bodyLines('<!-- note -->\n![Wheat](./images/w.jpg)\n*Farmers* bring in the harvest.\nWheat rose.\n')).toEqual([beside(10)]);
    expect(bodyLines('![A](./a.png) ![B](./b.png)\n*Two photos.*\nWheat rose.\n')).toEqual([beside(9)]);
    // Split by the page, or apart already: quiet.
    expect(bodyLines('![Wheat](./images/w.jpg)\n*Farmers at work.*\nWheat rose.\n')).toEqual([]);
    expect(bodyLines('![Wheat](./images/w.jpg)\n\nWheat rose.\n')).toEqual([]);
    expect(bodyLines('Wheat rose ![icon](./i.png) today.\n')).toEqual([]);
  });
});
