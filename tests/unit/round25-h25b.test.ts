/** Round 25 (blind test 25b), helper h25b: lines carrying on a quote, item, footnote or table; `*` between figures; HEIC photos; the lead photo repeated in the body; eaten backslashes. */
import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { readFileSync } from 'node:fs';
import { GOOD_IMAGES } from '../helpers/bad-images.ts';

const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}${body}\n`;
const lines = (body: string) => checkArticles({ 'x.md': story(body) });

describe('25b #9: a line typed straight under a quote, a list item or a footnote', () => {
  it('the finding: the reporter in the quote, a sentence in the item, the last paragraph in the footnote', () => {
    expect(
      lines(
        [
          'The minister gave a short statement.[^1]',
          '',
          '> "We will not sign anything that closes the border," he said.',
          'Officials later denied that the minister had said so.',
          '',
          'Key demands of the traders:',
          '',
          '- Open the crossing at night',
          '- Cut the fees',
          "The traders' union said it would strike on Monday.",
          '',
          '[^1]: Statement read to reporters in Kabul.',
          'The final paragraph of the story was typed after the note.',
        ].join('\n'),
      ),
    ).toEqual([
      'x.md:12:1 body  "Officials later denied that the minister had said …" is read as part of the quote above; put a blank line before it, or start it with "> " if it is quoted',
      'x.md:18:1 body  "The traders\' union said it would strike on Monday." is read as part of the list item above ("Cut the fees"); put a blank line before it, or indent it like the item\'s words if it belongs to the item',
      'x.md:21:1 body  "The final paragraph of the story was typed after t…" is read as part of footnote [^1] above, so the page prints it among the notes at the foot of the story; put a blank line before it, or indent it by four spaces if it belongs to the note',
    ]);
  });

  it('inside a quote, a line under a nested item is named too', () => {
    expect(lines('> - Cut the fees\n> The union said it would strike on Monday.')).toEqual([
      'x.md:10:1 body  "The union said it would strike on Monday." is read as part of the list item above ("Cut the fees"); put a blank line before it, or indent it like the item\'s words if it belongs to the item',
    ]);
  });

  it('a new sentence under a quote without quotation marks may be meant: a warning', () => {
    expect(lines('> He said the talks would resume on Monday.\nThe ministry confirmed it.')).toEqual([
      'x.md:10:1 body  warning: "The ministry confirmed it." is read as part of the quote above; put a blank line before it, or start it with "> " if it is quoted',
    ]);
  });

  it('the fixes pass: a blank line, or the line marked or indented', () => {
    expect(
      lines(
        [
          '> "We will not sign," he said.',
          '',
          'Officials later denied it.',
          '',
          '> "We will not sign," he said.',
          '> Officials later denied it.',
          '',
          '- Cut the fees',
          '  The union said it would strike on Monday.',
          '',
          'Text.[^1]',
          '',
          '[^1]: Statement read to reporters.',
          '    Read again later that day.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('hard-wrapped quotes, items and notes carried on mid-sentence stay quiet', () => {
    expect(
      lines(
        [
          'The ministry said on Tuesday that it would reopen the crossing',
          'next week, traders said.',
          '',
          '> "We will not sign anything that closes the border," he said, "and',
          'we will not be moved."',
          '',
          '- The ministry said on Tuesday that it would reopen',
          'the crossing next week.',
          '- A long item that runs over a line and ends a sentence here.',
          'Then another sentence carries on in the same item.',
          '',
          '> He said the talks would resume on Monday.',
          'The ministry confirmed it.',
          '',
          'Text.[^1]',
          '',
          '[^1]: Statement read to reporters in',
          'Kabul on Tuesday.',
          '',
          '> "We will not sign," he said',
          '— Minister of Commerce',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a footnote wrapped mid-sentence in a story of one-line paragraphs is a warning', () => {
    expect(lines('Text.[^1]\n\n[^1]: Statement read to reporters in\nKabul on Tuesday.')).toEqual([
      'x.md:12:1 body  warning: "Kabul on Tuesday." is read as part of footnote [^1] above, so the page prints it among the notes at the foot of the story; put a blank line before it, or indent it by four spaces if it belongs to the note',
    ]);
  });
});

describe('25b #12: a line without "|" typed straight under a table', () => {
  const table = '| Year | Exports (tonnes) |\n| --- | --- |\n| 2025 | 1,200 |\n| 2026 | 1,900 |\n';
  it('is a row of the table', () => {
    expect(lines(`${table}*Figures: Ministry of Commerce. 2026 is an estimate.*`)).toEqual([
      'x.md:13:1 body  "*Figures: Ministry of Commerce. 2026 is an estimat…" is read as a row of the table above; put a blank line before it',
    ]);
    expect(lines(`${table}Source: the bakers' union, which surveyed 40 shops.`)).toEqual([
      'x.md:13:1 body  "Source: the bakers\' union, which surveyed 40 shops…" is read as a row of the table above; put a blank line before it',
    ]);
  });
  it('rows written with bars, and a source after a blank line, pass', () => {
    expect(lines(`${table}2027 | 2,400\n\n*Figures: Ministry of Commerce.*`)).toEqual([]);
  });
});

