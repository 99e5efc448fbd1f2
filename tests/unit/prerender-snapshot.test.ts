import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prerenderOutputPlugin, removeSnapshot, snapshotPrerenderOutput, type PrerenderOutput } from '#/build/prerender-snapshot.ts';

describe('the page workers’ copy of the prerender bundle', () => {
  it('records the prerender environment’s files and entry, nothing from other environments', () => {
    const seen: PrerenderOutput[] = [];
    const plugin = prerenderOutputPlugin((o) => seen.push(o));
    const bundle = { 'prerender-entry.abc.mjs': { type: 'chunk', fileName: 'prerender-entry.abc.mjs' }, 'chunks/a.mjs': { type: 'chunk', fileName: 'chunks/a.mjs' } };
    plugin.writeBundle.call({ environment: { name: 'client' } }, { dir: '/x' }, bundle);
    plugin.writeBundle.call({ environment: { name: 'prerender' } }, { dir: '/x' }, bundle);
    expect(seen).toEqual([{ dir: '/x', files: ['prerender-entry.abc.mjs', 'chunks/a.mjs'], entry: 'prerender-entry.abc.mjs' }]);
  });

  it('copies exactly this build’s files, so another build’s entry in the shared folder is never imported', () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-snapshot-'));
    const dir = join(work, 'shared');
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'prerender-entry.ours.mjs'), 'ours');
    writeFileSync(join(dir, 'chunks', 'page.mjs'), 'page');
    writeFileSync(join(dir, 'prerender-entry.theirs.mjs'), 'theirs');
    const dest = join(work, 'copy');
    const entry = snapshotPrerenderOutput({ dir, files: ['prerender-entry.ours.mjs', 'chunks/page.mjs', '_astro/moved.png'], entry: 'prerender-entry.ours.mjs' }, dest);
    expect(readFileSync(fileURLToPath(entry), 'utf8')).toBe('ours');
    expect(readFileSync(join(dest, 'chunks', 'page.mjs'), 'utf8')).toBe('page');
    expect(existsSync(join(dest, 'prerender-entry.theirs.mjs'))).toBe(false);
    removeSnapshot(dest);
    expect(existsSync(dest)).toBe(false);
  });

  it('stops with a clear line when one of its chunks was removed by another build', () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-snapshot-'));
    expect(() => snapshotPrerenderOutput({ dir: work, files: ['chunks/gone.mjs'], entry: 'prerender-entry.x.mjs' }, join(work, 'copy'))).toThrow(/gone\.mjs is gone.*DATELINE_PAGE_WORKERS=off/);
  });
});
