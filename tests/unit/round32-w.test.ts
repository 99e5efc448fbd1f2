/**
 * Round 32 (w): `www.` and e-mail addresses in running text are links in the fast pipeline as in the reference one
 * (GFM autolink literal): same HTML both ways, linear time, typography keeps their text whole.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';

const fast = createMarkdownRenderer('fast');
const reference = createMarkdownRenderer('reference');

export const ADDRESS_CASES: string[] = [
  'See www.example.org/x--y today.',
  'www.example.org at the start',
  'Mail news@example.org.',
  '(www.example.org) and (see www.example.org/a_(b)) and www.example.org/a)',
  '*www.example.org* and **www.example.org** and _www.example.org_ and ~~www.example.org~~',
  'xwww.a.com is not a link, nor 1www.a.com, but -www.a.com and .www.a.com?',
  'www.a_b.com and www.a.b_c and www.a_b.c.d and www.a.b.c_d/x and www.a_b_www.c.d',
  'Trailing www.example.org. and www.example.org) and www.example.org? and www.example.org!',
  'Quote "www.example.org" and “www.example.org/report” and «www.example.org» and ‘www.example.org’s',
  'www. alone, www.x, www.-x.org, www..org, WWW.EXAMPLE.ORG, Www.Example.org',
  'www.example.org/[x] and [www.example.org] and [see www.example.org/x] and [a] www.example.org',
  'www.example.org/a--b and www.example.org/"q" and www.example.org/it\'s',
  'E-mails: first.last+tag@example.co.uk, a-b_c@ex-ample.org, x@example.org.',
  'Not e-mails: a@b, a@b.c1, a@b.c-, a@b.c_, @example.org, a@.org, a@example.org_',
  'Close: a@example.org, (a@example.org) "a@example.org" a@example.org; a@example.org:',
  'mailto:news@example.org and xmpp:news@example.org/phone and (mailto:a@b.org)',
  'Two a@b.org@c.org and a@b.org.c and 1.2@ex.org and +a@ex.org',
  '# www.example.org and news@example.org\n\nBody.',
  'Heading\n=======\n\nwww.example.org news@example.org',
  '| a | b |\n|---|---|\n| www.example.org | news@example.org |\n|www.a.org|x@a.org|',
  'A note.[^1]\n\n[^1]: See www.example.org/x and write to news@example.org.',
  '[www.example.org](https://other.example) and [news@example.org](mailto:x@example.org)',
  '[text www.example.org][ref]\n\n[ref]: https://example.org',
  '`www.example.org` and `news@example.org` and ``a www.b.org``',
  '```\nwww.example.org news@example.org\n```',
  'https://example.org/www.example.org and https://example.org/?to=news@example.org',
  'https://example.org/a”news@example.org and https://”www.a.org',
  'www.example.org/https://x.org and news@example.org/https://x.org',
  '> quoted www.example.org\n> and news@example.org',
  '- www.example.org\n- news@example.org\n- (www.a.org)',
  'Line one  \nwww.example.org and\\\nnews@example.org',
  '<b>www.example.org</b> and <span>news@example.org</span>',
  '**Bold**www.example.org and `c`www.example.org and ![i](x.png)www.example.org',
  'www.例え.jp and www.example.org/ünï and www.b.org/a”b and www.a.org/a…',
  '[a [b] www.example.org] and ![x www.example.org] and [^x] www.example.org',
  'Contact: Jane <jane@example.org> or <www.example.org> or <https://example.org>',
  'an email a@b.com and c_ and _e@f.com_ x',
  'Ends www.example.org/a. www.example.org/a?b=1&c=2. www.example.org/a&b and a&amp;b@example.org',
  'Slash: /a@example.org and a/b@example.org and _a@example.org alone',
  'A\\_www.example.org and \\(www.example.org and news\\@example.org',
  'www.a.org/(b)(c) www.a.org/((b) www.a.org/b)) www.a.org/x*y www.a.org/x_y_z',
  '*See www.example.org.* and _write to news@example.org_.',
  'Read www.example.org/report’s findings; «www.example.org/a» or 「www.example.org」。',
  'Ask news@example.org, desk@example.org; or tips@example.org!',
  'www.example.org/a?b=c#d www.example.org/%E2%80%9D www.example.org/path/ www.example.org:8080/x',
];

/*
 * Known differences, as for bare https:// URLs before (the fast pipeline reads the parsed text, the tokenizer the
 * source): an emphasis marker inside or right after an address (`www.a.org/*x*`, `_a@b.org … c_`, `a_@b.org`
 * after an open `_`), and a backslash escape or character reference inside one (`www.a.org/x\_y`, `&copy;` right
 * after it). The reference pipeline's own output there is often not a working link (`<a>www.example.org*x</a>`).
 */

