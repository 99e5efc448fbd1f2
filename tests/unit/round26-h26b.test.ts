/**
 * Round 26b #2–#6: an image whose title holds a backslash-escaped quote is found (sized and checked like any
 * other); a second `#` in an address is one line; a footnote called from another note's later paragraph counts
 * as referred to; a withdrawn `lang:` value is one line, without "no lang:"; a `<dl>` grouped with `<div>` keeps
 * its structure.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { localImagePaths, localKey } from '#/check/body-images.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}The committee met on Tuesday to agree the plan for the coming year, officials said.\n\n${body}\n`;

describe('an image title with a backslash-escaped quote (#2)', () => {
  const titles = ['"He said \\"no\\""', "'Traders\\' week'", '"x\\""', '(a \\) b)'];

  it('hands the photo to the image pipeline under the key of the rendered src', () => {
    for (const title of titles) {
      const body = `Lead.\n\n![Chart of prices](./images/envoy-arrival.png ${title})\n\n[![In a link](../11/images/envoy-arrival.png ${title})](https://example.org/)`;
      expect(localImagePaths(body)).toEqual(['./images/envoy-arrival.png', '../11/images/envoy-arrival.png']);
      const srcs = [...renderBody(body).html.matchAll(/<img src="([^"]*)"/g)].map((m) => localKey(m[1] ?? ''));
      expect(srcs).toEqual([localKey('./images/envoy-arrival.png'), localKey('../11/images/envoy-arrival.png')]);
    }
  });

  it('a missing file behind such a title is one line; an existing one stays quiet', () => {
    expect(checkArticles({ 'img-a.md': story('![Chart of prices](./images/missing-but-escaped.png "a \\"b\\"")') })).toEqual([
      expect.stringMatching(/^img-a\.md:11:1 body {2}image !\[Chart of prices\]\(\.\/images\/missing-but-escaped\.png\) .*does not exist/),
    ]);
    expect(checkArticles({ 'img-b.md': story("![Chart of prices](./images/envoy-arrival.png 'Traders\\' week')\n\n![Again](../11/images/envoy-arrival.png \"He said \\\"no\\\"\")") })).toEqual([]);
  });

  it('an escaped parenthesis is part of the path, as the page reads it', () => {
    const body = '![Wagons at the yard](./images/a\\)b.png)';
    expect(renderBody(body).html).toContain('src="./images/a)b.png"');
    expect(checkArticles({ 'img-c.md': story(body) })).toEqual([
      expect.stringMatching(/^img-c\.md:11:1 body {2}image !\[Wagons at the yard\]\(\.\/images\/a\\\)b\.png\) spells its path with .* a backslash escape/),
    ]);
  });
});

describe('a second "#" in an address (#3)', () => {
  it('is one line in raw HTML, Markdown and autolink form; the fix (%23) is quiet', () => {
    const lines = checkArticles({ 'url-hash.md': story('<a href="https://example.org/#f#g">r6</a>\n\n[m3](https://example.org/#f#g) <https://app.example.org/#/report#top>') });
    expect(lines).toEqual([
      expect.stringMatching(/^url-hash\.md:11:1 link {2}link .*has a second "#", which a web address may not hold after the first; write every "#" after the first as %23$/),
      expect.stringMatching(/^url-hash\.md:13:1 link {2}link \[m3\]\(https:\/\/example\.org\/#f#g\) has a second "#"/),
      expect.stringMatching(/^url-hash\.md:13:33 link {2}link https:\/\/app\.example\.org\/#\/report#top has a second "#"/),
    ]);
    const fixed = '<a href="https://example.org/#f%23g">r6</a>\n\n[m3](https://example.org/#f%23g) <https://app.example.org/#/report%23top> [q](https://example.org/?a=1#top)';
    expect(checkArticles({ 'url-hash.md': story(fixed) })).toEqual([]);
    expect(renderBody(fixed).html).toContain('href="https://example.org/#f%23g"');
    // Where the check is not run first, the renderer writes the fix itself (the page stays valid); a footnote
    // labelled [^a#b] keeps its links.
    expect(renderBody('[m3](https://example.org/#f#g)').html).toContain('href="https://example.org/#f%23g"');
    expect(renderBody('A claim[^a#b].\n\n[^a#b]: The note.').html).toContain('href="#user-content-fn-a%23b"');
  });
});

describe('a footnote called from another note\'s later paragraph (#4)', () => {
  const note = (second: string) => story(`A claim[^e].\n\n[^e]: Ministry figures.\n\n${second}\n\n[^f]: The March revision replaced the January estimate.`);

  it('counts as referred to, as the page shows it', () => {
    expect(checkArticles({ 'fn-battery.md': note('    As revised in March[^f].') })).toEqual([]);
    expect(renderBody(note('    As revised in March[^f].').replace(/^---[\s\S]*?---\n/, '')).html).toContain('href="#user-content-fn-f"');
  });

  it('a call in an indented code block after the note is still no call', () => {
    const body = story('A claim[^e].\n\n[^e]: Ministry figures.\n\nAfter the note.\n\n    code [^f]\n\n[^f]: The March revision replaced the January estimate.');
    expect(checkArticles({ 'fn-code.md': body })).toEqual([expect.stringMatching(/^fn-code\.md:\d+:1 body {2}footnote \[\^f\] is never referred to/)]);
  });
});

describe('a withdrawn lang: value (#5)', () => {
  const dari = (lang?: string) =>
    `${testFrontmatter({ title: '"نرخ آرد در بازارهای کابل افزایش یافت"', description: '"قیمت آرد در هفته گذشته پنج درصد بالا رفت."', ...(lang ? { lang } : {}) })}نرخ آرد در بازارهای کابل در هفته گذشته افزایش یافت و تاجران می گویند که این روند ادامه دارد.\n`;
  const hebrew = (lang: string) => `${testFrontmatter({ title: '"מחירי הקמח עלו בשווקים"', description: '"מחיר הקמח עלה בחמישה אחוזים בשבוע שעבר."', lang })}מחירי הקמח עלו בשבוע שעבר בשווקים של קאבול, והסוחרים אומרים שהמגמה נמשכת.\n`;

  it('is one line on the value, without "no lang:"', () => {
    for (const [code, fix] of [['iw', 'he'], ['ji', 'yi']]) {
      expect(checkArticles({ 'lang-iw.md': dari(code) })).toEqual([expect.stringMatching(new RegExp(`^lang-iw\\.md:7:7 lang {2}"${code}" \\(.*\\) is a withdrawn code kept for old data; write "${fix}"$`))]);
    }
  });

  it('the fix is quiet, and an article with no lang: line is still told to add one', () => {
    expect(checkArticles({ 'lang-he.md': hebrew('he'), 'lang-fa.md': dari('fa') })).toEqual([]);
    expect(checkArticles({ 'lang-none.md': dari() })).toEqual([expect.stringMatching(/^lang-none\.md:2:8 lang {2}warning: the headline and standfirst are in Arabic script, but the article has no "lang:"/)]);
  });
});

describe('a <dl> grouped with <div> (#6)', () => {
  it('keeps its terms and definitions', () => {
    const html = renderBody('<dl>\n<div><dt>Flour</dt><dd>Up 5%</dd></div>\n<div><dt>Rice</dt><dd>Flat</dd></div>\n</dl>').html;
    expect(html).toBe('<dl>\n<div><dt>Flour</dt><dd>Up 5%</dd></div>\n<div><dt>Rice</dt><dd>Flat</dd></div>\n</dl>');
    expect(renderBody('<dl>\n<div>\n<dt>Flour</dt>\n<dt>Wheat flour</dt>\n<dd>Up 5%</dd>\n<dd>In Kabul</dd>\n</div>\n</dl>').html).toContain('<dl>\n<div>\n<dt>Flour</dt>');
    expect(checkArticles({ 'dl-div.md': story('<dl>\n<div><dt>Flour</dt><dd>Up 5%</dd></div>\n<div><dt>Rice</dt><dd>Flat</dd></div>\n</dl>') })).toEqual([]);
  });

  it('groups mixed with bare terms, a group out of order, or a group outside a <dl> still give way (the page stays valid)', () => {
    expect(renderBody('<dl>\n<div><dt>Flour</dt><dd>Up 5%</dd></div>\n<dt>Rice</dt><dd>Flat</dd>\n</dl>').html).not.toMatch(/<d[ltd]>/);
    expect(renderBody('<dl><div><dd>x</dd><dt>y</dt></div></dl>').html).not.toMatch(/<d[ltd]>/);
    expect(renderBody('<div><dt>a</dt><dd>b</dd></div>').html).toBe('<div> a  b </div>');
    // A bare <dl> is kept as before.
    expect(renderBody('<dl><dt>Flour</dt><dd>Up 5%</dd></dl>').html).toBe('<dl><dt>Flour</dt><dd>Up 5%</dd></dl>');
  });
});
