/** src/markdown/rehype-code-words.ts, through the whole renderer (round 36b #4): short hyphenated code never breaks. */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { renderBody } from '#/build/render-batch.ts';

describe('rehype-code-words', () => {
  it('keeps short inline code with a hyphen on one line', () => {
    expect(renderBody('Run `npm run check-content` with `--strict`.').html).toBe('<p>Run <code class="nowrap">npm run check-content</code> with <code class="nowrap">--strict</code>.</p>');
    // 26 characters is the most; a hyphen (U+2010) counts as the hyphen-minus does; raw HTML code too.
    expect(renderBody('`abcdefghijklmnopqrstuvwx-y` and <code>pre‐war</code>').html).toBe('<p><code class="nowrap">abcdefghijklmnopqrstuvwx-y</code> and <code class="nowrap">pre‐war</code></p>');
  });

  it('leaves code without a hyphen, longer code and code blocks alone', () => {
    expect(renderBody('`strict` and `abcdefghijklmnopqrstuvwxy-z`').html).toBe('<p><code>strict</code> and <code>abcdefghijklmnopqrstuvwxy-z</code></p>');
    expect(renderBody('```\n--strict\n```').html).toBe('<pre tabindex="0"><code>--strict\n</code></pre>');
    expect(renderBody('```sh\nrm -r x\n```').html).toBe('<pre tabindex="0"><code class="language-sh">rm -r x\n</code></pre>');
  });

  it('keeps the class a code element had, and the direction a right-to-left article gives it', () => {
    expect(renderBody('<code class="language-sh">rm -r</code>').html).toBe('<p><code class="language-sh nowrap">rm -r</code></p>');
    expect(renderBody('د `--strict` بیرغ', 'ps').html).toBe('<p>د <code dir="auto" class="nowrap">--strict</code> بیرغ</p>');
  });

  it('renders the same in the reference pipeline', () => {
    const body = 'Use `check-content` or `x`.\n\n```\na-b\n```';
    expect(createMarkdownRenderer('reference')(body).html).toBe(renderBody(body).html);
  });
});