describe('www. and e-mail addresses: fast pipeline renders as the reference', () => {
  it.each(ADDRESS_CASES.map((md) => [md]))('%s', (md) => {
    expect(fast(md)).toEqual(reference(md));
  });
});

describe('www. and e-mail link text keeps its characters (typography)', () => {
  it.each([['fast'], ['reference']] as const)('%s', (mode) => {
    const render = mode === 'fast' ? fast : reference;
    const html = render('See www.example.org/a--b, www.example.org/"q" and first--last@example.org -- all three.').html;
    expect(html).toContain('>www.example.org/a--b</a>');
    expect(html).toContain('href="https://www.example.org/a--b"');
    expect(html).toContain('>first--last@example.org</a>');
    expect(html).toContain('all three');
    expect(html).toContain('– all three');
  });
});

// A quadratic step would take minutes at these sizes (the reference pipeline takes 200 s for 40,000 dots after
// `www.a.org/`); each of these renders in a few seconds at most on a loaded machine. Floods of links are smaller:
// every link costs the same in both pipelines' later steps.
describe('the fast pipeline links addresses in linear time', () => {
  const MiB = 1 << 20;
  it.each([
    ['www. repeated', 'www.'.repeat(MiB / 4)],
    ['trailing dots', 'www.a.org/' + '.'.repeat(MiB) + 'x'],
    // Smaller: a long link of character references is slow in later steps for https:// as well (73 s at 512 KiB).
    ['trailing punctuation and references', 'www.a.org/' + '.,;:!?&amp;'.repeat(MiB / 88) + 'x'],
    ['dots in the domain', 'www.' + '.'.repeat(MiB) + 'x'],
    ['refused domains', 'www.a_b.c_d/'.repeat(MiB / 12)],
    ['refused domains inside one', '"' + 'www.a_'.repeat(MiB / 6) + 'www.b_c.d'],
    ['refused after a letter', 'éwww.a' + '_www.b'.repeat(MiB / 6) + '.c_d'],
    ['local parts', 'a.'.repeat(MiB / 2) + '@'],
    ['at signs', 'a@'.repeat(MiB / 2)],
    ['domains without a dot end', 'a@' + 'b-'.repeat(MiB / 2)],
    ['open brackets', '['.repeat(MiB / 4) + ' www.a.org a@b.org'],
    ['xmpp', 'xmpp:a@b.org/' + '.'.repeat(MiB)],
    ['www. words', 'www. '.repeat(MiB / 40)],
    ['addresses', 'www.a.org/x a@b.org '.repeat(MiB / 160)],
  ])('%s', { timeout: 60_000 }, (_name, md) => {
    const started = performance.now();
    expect(fast(md).html.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('the check reads www. addresses as the links they become', () => {
  it('judges a www. address to this site and skips one inside an https:// address', async () => {
    const { scanRawLinks } = await import('../../src/check/rules/raw-links.ts');
    const found = scanRawLinks('See www.example.org/articles/x/, (www.example.org/a). https://b.org/(www.example.org/c) `www.d.org`\n');
    expect(found.map((l) => [l.href, l.column])).toEqual([
      ['https://www.example.org/articles/x/', 5],
      ['https://www.example.org/a', 35],
      ['https://b.org/(www.example.org/c)', 55],
    ]);
    expect(scanRawLinks('x' + 'www.'.repeat(1 << 18)).length).toBe(0);
  });
});
