/** Round 24 (blind tests 24a and 24b), helper h24b: link and image slips, wiki links, look-alike dates, lead-image slips, page-builder shortcodes. */
import { describe, expect, it } from 'vitest';
import { checkArticles, checkArticles as checkLines, testFrontmatter } from '../helpers/check-bodies.ts';

const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}${body}\n`;

/** One test per value of `field`: the check's lines for an article with it (as `line:column field  message`). */
function eachValue(field: string, rows: [value: string, line: string][], check: (files: Record<string, string>) => string[] = checkArticles) {
  it.each(rows)(`${field}: %s`, (value, line) => {
    expect(check({ 'x.md': story('Body.', { [field]: value }) })).toEqual([`x.md:${line}`]);
  });
}

describe('24a #9: a date typed with look-alike characters names them and gives the date to write', () => {
  eachValue('published', [
    ['"2026–11–05"', '4:17 published  "2026–11–05" has "–" (U+2013, an en dash, as autocorrect types it) where a hyphen "-" belongs; write "2026-11-05"'],
    ['"۲۰۲۶-۱۱-۰۵"', '4:12 published  "۲۰۲۶-۱۱-۰۵" is written in Persian (Eastern Arabic) digits (۲۰۲۶), where ASCII digits belong; write "2026-11-05"'],
    ['"2026-11-05T09:30:00−04:30"', '4:32 published  "2026-11-05T09:30:00−04:30" has "−" (U+2212, a minus sign) where a hyphen "-" belongs; write "2026-11-05T09:30:00-04:30"'],
    // Not the only slip: the plain line stands.
    ['"2026–11"', '4:12 published  "2026–11" is not an ISO 8601 date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)'],
  ]);
});

describe('24a #10: a link /articles/<slug>.md is told to drop the ".md"', () => {
  it('names the article and the URL to write', () => {
    expect(checkArticles({ 'l7.md': story('See [the wheat story](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets.md) for more.') })).toEqual([
      'l7.md:9:5 link  link [the wheat story](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets.md) names the article "wheat-prices-ease-as-northern-harvest-reaches-markets" with its file\'s ".md", which its URL does not have; remove ".md" and end the address with "/" (/articles/wheat-prices-ease-as-northern-harvest-reaches-markets/)',
    ]);
  });

  it('a missing one names the file without a second ".md"', () => {
    const [line] = checkArticles({ 'l8.md': story('See [it](/articles/no-such-story.md) for more.') });
    expect(line).toContain('(no content/articles/**/no-such-story.md); an article\'s URL has no ".md"');
  });
});

describe('24b #5: page-builder shortcodes, and a shortcode attribute with a digit', () => {
  it('[vc_row][vc_column] … and [audio mp3=…] are each a line', () => {
    const lines = checkArticles({
      's1.md': story('Traders said the market was calm on Monday.\n\n[vc_row][vc_column]The minister spoke.[/vc_column][/vc_row]\n\n[audio mp3="https://example.org/a.mp3"][/audio]\n\n[et_pb_section fb_built="1"]Text[/et_pb_section]'),
    });
    expect(lines.map((l) => l.replace(/ is a WordPress shortcode .*/, ''))).toEqual([
      's1.md:11:1 body  "[vc_row]"',
      's1.md:11:9 body  "[vc_column]"',
      's1.md:11:39 body  "[/vc_column]"',
      's1.md:11:51 body  "[/vc_row]"',
      's1.md:13:1 body  "[audio mp3="https://example.org/a.mp3"]"',
      's1.md:13:40 body  "[/audio]"',
      's1.md:15:1 body  "[et_pb_section fb_built="1"]"',
      's1.md:15:33 body  "[/et_pb_section]"',
    ]);
  });

  it('a bracketed word with an underscore-free prefix stays prose', () => {
    expect(checkArticles({ 's2.md': story('The envoy [vc] said [fusion] power was [audio only] discussed.') })).toEqual([]);
  });
});

describe('24a #13: lead-image slips get the path to write', () => {
  // The check's temporary folder, as the printed path names it, aside.
  const checkArticles = (files: Parameters<typeof checkLines>[0]) => checkLines(files).map((l) => l.replace(/looked for [^)]*?\/content\//, 'looked for content/'));
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  eachValue('image', [
    ['{src: ./images/Envoy-Arrival.png, alt: A plane}', '7:14 image.src  image file "./images/Envoy-Arrival.png" does not exist (looked for content/articles/2026/11/images/Envoy-Arrival.png): the name on disk is "envoy-arrival.png" (the letter case differs, which a Mac\'s disk ignores but the build server\'s does not); write "./images/envoy-arrival.png"'],
    ['{src: content/articles/2026/11/images/envoy-arrival.png, alt: A plane}', '7:14 image.src  image file "content/articles/2026/11/images/envoy-arrival.png" does not exist (looked for content/articles/2026/11/content/articles/2026/11/images/envoy-arrival.png): paths are read from the article\'s folder, not from the project; write "./images/envoy-arrival.png"'],
    ['{src: /content/articles/2026/11/images/envoy-arrival.png, alt: A plane}', '7:14 image.src  "/content/articles/2026/11/images/envoy-arrival.png" must be a path relative to the article file: paths are read from the article\'s folder, not from the project; write "./images/envoy-arrival.png"'],
    ['./images/envoy-arrival.png', '7:8 image  must be a set of "field: value" lines, not the text "./images/envoy-arrival.png"; write image: {src: ./images/envoy-arrival.png, alt: "what it shows"}'],
  ], checkArticles);

  it('a folder whose case differs, and a body photo, get the same fix', () => {
    expect(checkArticles({ 'i11.md': story('Body.\n\n![A plane on the apron](./Images/envoy-arrival.png)', { image: '{src: ./IMAGES/envoy-arrival.png, alt: A plane}' }) })).toEqual([
      expect.stringMatching(/^i11\.md:7:14 image\.src .*the name on disk is "images" .*; write "\.\/images\/envoy-arrival\.png"$/),
      expect.stringMatching(/^i11\.md:12:1 body .*the name on disk is "images" .*; write "\.\/images\/envoy-arrival\.png"$/),
    ]);
    // Two files differing only in case: the one written is there, so no line (and no guess).
    expect(checkArticles({ 'images/Envoy-Arrival.png': PNG, 'i12.md': story('Body.', { image: '{src: ./images/Envoy-Arrival.png, alt: A plane}' }) }).filter((l) => l.includes('letter case'))).toEqual([]);
  });
});

describe('24a #5: a title in curly quotes, or a size hint, is told the fix (not "%20")', () => {
  it.each([
    [
      'See [the report](https://example.org/report “The full report”) for details.',
      '9:5 link  link [the report](https://example.org/report “The full report”) is printed as typed: its title\'s quotes are curly (“…”), which Markdown does not read as quotes, so the title is read as part of the address; type straight quotes: [the report](https://example.org/report "The full report")',
    ],
    [
      'See ![the chart](./images/envoy-arrival.png ‘Fuel “prices”’) for details.',
      '9:5 body  image ![the chart](./images/envoy-arrival.png ‘Fuel “prices”’) is printed as typed: its title\'s quotes are curly (‘…’), which Markdown does not read as quotes, so the title is read as part of the path; type straight quotes: ![the chart](./images/envoy-arrival.png "Fuel “prices”")',
    ],
    [
      '![Wagons at the yard](./images/envoy-arrival.png =300x200)',
      '9:1 body  image ![Wagons at the yard](./images/envoy-arrival.png =300x200) is printed as typed: "=300x200" is a size hint, which this site does not read (pages size photos themselves); remove it: ![Wagons at the yard](./images/envoy-arrival.png)',
    ],
  ])('%s', (body, line) => {
    expect(checkArticles({ 't.md': story(body) })).toEqual([`t.md:${line}`]);
  });

  it('a straight title, and a space inside the address, keep their lines', () => {
    expect(checkArticles({ 't.md': story('See [the report](https://example.org/report "The full report") and [it](https://example.org/a b) here.') })).toEqual([
      't.md:9:68 link  link [it](https://example.org/a b) is printed as typed: its address holds a space; write it as https://example.org/a%20b or <https://example.org/a b>',
    ]);
  });
});

describe('24a #6: wiki links and embeds, and Pandoc attributes, are one line each with the Markdown to write', () => {
  const WHEAT = 'wheat-prices-ease-as-northern-harvest-reaches-markets';
  it.each([
    [`As we reported, [[${WHEAT}]] prices fell.`, `9:17 link  "[[${WHEAT}]]" is a wiki link (Obsidian, Notion, Foam), which this site does not read: readers would see it as typed; write a Markdown link: [the words to click](../10/${WHEAT}.md)`],
    [`As we reported, [[${WHEAT}|prices fell]] last month.`, `9:17 link  "[[${WHEAT}|prices fell]]" is a wiki link (Obsidian, Notion, Foam), which this site does not read: readers would see it as typed; write a Markdown link: [prices fell](../10/${WHEAT}.md)`],
    ['See [[Envoy lands in Kabul ahead of Doha round#The visit|the visit]].', '9:5 link  "[[Envoy lands in Kabul ahead of Doha round#The visit|the visit]]" is a wiki link (Obsidian, Notion, Foam), which this site does not read: readers would see it as typed; write a Markdown link: [the visit](./envoy-lands-in-kabul-ahead-of-doha-round.md#the-visit)'],
    ['See [[no such story]].', '9:5 link  "[[no such story]]" is a wiki link (Obsidian, Notion, Foam), which this site does not read: readers would see it as typed; write a Markdown link to the article\'s file, e.g. [the words to click](../10/story.md) (no article is named "no such story"), or remove it'],
    ['![[envoy-arrival.png]]', '9:1 body  "![[envoy-arrival.png]]" is a wiki embed (Obsidian, Notion), which this site does not read: readers would see it as typed, and the photo is not shown; write ![what it shows](./images/envoy-arrival.png)'],
    ['![[rail-wagons.png]]', '9:1 body  "![[rail-wagons.png]]" is a wiki embed (Obsidian, Notion), which this site does not read: readers would see it as typed, and the photo is not shown; write ![what it shows](./images/rail-wagons.png) (with the photo saved at ./images/rail-wagons.png beside the article)'],
    ['The plane: ![A plane on the apron](./images/envoy-arrival.png){width=50%} and more.', '9:63 body  "{width=50%}" after the image is a Pandoc attribute, which this site does not read: readers would see it as typed; remove it: pages size and place photos themselves'],
    ['See [the annex](https://example.org/annex){: .button target="_blank"} here.', '9:43 body  "{: .button target="_blank"}" after the link is a Pandoc attribute, which this site does not read: readers would see it as typed; remove it: links are styled by the site'],
  ])('%s', (body, line) => {
    expect(checkArticles({ 'w.md': story(body) })).toEqual([`w.md:${line}`]);
  });

  it('Markdown links with brackets in their words, code and escapes pass', () => {
    expect(checkArticles({ 'w.md': story('A source [[1]](https://example.org/one) and `[[not-a-link]]` and \\[[x]] and {width=50%} alone.\n\n```\n![[photo.png]]\n```') })).toEqual([]);
  });
});
