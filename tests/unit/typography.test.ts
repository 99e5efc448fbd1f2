import { describe, expect, it } from 'vitest';
import { typeset, typesetProse } from '#/domain/typography.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { allowImageHost } from '../helpers/image-hosts.ts';

describe('typeset', () => {
  it('curls quotes and apostrophes', () => {
    expect(typeset(`"Outlines are cheap," she said. We don't know.`)).toBe('“Outlines are cheap,” she said. We don’t know.');
    expect(typeset(`the traders' losses, 'a good year' in the '90s`)).toBe('the traders’ losses, ‘a good year’ in the ’90s');
    expect(typeset(`("quoted")`)).toBe('(“quoted”)');
  });
  it('sets dashes and ellipses', () => {
    expect(typeset('2019--2020, then---silence... and a pause - here')).toBe('2019–2020, then—silence… and a pause – here');
    expect(typeset('Dasht-e-Barchi, -5 degrees')).toBe('Dasht-e-Barchi, -5 degrees');
  });
  it('carries the previous character across text nodes', () => {
    expect(typeset('" he said', 'x')).toBe('” he said');
    expect(typeset('"Yes"', '')).toBe('“Yes”');
  });
});

describe('rehype-typography in the Markdown pipeline', () => {
  const render = createMarkdownRenderer();
  it('sets body text but never code, pre or kbd, nor attributes', () => {
    const { html } = render(`"Outlines are *cheap*," she said -- don't [link](https://example.org/a--b "it's").\n\nPress <kbd>"</kbd> and \`"x" --y\`.\n\n\`\`\`\nconst s = "don't";\n\`\`\`\n`);
    expect(html).toContain('“Outlines are <em>cheap</em>,” she said – don’t');
    expect(html).toContain('href="https://example.org/a--b"');
    expect(html).toContain('title="it&#x27;s"');
    expect(html).toContain('<code class="nowrap">"x" --y</code>');
    expect(html).toContain('const s = "don\'t";');
  });
  it('starts each paragraph afresh', () => {
    const { html } = render('He left.\n\n"Back soon," the note said.');
    expect(html).toContain('<p>“Back soon,” the note said.</p>');
  });
});

describe('addresses in plain text (headlines, standfirsts, captions, corrections)', () => {
  it('are kept as written while the prose around them is typeset', () => {
    expect(typesetProse("Write to o'brien@example.org -- it's \"open\"")).toBe('Write to o\'brien@example.org – it’s “open”');
    expect(typesetProse('See https://example.org/a--b...c and "more"')).toBe('See https://example.org/a--b...c and “more”');
  });

  it('stay linear with hundreds of thousands of addresses', () => {
    const text = 'a@b.'.repeat(100_000);
    expect(typesetProse(text)).toBe(text);
  });
});

describe('backslash escapes mean the character itself (round-4 finding 10)', () => {
  allowImageHost();
  const render = (md: string, mode: 'fast' | 'reference' = 'fast') => createMarkdownRenderer(mode)(md).html;

  it.each(['fast', 'reference'] as const)('escaped hyphens, dots and quotes are printed as written (%s)', (mode) => {
    expect(render('Run it with \\-\\-force or \\-- now, and \\.\\.\\. dots -- really...', mode)).toBe('<p>Run it with --force or -- now, and ... dots – really…</p>');
    expect(render('\\"Quoted\\" and "curly"', mode)).toBe('<p>"Quoted" and “curly”</p>');
    // CommonMark: `\U` is no escape (a letter), `\-` is: the path prints with one backslash and two hyphens.
    expect(render('C:\\Users\\--x', mode)).toBe('<p>C:\\Users--x</p>');
  });

  it('in headings (and their ids), link text, keyboard input, beside bare URLs and in alt text', () => {
    const html = render('## The \\-\\-force flag\n\n<kbd>\\-\\-x</kbd> at https://e.org/a--b \\-\\- end, [a\\-\\-b](https://x.org/) ![c\\.\\.\\.](https://example.org/i.png)');
    expect(html).toContain('<h2 id="the---force-flag">The --force flag</h2>');
    expect(html).toContain('<kbd>--x</kbd> at <a href="https://e.org/a--b" class="url-text">https://e.org/a--b</a> -- end, <a href="https://x.org/">a--b</a>');
    expect(html).toContain('alt="c..."');
    expect(html).not.toMatch(/[\uFDD0-\uFDD3]/);
  });

  it('thousands of escapes in one paragraph stay linear', () => {
    const html = render(`${'a \\-\\- '.repeat(2000)}end`);
    expect(html.match(/--/g)).toHaveLength(2000);
    expect(html).not.toContain('–');
  });

  it('an apostrophe in an e-mail address stays straight in bodies, headlines and standfirsts', () => {
    // Round 32: bare e-mail addresses are links as in GFM (both pipelines), whose local part has no apostrophe.
    expect(render("Mail o'brien@example.org or jean-luc--d@example.org, it's easy.")).toBe('<p>Mail o’<a href="mailto:brien@example.org">brien@example.org</a> or <a href="mailto:jean-luc--d@example.org">jean-luc--d@example.org</a>, it’s easy.</p>');
    expect(typesetProse("Write to o'brien@example.org -- now...")).toBe("Write to o'brien@example.org – now…");
  });
});
