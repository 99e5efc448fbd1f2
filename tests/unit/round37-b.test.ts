import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

describe('probe', () => {
  it('renders', () => {
    for (const kind of ['fast', 'reference'] as const) {
      const r = createMarkdownRenderer(kind);
      for (const md of [
        'Ploughed fields. <a href="https://x.org">see [the report](https://y.org)</a> and more.',
        'Then [a <a href="https://x.org">raw</a> b](https://y.org) text.',
        '<acronym title="World Health Organization">WHO</acronym> said so; see www.example.org for more.',
      ]) console.log(kind, r(md).html);
    }
  });
});
