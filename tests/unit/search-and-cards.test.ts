import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { cardHash, generatedCardPath } from '#/outputs/social-cards.ts';

const render = createMarkdownRenderer();
const searchText = (md: string) => render(md).text;

describe('search text (what the search index reads): the text of the sanitised page', () => {
  it('keeps the words and drops the markup', () => {
    const md = '## Heading\n\nSome **bold** and _em_ text with [a link](https://e.org/x) and ![alt](https://e.org/i.png).\n\n> quoted\n\n- item one\n1. item two\n\n| a | b |\n|---|---|\n| c | d |\n\n<abbr title="x">UN</abbr>';
    expect(searchText(md)).toBe('Heading Some bold and em text with a link and alt. quoted item one item two a b c d UN');
  });
  it('drops fenced code blocks but keeps the prose after them', () => {
    expect(searchText('Lead.\n\n```\ncode1\ncode2\n```\nThe minister resigned.')).toBe('Lead. The minister resigned.');
    expect(searchText('~~~~\nx\n~~~\ny\n~~~~~\nAfter')).toBe('After');
    expect(searchText('Before\n\n```js\nsecret()\n```\n\n[ref]: https://e.org\nAfter')).toBe('Before After');
  });
  it('keeps comments, scripts and styles out of the index', () => {
    expect(searchText("Text <!-- legal: don't name -> Smith is the source --> more <script>x()</script><style>p{}</style>")).toBe('Text more');
  });
  it.each([
    ['template', 'Before <template>EMBARGOED until Friday</template> after.'],
    ['template block', '<template>\nEMBARGOED until Friday\n</template>\n\nAfter.'],
    ['textarea', 'Before <textarea>EMBARGOED draft</textarea> after.'],
    ['svg', 'Before <svg><text>EMBARGOED</text><title>EMBARGOED</title></svg> after.'],
    ['noscript', 'Before <noscript>EMBARGOED</noscript> after.'],
    ['math', 'Before <math><mi>EMBARGOED</mi></math> after.'],
    ['iframe', 'Before <iframe srcdoc="x">EMBARGOED</iframe> after.'],
    ['object', 'Before <object data="x">EMBARGOED</object> after.'],
    ['select', 'Before <select><option>EMBARGOED</option></select> after.'],
    ['title', 'Before <title>EMBARGOED</title> after.'],
    ['xmp', 'Before <xmp>EMBARGOED</xmp> after.'],
    ['style with text', 'Before <style>/* EMBARGOED */</style> after.'],
  ])('what the sanitiser removes cannot be found: %s', (_name, md) => {
    const out = render(md);
    expect(out.text).not.toContain('EMBARGOED');
    // The page agrees: the word is not in the HTML readers get either.
    expect(out.html).not.toContain('EMBARGOED');
    expect(out.text).toMatch(/after|After/);
  });
  it('words in separate blocks or cells never run together', () => {
    expect(searchText('<p>one</p><p>two</p>\n\n| a | b |\n|---|---|\n| c | d |')).toBe('one two a b c d');
  });
});

describe('generated social cards', () => {
  const article = { slug: 's', title: 'Envoy lands in Kabul', hasImage: false };
  it('are used only when the site asks for them and the article has no lead image', () => {
    expect(generatedCardPath(article, 'generated')).toBe('/og/s.png');
    expect(generatedCardPath(article, 'site')).toBeUndefined();
    expect(generatedCardPath({ ...article, hasImage: true }, 'generated')).toBeUndefined();
  });
  it('are drawn for Arabic-script headlines, and left to the site card for scripts the fonts lack', () => {
    expect(generatedCardPath({ ...article, title: 'د کرکټ ملي لوبډله' }, 'generated')).toBe('/og/s.png');
    expect(generatedCardPath({ ...article, title: '喀布尔的使者' }, 'generated')).toBeUndefined();
    expect(generatedCardPath({ ...article, title: 'Café – “quoted” 2026' }, 'generated')).toBe('/og/s.png');
  });
  it('are keyed by what is drawn, so an unchanged article is never redrawn', () => {
    const input = { slug: 'a', title: 'T', section: 'S', siteName: 'N' };
    expect(cardHash(input)).toBe(cardHash({ ...input, slug: 'b' }));
    expect(cardHash(input)).not.toBe(cardHash({ ...input, title: 'T2' }));
    expect(cardHash(input)).not.toBe(cardHash({ ...input, section: 'S2' }));
  });
});

describe('serializeJsonLd', () => {
  it('escapes what could end the script element or break JavaScript parsers, and still round-trips', async () => {
    const { serializeJsonLd } = await import('#/outputs/json-ld.ts');
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('generated social cards check everything they draw', () => {
  it('fall back to the site card when the section or site name is in a script the fonts lack', () => {
    const a = { slug: 's', title: 'Envoy lands', hasImage: false };
    expect(generatedCardPath({ ...a, section: 'ټولنه' }, 'generated', 'Dateline')).toBe('/og/s.png');
    expect(generatedCardPath({ ...a, section: '社会' }, 'generated', 'Dateline')).toBeUndefined();
    expect(generatedCardPath({ ...a, section: 'Society' }, 'generated', 'デイトライン')).toBeUndefined();
    expect(generatedCardPath({ ...a, section: 'Society' }, 'generated', 'Dateline')).toBe('/og/s.png');
  });
});
