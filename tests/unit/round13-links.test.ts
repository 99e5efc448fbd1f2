/**
 * The thirteenth blind round's findings 11, 13, 14 and 15 (issue 10): numeric references the renderer reads as �,
 * link addresses wrapped in curly quotes, link and image syntax printed as typed, and bare URLs that swallowed the
 * closing quote after them. Each input form of the findings, through the check (one line) and, where the renderer
 * changed, through both Markdown pipelines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { bareUrl } from '#/markdown/bare-url-end.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const fast = createMarkdownRenderer('fast');
const reference = createMarkdownRenderer('reference');
const PNG = readFileSync(new URL('../fixtures/base-content/content/articles/2026/11/images/envoy-arrival.png', import.meta.url));

/** The check's lines for one article `t/x.md` with `body` (from line 9), without the file name. */
const lines = (body: string, fields: Record<string, string> = {}, extra: Record<string, string | Buffer> = {}) =>
  checkArticles({ 't/x.md': testFrontmatter(fields) + body, ...extra }).map((l) => l.replace(/^t\/x\.md:/, ''));

describe('finding 15: a bare URL ends before a closing quote, guillemet, apostrophe or Arabic comma', () => {
  const cases: [string, string, string][] = [
    ['curly double quotes', 'the ministry said “see https://example.org/report” on Monday.', '“see <a href="https://example.org/report" class="url-text">https://example.org/report</a>” on Monday.'],
    ['possessive', 'the site https://example.org/report’s pages.', '<a href="https://example.org/report" class="url-text">https://example.org/report</a>’s pages.'],
    ['guillemets', '«https://example.org/fr» here.', '«<a href="https://example.org/fr" class="url-text">https://example.org/fr</a>» here.'],
    ['Arabic comma', 'see https://example.org/ar، then.', '<a href="https://example.org/ar" class="url-text">https://example.org/ar</a>، then.'],
    ['single curly quotes', 'see ‘https://example.org/q’.', '‘<a href="https://example.org/q" class="url-text">https://example.org/q</a>’.'],
    ['German quotes', '„https://example.org/de“ sagte er', '„<a href="https://example.org/de" class="url-text">https://example.org/de</a>“ sagte er'],
    ['quote after a full stop', 'see https://example.org/a.” he said', '<a href="https://example.org/a" class="url-text">https://example.org/a</a>.” he said'],
    ['Arabic semicolon and question mark', 'https://example.org/a؛ and https://example.org/b؟', '<a href="https://example.org/a" class="url-text">https://example.org/a</a>؛ and <a href="https://example.org/b" class="url-text">https://example.org/b</a>؟'],
    ['an em dash', 'see https://example.org/report—it said', '<a href="https://example.org/report" class="url-text">https://example.org/report</a>—it said'],
    // Decided: a curly apostrophe is never part of an address a browser copies (it is %E2%80%99 there), so it ends
    // the link even inside a word.
    ['an apostrophe inside a word', 'https://example.org/a’b', '<a href="https://example.org/a" class="url-text">https://example.org/a</a>’b'],
    ['balanced parentheses stay', '(https://example.org/a_(b)”)', '(<a href="https://example.org/a_(b)" class="url-text">https://example.org/a_(b)</a>”)'],
  ];
  it.each(cases)('%s', (_name, md, html) => {
    const out = fast(md).html;
    expect(out).toContain(html);
    expect(reference(md).html).toBe(out);
  });

  it('an autolink in angle brackets keeps what was typed, and the check names the quote in it', () => {
    expect(fast('<https://example.org/a”>').html).toContain('href="https://example.org/a%E2%80%9D"');
    expect(lines('See <https://example.org/a”> now.\n')).toEqual([
      '9:6 link  the address of link https://example.org/a” ends with the curly quote ”, which is not part of a web address: the page would link nowhere or to a wrong address; remove it (write https://example.org/a)',
    ]);
  });

  it('nothing but a scheme before the quote is no link, in both pipelines', () => {
    expect(fast('see https://”x.org').html).toBe('<p>see https://”x.org</p>');
    expect(reference('see https://”x.org').html).toBe('<p>see https://”x.org</p>');
  });

  it('bareUrl is GFM\'s trailing rule plus the closing punctuation of news copy', () => {
    expect(bareUrl('https://example.org/a_(b))')).toBe('https://example.org/a_(b)');
    expect(bareUrl('https://example.org/x?y=1.')).toBe('https://example.org/x?y=1');
    expect(bareUrl('https://example.org/ok')).toBe('https://example.org/ok');
  });

  it('a same-site URL in curly quotes is checked at all (the check read bare URLs only after a space or "<")', () => {
    const draft = { 't/draft-story.md': `${testFrontmatter({ draft: 'true' })}The draft.\n` };
    expect(lines('Read “https://dateline.example.org/articles/draft-story/” and ‘https://dateline.example.org/articles/draft-story/’.\n', {}, draft)).toEqual([
      '9:7 link  link https://dateline.example.org/articles/draft-story/ points to a draft, which readers cannot open; remove the link (in the same commit when taking the story down: until then every build stops), or publish it',
      '9:64 link  link https://dateline.example.org/articles/draft-story/ points to a draft, which readers cannot open; remove the link (in the same commit when taking the story down: until then every build stops), or publish it',
    ]);
  });

  it('a same-site URL right after a parenthesis, a straight quote or an emphasis marker is checked too (the renderer links it)', () => {
    const body = 'See (https://dateline.example.org/sections/economics/) and "https://dateline.example.org/sections/economicz/".\n\n*https://dateline.example.org/sections/economicy/*\n';
    expect(fast(body).html).toContain('(<a href="/sections/economics/">');
    expect(lines(body).map((l) => l.replace(/, which the build does not write.*$/, ''))).toEqual([
      '9:6 link  link https://dateline.example.org/sections/economics/ points to /sections/economics/',
      '9:61 link  link https://dateline.example.org/sections/economicz/ points to /sections/economicz/',
      '11:2 link  link https://dateline.example.org/sections/economicy/ points to /sections/economicy/',
    ]);
    // Inline links, definitions and raw HTML hrefs are read once, by their own rules.
    const links = '[x](https://dateline.example.org/sections/econ1/) <a href="https://dateline.example.org/sections/econ2/">y</a>\n';
    expect(lines(links)).toHaveLength(2);
  });

  it('the same-site line sees the address the page links', () => {
    // A published article quoted in curly quotes: no line at all (the link is right once the quote is outside it).
    expect(lines('Read “https://dateline.example.org/articles/envoy-lands-in-kabul-ahead-of-doha-round/” today.\n')).toEqual([]);
    expect(lines('Read https://dateline.example.org/articles/no-such-story/’s text, and «https://dateline.example.org/sections/economics/».\n')).toEqual([
      '9:6 link  link https://dateline.example.org/articles/no-such-story/ points to an article that does not exist (no content/articles/**/no-such-story.md); fix the slug or remove the link',
      '9:72 link  link https://dateline.example.org/sections/economics/ points to /sections/economics/, which the build does not write (no section "economics"; did you mean "economy"?); fix the link or remove it',
    ]);
  });
});

