/** Round 29: without topic files, the newsroom does not ask Astro for the tags collection (Astro warned in every build). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'r29-topics-'));
mkdirSync(join(root, 'content', 'tags'), { recursive: true });
const asked: string[] = [];
vi.mock('astro:content', () => ({ getCollection: async (name: string) => (asked.push(name), []) }));
vi.mock('virtual:dateline/context', () => ({ context: { mode: 'dev', now: Date.parse('2026-12-01T00:00:00Z'), root, cacheDir: join(root, 'cache'), buildId: 't' } }));

describe('the tags collection is asked for only when there are topic files', () => {
  it('an empty content/tags/ (or one with only _ and . files) is not asked; a topic file is', async () => {
    const { getNewsroom } = await import('#/newsroom.ts');
    writeFileSync(join(root, 'content', 'tags', '_template.md'), '---\nname: x\n---\n');
    await getNewsroom();
    expect(asked.sort()).toEqual(['articles', 'authors', 'sections']);
    asked.length = 0;
    writeFileSync(join(root, 'content', 'tags', 'rail.md'), '---\nname: Rail\n---\n');
    await getNewsroom();
    expect(asked.sort()).toEqual(['articles', 'authors', 'sections', 'tags']);
  });
});
