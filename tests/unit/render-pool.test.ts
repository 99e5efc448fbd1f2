/**
 * The render worker pool (src/build/render-batch.ts): worker threads give exactly what the in-process renderer
 * gives (HTML, headings, text, word count), and HTML sent to a file arrives there instead of over the thread.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdownBatch } from '#/build/render-batch.ts';

afterEach(() => vi.unstubAllEnvs());

const bodies = Array.from({ length: 9 }, (_, i) => `## Part ${i}\n\nStory *${i}* with [a link](/articles/x/) and words.\n\n~~~\ncode is not counted\n~~~\n\n1. one\n2. two\n`);

describe('render worker pool', () => {
  it('renders in worker threads exactly as in-process', async () => {
    vi.stubEnv('DATELINE_RENDER_WORKERS', '0');
    const inProcess = await renderMarkdownBatch(bodies.map((body) => ({ body })));
    vi.stubEnv('DATELINE_RENDER_WORKERS', 'always');
    const threaded = await renderMarkdownBatch(bodies.map((body) => ({ body })));
    expect(threaded).toEqual(inProcess);
    const first = inProcess[0]!;
    expect('html' in first && first).toMatchObject({ headings: [{ depth: 2, slug: 'part-0', text: 'Part 0' }], wordCount: 11 });
  });

  it('writes HTML and text to their files and sends back only the facts', async () => {
    vi.stubEnv('DATELINE_RENDER_WORKERS', 'always');
    const dir = mkdtempSync(join(tmpdir(), 'render-pool-'));
    const jobs = bodies.slice(0, 3).map((body, i) => ({ body, htmlFile: join(dir, `${i}.html`), textFile: join(dir, `${i}.txt`) }));
    const out = await renderMarkdownBatch(jobs);
    for (const [i, o] of out.entries()) {
      expect(o).toMatchObject({ html: '', text: '', wordCount: 11 });
      expect(readFileSync(join(dir, `${i}.html`), 'utf8')).toContain(`<h2 id="part-${i}">Part ${i}</h2>`);
      expect(readFileSync(join(dir, `${i}.txt`), 'utf8')).toBe(`Part ${i} Story ${i} with a link and words. one two`);
    }
    expect(existsSync(join(dir, '3.html'))).toBe(false);
  });
});