describe('25b #10: "*" between figures pairs as emphasis', () => {
  it('4*5 … 6*8 in one paragraph', () => {
    expect(lines('The room measures 4*5 metres and the hall 6*8 metres, the engineer said.')).toEqual([
      'x.md:9:20 body  the * in "4*5" pairs with the one in "6*8", so the page prints the words between them in italics and the figures as "45" and "68"; write 4×5 and 6×8 (or 4\\*5 and 6\\*8)',
    ]);
  });
  it('across a line break, and as bold', () => {
    expect(lines('Rooms of 2*3 metres\nand 12*40 metres.\n\nArea 3**2 and 4**2.')).toEqual([
      'x.md:9:11 body  the * in "2*3" pairs with the one in "12*40", so the page prints the words between them in italics and the figures as "23" and "1240"; write 2×3 and 12×40 (or 2\\*3 and 12\\*40)',
      'x.md:12:7 body  the ** in "3**2" pairs with the one in "4**2", so the page prints the words between them in bold and the figures as "32" and "42"; write 3\\*\\*2 and 4\\*\\*2',
    ]);
  });
  it('one such figure per paragraph, escaped stars, ×, code and real emphasis pass', () => {
    expect(lines('A room of 4*5 metres.\n\nA hall of 6*8 metres.\n\nA room of 4\\*5 and 6\\*8 metres, 4×5 and 6×8, `2*3*4`, and *italic* words.')).toEqual([]);
  });
});

describe('25b #14: an iPhone HEIC photo, and JPEGs under an old name', () => {
  /** The test AVIF with its brands turned to HEIC's (`ftypheic`, as an iPhone writes). */
  const heic = () => {
    const bytes = Buffer.from(GOOD_IMAGES.avif);
    const size = bytes.readUInt32BE(0);
    for (let at = 8; at + 4 <= size; at += 4) if (/^avi[fs]$/.test(bytes.toString('latin1', at, at + 4))) bytes.write('heic', at, 'latin1');
    return bytes;
  };
  const withImage = (path: string, bytes: Buffer) => checkArticles({ 'h.md': story(`![A market in Kabul at dawn](${path})`), [path.slice(2)]: bytes });

  it('named .HEIC: export it as JPEG', () => {
    expect(withImage('./images/iphone.HEIC', heic())).toEqual([
      'h.md:9:1 body  image ![A market in Kabul at dawn](./images/iphone.HEIC) "./images/iphone.HEIC" is an HEIC photo (the iPhone\'s format), which browsers cannot show; export it as JPEG (on a Mac: open it in Preview, File → Export, Format JPEG) and write ./images/iphone.jpg',
    ]);
  });
  it('HEIC bytes renamed to .jpg say so too, not its bytes', () => {
    expect(withImage('./images/iphone.jpg', heic())).toEqual([
      'h.md:9:1 body  image ![A market in Kabul at dawn](./images/iphone.jpg) "./images/iphone.jpg" is an HEIC photo (the iPhone\'s format), which browsers cannot show; export it as JPEG (on a Mac: open it in Preview, File → Export, Format JPEG) and write ./images/iphone.jpg',
    ]);
  });
  it('a .jfif JPEG is told to rename, and an AVIF (also HEIF-based) still passes', () => {
    expect(withImage('./images/photo.jfif', GOOD_IMAGES.jpeg)).toEqual([
      'h.md:9:1 body  image ![A market in Kabul at dawn](./images/photo.jfif) "./images/photo.jfif" is a JPEG under a name the build does not read (.jfif); rename the file to photo.jpg and write ./images/photo.jpg',
    ]);
    expect(withImage('./images/photo.avif', GOOD_IMAGES.avif)).toEqual([]);
  });
});

describe('25b #8: the body opens with the lead photo again', () => {
  const lead = { image: '\n  src: ./images/envoy-arrival.png\n  alt: The envoy arriving at the airport\n  caption: The envoy arrives in Kabul.' };
  const png = readFileSync(new URL('../fixtures/base-content/content/articles/2026/11/images/envoy-arrival.png', import.meta.url));
  const repeated = (label: string) => `x.md:13:1 body  warning: image ![The envoy arriving at the airport](${label}) is the lead image again: the lead image is shown above the story already; remove it from the body`;

  it('the same path, or the same bytes under another name, is a warning', () => {
    expect(checkArticles({ 'x.md': story('![The envoy arriving at the airport](./images/envoy-arrival.png)\n\n*The envoy arrives in Kabul.*\n\nThe envoy arrived on Tuesday.', lead) })).toEqual([
      repeated('./images/envoy-arrival.png'),
    ]);
    expect(checkArticles({ 'x.md': story('![The envoy arriving at the airport](./images/copy-of-envoy.png)\n\nThe envoy arrived on Tuesday.', lead), 'images/copy-of-envoy.png': png })).toEqual([
      repeated('./images/copy-of-envoy.png'),
    ]);
  });
  it('another photo first, or the lead photo further down, passes', () => {
    const other = Buffer.concat([png, Buffer.from([0])]);
    expect(checkArticles({ 'x.md': story('![Delegates at the airport](./images/other.png)\n\nThe envoy arrived on Tuesday.', lead), 'images/other.png': other })).toEqual([]);
    expect(checkArticles({ 'x.md': story('The envoy arrived on Tuesday.\n\n![The envoy arriving at the airport](./images/envoy-arrival.png)', lead) })).toEqual([]);
  });
});

describe('25b #11: the shrug loses its arm to a backslash escape', () => {
  it('¯\\_(ツ)_/¯ in prose is a warning with the text to write', () => {
    expect(lines('The official shrugged ¯\\_(ツ)_/¯ when asked about the delay.')).toEqual([
      'x.md:9:24 body  warning: the backslash in "¯\\_(ツ)_/¯" is read as an escape, so the page prints "¯_(ツ)_/¯"; write ¯\\\\\\_(ツ)_/¯ (in Markdown a backslash is written \\\\)',
    ]);
  });
  it('the fix, the shrug in code, and deliberate escapes pass', () => {
    expect(lines('Shrug ¯\\\\\\_(ツ)_/¯ here, `¯\\_(ツ)_/¯` in code, snake\\_case, 4\\*5 and \\-\\-force.')).toEqual([]);
  });
});
