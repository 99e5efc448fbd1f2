/** Sitemap lastmod bookkeeping: rendered pages win, restored pages keep the date an earlier build recorded. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLastmods, lastmodFor, lastmodLog, recordLastmod, saveLastmods, startLastmodLog } from '#/build/lastmod.ts';
import type { BuildContext } from '#/domain/context.ts';

const contextIn = (dir: string, mode: BuildContext['mode'] = 'build'): BuildContext => ({ mode, now: 0, root: dir, cacheDir: join(dir, 'cache'), buildId: 'test' });

describe('lastmod bookkeeping', () => {
  it('keeps rendered and restored dates across builds, and a page rendered now without a date has none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    const ctx = contextIn(dir);
    const file = join(dir, 'lastmod.json');
    writeFileSync(file, JSON.stringify({ '/restored/': '2026-01-01T00:00:00Z', '/cleared/': '2025-01-01T00:00:00Z', '/gone/': '2024-01-01T00:00:00Z' }));
    startLastmodLog(ctx);
    recordLastmod(ctx, '/articles/caf%C3%A9/', '2026-11-20T09:40:00+04:30');
    recordLastmod(ctx, '/cleared/', undefined);
    collectLastmods(lastmodLog(ctx), file);
    expect(existsSync(lastmodLog(ctx))).toBe(false);
    expect(lastmodFor('/articles/caf%C3%A9/')).toBe('2026-11-20T09:40:00+04:30');
    expect(lastmodFor('/restored/')).toBe('2026-01-01T00:00:00Z');
    expect(lastmodFor('/cleared/')).toBeUndefined();
    expect(lastmodFor('/never/')).toBeUndefined();
    // Astro lists built pages decoded; pages no longer built are dropped from the saved file.
    saveLastmods(file, new Set(['/restored/', '/cleared/', '/articles/café/']));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      '/articles/caf%C3%A9/': '2026-11-20T09:40:00+04:30',
      '/restored/': '2026-01-01T00:00:00Z',
    });
  });

  it('a log left by an earlier run of the same build is not read as this build\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    const ctx = contextIn(dir);
    recordLastmod(ctx, '/stale/', '2020-01-01T00:00:00Z');
    startLastmodLog(ctx);
    recordLastmod(ctx, '/fresh/', '2026-01-01T00:00:00Z');
    collectLastmods(lastmodLog(ctx), join(dir, 'none.json'));
    expect(lastmodFor('/stale/')).toBeUndefined();
    expect(lastmodFor('/fresh/')).toBe('2026-01-01T00:00:00Z');
  });

  it('the dev server records nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    recordLastmod(contextIn(dir, 'dev'), '/x/', '2026-01-01T00:00:00Z');
    expect(existsSync(lastmodLog(contextIn(dir)))).toBe(false);
  });

  it('an unreadable file means no earlier dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    writeFileSync(join(dir, 'bad.json'), '{not json');
    collectLastmods(join(dir, 'no.log'), join(dir, 'bad.json'));
    expect(lastmodFor('/restored/')).toBeUndefined();
  });
});