describe('finding 13: a link address wrapped in curly quotes is one line', () => {
  const WRAPPED = 'which are not part of a web address: the page would link nowhere or to a wrong address; remove them';
  const cases: [string, string, string][] = [
    ['double curly quotes', 'Case 1 [the report](“https://example.org/r”) here.', `9:8 link  the address of link [the report] is wrapped in curly quotes “…” (as a word processor types them), ${WRAPPED} (write https://example.org/r)`],
    ['single curly quotes', '[x](‘https://example.org/q’)', `9:1 link  the address of link [x] is wrapped in curly quotes ‘…’ (as a word processor types them), ${WRAPPED} (write https://example.org/q)`],
    ['guillemets', '[x](«https://example.org/q»)', `9:1 link  the address of link [x] is wrapped in curly quotes «…» (as a word processor types them), ${WRAPPED} (write https://example.org/q)`],
    ['in angle brackets', '[x](<“https://example.org/q”>)', `9:1 link  the address of link [x] is wrapped in curly quotes “…» (as a word processor types them), ${WRAPPED} (write https://example.org/q)`.replace('“…»', '“…”')],
    ['straight quotes', '[x]("https://example.org/q")', `9:1 link  the address of link [x] is wrapped in quotes "…", ${WRAPPED} (write https://example.org/q)`],
    ['raw HTML', '<a href="“https://example.org/r”">raw</a>', `9:1 link  the address of link [raw] (<a href>) is wrapped in curly quotes “…” (as a word processor types them), ${WRAPPED} (write https://example.org/r)`],
    ['raw HTML, references', '<a href="&ldquo;https://example.org/r&rdquo;">raw</a>', `9:1 link  the address of link [raw] (<a href>) is wrapped in curly quotes “…” (as a word processor types them), ${WRAPPED} (write https://example.org/r)`],
    ['only a closing quote', '[x](https://example.org/q”)', '9:1 link  the address of link [x] ends with the curly quote ”, which is not part of a web address: the page would link nowhere or to a wrong address; remove it (write https://example.org/q)'],
    ['only an opening quote', '[x](“https://example.org/q)', '9:1 link  the address of link [x] starts with the curly quote “, which is not part of a web address: the page would link nowhere or to a wrong address; remove it (write https://example.org/q)'],
    ['same-site', '[x](“/articles/envoy-lands-in-kabul-ahead-of-doha-round/”)', `9:1 link  the address of link [x] is wrapped in curly quotes “…” (as a word processor types them), ${WRAPPED} (write /articles/envoy-lands-in-kabul-ahead-of-doha-round/)`],
    ['an image', '![The yard](“./img/photo.png”)', '9:1 body  the path of image ![The yard] is wrapped in curly quotes “…” (as a word processor types them), which are not part of a path or web address: the page would show no photo; remove them (write ./img/photo.png)'],
    ['an image path with a space, in curly quotes', '![The yard](“./img/my photo.png”)', '9:1 body  image ![The yard](“./img/my photo.png”) is printed as typed: its path holds a space; write it (without the quotes around it) as ./img/my%20photo.png or <./img/my photo.png>'],
    ['a definition', 'See [the report][r].\n\n[r]: “https://example.org/r”', `11:1 link  the address of link [r] is wrapped in curly quotes “…” (as a word processor types them), ${WRAPPED} (write https://example.org/r)`],
  ];
  it.each(cases)('%s', (_name, body, line) => {
    expect(lines(`${body}\n`)).toEqual([line]);
  });

  it('addresses with quotes inside, or an apostrophe, are left alone', () => {
    expect(lines("[x](https://example.org/l'article) and [y](https://example.org/a”b)\n")).toEqual([]);
  });
});

