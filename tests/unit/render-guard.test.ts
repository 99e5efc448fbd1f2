/**
 * Rendering one body can fail (a bug, a library's recursion limit): that body becomes a failure naming only itself,
 * the others still render, in-process and in worker threads alike; nothing throws out of the batch.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/markdown/pipeline.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/markdown/pipeline.ts')>();
  return {
    ...real,
    createMarkdownRenderer: () => {
      const render = real.createMarkdownRenderer();
      return (markdown: string) => {
        if (markdown.includes('EXPLODE')) throw new RangeError('Maximum call stack size exceeded\n    at deep (pipeline.ts:1:1)');
        return render(markdown);
      };
    },
  };
});

const { renderMarkdownBatch } = await import('#/build/render-batch.ts');

afterEach(() => vi.unstubAllEnvs());

describe('a body the pipeline fails on', () => {
  it('is one failure (first line only, no stack) and the others render', async () => {
    vi.stubEnv('DATELINE_RENDER_WORKERS', '0');
    const out = await renderMarkdownBatch([{ body: 'First *story*.' }, { body: 'EXPLODE' }, { body: 'Third.' }]);
    expect(out[1]).toEqual({ error: 'RangeError: Maximum call stack size exceeded' });
    expect(out[0]).toMatchObject({ html: '<p>First <em>story</em>.</p>' });
    expect(out[2]).toMatchObject({ html: '<p>Third.</p>' });
  });

  it('worker threads return one outcome per body, in order', async () => {
    vi.stubEnv('DATELINE_RENDER_WORKERS', 'always');
    const bodies = Array.from({ length: 7 }, (_, i) => ({ body: `Story ${i}.` }));
    const out = await renderMarkdownBatch(bodies);
    expect(out.map((o) => ('html' in o ? o.html : o.error))).toEqual(bodies.map((_, i) => `<p>Story ${i}.</p>`));
  });
});
