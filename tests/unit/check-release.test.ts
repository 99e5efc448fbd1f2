/**
 * What the build keeps of the content check after it has taken what it needs (src/build/content-load.ts): the
 * loaders let the cached check go once every collection is stored; the integration lets it go itself; what is
 * kept past it is copied out of the files' text.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detached, doneWithCheck, forgetCheckedContent, loadCheckedContent } from '#/build/content-load.ts';
import type { BuildContext } from '#/domain/context.ts';

function project(mode: 'build' | 'dev' = 'build'): BuildContext {
  const root = mkdtempSync(join(tmpdir(), 'check-release-'));
  mkdirSync(join(root, 'content', 'sections'), { recursive: true });
  writeFileSync(join(root, 'content', 'sections', 'world.md'), '---\nname: World\n---\n');
  return { mode, now: Date.parse('2026-11-28T00:00:00Z'), root, cacheDir: join(root, 'node_modules', '.cache'), buildId: 'test' };
}

describe('the cached content check is let go', () => {
  it('by a build once every collection’s loader is done with it, not before', () => {
    const ctx = project();
    const first = loadCheckedContent(ctx);
    for (const kind of ['articles', 'authors', 'sections'] as const) doneWithCheck(ctx, kind);
    expect(loadCheckedContent(ctx)).toBe(first);
    doneWithCheck(ctx, 'tags');
    const again = loadCheckedContent(ctx);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
  it('never by the dev server’s loaders', () => {
    const ctx = project('dev');
    const first = loadCheckedContent(ctx);
    for (const kind of ['articles', 'authors', 'sections', 'tags'] as const) doneWithCheck(ctx, kind);
    expect(loadCheckedContent(ctx)).toBe(first);
  });
  it('by the integration when it asks', () => {
    const ctx = project();
    const first = loadCheckedContent(ctx);
    forgetCheckedContent();
    expect(loadCheckedContent(ctx)).not.toBe(first);
  });
  it('copies kept past it are exact, lone surrogates and all', () => {
    for (const text of ['Kabul', 'Girls’ schools reopen in Herat', 'a\uD800b', 'کابل', '']) expect(detached(text)).toBe(text);
  });
});
