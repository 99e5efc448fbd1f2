/**
 * The one step that records a body's facts from the finished, sanitised tree (src/markdown/rehype-article-facts.ts):
 * what every consumer after the pipeline reads instead of the Markdown.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const fast = createMarkdownRenderer('fast');
const reference = createMarkdownRenderer('reference');

describe('facts of a finished body', () => {
  it('blocks: one per paragraph, list item, cell and heading, headings marked; code and removed markup left out', () => {
    const facts = fast(
      [
        '# Kestrel Bay votes',
        'Council met on *Monday*.  \nIt voted.',
        '- first item\n- second item',
        '| a | b |\n|---|---|\n| one | two |',
        '```\nconst secret = 1;\n```',
        '~~~\nfenced too\n~~~',
        '<script>scripted words</script>',
        '<template>template words</template>',
        '![a photo of the bay](https://example.org/bay.jpg)',
      ].join('\n\n'),
    );
    expect(facts.blocks).toEqual([
      { text: 'Kestrel Bay votes', heading: true },
      { text: 'Council met on Monday.', heading: false },
      { text: 'It voted.', heading: false },
      { text: 'first item', heading: false },
      { text: 'second item', heading: false },
      { text: 'a', heading: false },
      { text: 'b', heading: false },
      { text: 'one', heading: false },
      { text: 'two', heading: false },
      { text: 'a photo of the bay', heading: false },
    ]);
    expect(facts.text).toBe(facts.blocks.map((b) => b.text).join(' '));
    expect(facts.wordCount).toBe(22);
  });

  it('lead: the text of the first paragraph that has any', () => {
    expect(fast('## Background\n\n![](https://example.org/x.jpg)\n\nThe *first* paragraph,\nwrapped.\n\nThe second.').lead).toBe('The first paragraph, wrapped.');
    expect(fast('- only a list').lead).toBe('');
  });

  it('linked: article slugs from the final links, every spelling, in order, once; never from code', () => {
    const facts = fast(
      [
        '[a](../10/a.md) and [b](https://dateline.example.org/articles/b) and [a again](/articles/a/#more).',
        '<a href="/articles/c/">c</a> [d][ref] [section](/sections/economy/) [out](https://example.org/articles/x/)',
        '`[e](/articles/e/)`',
        '```\n[f](/articles/f/)\n```',
        '[ref]: /articles/d/',
      ].join('\n\n'),
    );
    expect(facts.linked).toEqual(['a', 'b', 'c', 'd']);
  });

  it('headings: depth, the id the page gives them and the text readers see (typeset)', () => {
    const facts = fast('# Top\n\n## "Quoted" one\n\n### Main\n\n## Top');
    expect(facts.headings).toEqual([
      { depth: 2, slug: 'top-1', text: 'Top' },
      { depth: 2, slug: 'quoted-one', text: '“Quoted” one' },
      { depth: 3, slug: 'main-1', text: 'Main' },
      { depth: 2, slug: 'top-2', text: 'Top' },
    ]);
  });

  it('are the same from both pipelines', () => {
    const body = 'Intro with <em>raw</em> HTML and a [link](./x.md).\n\n## Part\n\n> quoted <br> line';
    const { html: _a, ...a } = fast(body);
    const { html: _b, ...b } = reference(body);
    expect(a).toEqual(b);
  });
});