describe('finding 14: link and image syntax printed as typed is one line', () => {
  const cases: [string, string, string][] = [
    ['a photo path with a space', '![A photo of wagons](./img/my photo.png)', '9:1 body  image ![A photo of wagons](./img/my photo.png) is printed as typed: its path holds a space; write it as ./img/my%20photo.png or <./img/my photo.png>'],
    ['a web address with a space', '[the report](https://example.org/a b)', '9:1 link  link [the report](https://example.org/a b) is printed as typed: its address holds a space; write it as https://example.org/a%20b or <https://example.org/a b>'],
    ['a space before the parenthesis', 'See [the report] (https://example.org/r) now.', '9:5 link  link [the report] (https://example.org/r) is printed as typed: there is a space between "]" and "(", so it is no link; write [the report](https://example.org/r)'],
    ['no closing parenthesis', 'See [the report](https://example.org/r', '9:5 link  link [the report](https://example.org/r is printed as typed: it has no closing parenthesis; end the address with ")"'],
    ['an article path with a space', '[the report](../../2026/11/carpet exporters.md)', '9:1 link  link [the report](../../2026/11/carpet exporters.md) is printed as typed: its address holds a space, and article file names have none (they are slugs); link the file by its name, e.g. ../../2026/11/carpet-exporters.md'],
    ['a title never closed', '[x](https://example.org/r "title)', '9:1 link  link [x](https://example.org/r "title) is printed as typed: its title "title) has no closing quote; close it ("…") before the ")", or remove the title'],
    ['emphasis in the text, in a list', '- [*the* report](https://example.org/a b)', '9:3 link  link [*the* report](https://example.org/a b) is printed as typed: its address holds a space; write it as https://example.org/a%20b or <https://example.org/a b>'],
    ['a table cell', '| a |\n|---|\n| ![y](./img/a b.png) |', '11:3 body  image ![y](./img/a b.png) is printed as typed: its path holds a space; write it as ./img/a%20b.png or <./img/a b.png>'],
    ['an angle bracket never closed', '![x](<./img/a b.png)', '9:1 body  image ![x](<./img/a b.png) is printed as typed: its path opens with "<" but has no closing ">"; add ">" before the ")"'],
    ['a space, then a title over lines', 'See [x](https://example.org/a b "a title\nover two lines")', '9:5 link  link [x](https://example.org/a b "a title is printed as typed: its address holds a space; write it as https://example.org/a%20b or <https://example.org/a b>'],
    ['a heading in a quote, with a title', '> ## [z](https://example.org/a b "t")', '9:6 link  link [z](https://example.org/a b "t") is printed as typed: its address holds a space; write it as https://example.org/a%20b or <https://example.org/a b>'],
  ];
  it.each(cases)('%s', (_name, body, line) => {
    expect(lines(`${body}\n`, {}, { 't/img/my photo.png': PNG })).toEqual([line]);
  });

  it('the renderer prints them as typed (what the line says)', () => {
    expect(fast('![A photo](./img/my photo.png)').html).toBe('<p>![A photo](./img/my photo.png)</p>');
    expect(fast('[x] (https://example.org/r)').html).toContain('[x] (<a');
  });

  it('real links, escaped brackets, prose in brackets and complete syntax never trigger it', () => {
    const body = [
      '[a](https://example.org/a) [b](<https://example.org/a b>) ![c](<./img/my photo.png>) ![d](./img/my%20photo.png)',
      '\\[x](https://example.org/a b) and [sic] (see below) and [note](see the annex) and `[x](a b)`',
      '[the envoy][e] (https://example.org/r) and [^1] (https://example.org/r)',
      '',
      '[e]: ../envoy-lands-in-kabul-ahead-of-doha-round.md',
      '[^1]: A note.',
    ].join('\n');
    expect(lines(`${body}\n`, {}, { 't/img/my photo.png': PNG })).toEqual([]);
  });

  it('a flood is 20 lines and a count', () => {
    const out = lines(`Words.\n\n${'![a](./img/a b.png) '.repeat(30)}\n`);
    expect(out).toHaveLength(21);
    expect(out[20]).toBe('9:1 body  …and 10 more links or images below printed as typed; fix them too'.replace('9:1', out[20]!.split(' ')[0]!));
  });
});

