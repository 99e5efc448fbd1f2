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
