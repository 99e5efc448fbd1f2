/** Round 29: the rest of the 28c blind round (findings written without the code). */
import { describe, expect, it } from 'vitest';
import { goneArticlePages } from '#/build/gone-pages.ts';

describe('28c #6: a bulk takedown of thousands of addresses', () => {
  it('names every gone address, the renamed story among them too', () => {
    const previous = Array.from({ length: 2500 }, (_, i) => `/articles/bulk-${String(i).padStart(4, '0')}/`);
    previous.push('/articles/zz-renamed-story/');
    const lines = goneArticlePages(previous, new Set(), 'content/articles');
    const text = lines.map((l) => l.message).join('\n');
    for (const page of previous) expect(text).toContain(page);
    expect(text).not.toContain('more)');
    // Ten lines one by one, then the rest in lines of at most 200 addresses.
    expect(lines.length).toBe(10 + Math.ceil((2501 - 10 - 200) / 200));
    expect(lines.at(-1)!.message).toMatch(/^more addresses gone \(2411–2501 of 2501\)/);
    expect(lines.every((l) => l.severity === 'warning' && l.file === 'content/articles')).toBe(true);
  });
});