describe('finding 11: numeric references the renderer reads as �', () => {
  const cases: [string, string][] = [
    ['&#146;', 'is read as � (the replacement character) here, not as ’ (what it meant in old Windows text, and in a browser); write ’ (or &rsquo;)'],
    ['&#147;', 'not as “ (what it meant in old Windows text, and in a browser); write “ (or &ldquo;)'],
    ['&#148;', 'write ” (or &rdquo;)'],
    ['&#150;', 'write – (or &ndash;)'],
    ['&#133;', 'write … (or &hellip;)'],
    ['&#153;', 'write ™ (or &trade;)'],
    ['&#x97;', 'write — (or &mdash;)'],
    ['&#128;', 'write € (or &euro;)'],
    ['&#x81;', 'is read as � (the replacement character) here, and stands for no character in old Windows text either; remove it'],
    ['&#xD800;', 'names half of a UTF-16 surrogate pair, not a character, so it is read as � (the replacement character)'],
    ['&#x110000;', 'is past the last Unicode character (U+10FFFF), so it is read as � (the replacement character)'],
    ['&#0;', 'is read as � (the replacement character) here: no character has the number 0; remove it'],
    ['&#13;', 'is a carriage return, which would put a raw line-ending character in the page; remove it'],
  ];
  it.each(cases)('%s in the body', (ref, message) => {
    const out = lines(`The minister said ${ref} no.\n`);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(`9:19 body  the character reference ${ref} `);
    expect(out[0]).toContain(message);
  });

  it('the renderer reads them as the line says', () => {
    expect(fast('a&#146;b &#0; &#xD800;').html).toBe('<p>a�b � �</p>');
  });

  it('in a heading, each on its line; in code they are text', () => {
    expect(lines('## Trade &#150; transit\n\nThe minister&#146;s `&#146;` plan.\n')).toEqual([
      '9:10 body  the character reference &#150; is read as � (the replacement character) here, not as – (what it meant in old Windows text, and in a browser); write – (or &ndash;)',
      '11:13 body  the character reference &#146; is read as � (the replacement character) here, not as ’ (what it meant in old Windows text, and in a browser); write ’ (or &rsquo;)',
    ]);
  });

  it('raw HTML reads them as the HTML spec does (the page shows ’), so there they pass; Markdown text between tags does not', () => {
    const body = '<p>The minister&#146;s plan</p>\n\n<div>\nThe &#147;plan&#148;\n</div>\n\nx <abbr title="a&#146;b">c</abbr> <span>a&#146;b</span>\n';
    expect(fast(body).html).toContain('<p>The minister’s plan</p>');
    expect(fast(body).html).toContain('<span>a�b</span>');
    expect(lines(body)).toEqual([
      '15:42 body  the character reference &#146; is read as � (the replacement character) here, not as ’ (what it meant in old Windows text, and in a browser); write ’ (or &rsquo;)',
    ]);
  });

  it('text fields print any reference as typed', () => {
    expect(lines('Words.\n', { title: 'Trade &#150; transit', description: 'AT&T; and Smith &amp; Sons', dateline: 'KABUL&#x202E;', tags: '[R&amp;D, rail]' })).toEqual([
      '2:14 title  fields are plain text: the character reference "&#150;" is printed as typed (only the body reads references), on the page, in listings and in feeds; write the character itself: –',
      '3:30 description  fields are plain text: the character reference "&amp;" is printed as typed (only the body reads references), on the page, in listings and in feeds; write the character itself: &',
      '7:16 dateline  fields are plain text: the character reference "&#x202E;" is printed as typed (only the body reads references), on the page, in listings and in feeds; remove it',
      '8:9 tags[0]  fields are plain text: the character reference "&amp;" is printed as typed (only the body reads references), on the page, in listings and in feeds; write the character itself: &',
    ]);
  });

  it('other references stay allowed', () => {
    expect(lines('Caf&eacute; &amp; &#233; &#x2019; &zwnj; &#160; &#9;\n')).toEqual([]);
  });
});
