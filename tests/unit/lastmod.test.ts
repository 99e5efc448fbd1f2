/** Sitemap lastmod bookkeeping: rendered pages win, restored pages keep the date an earlier build recorded. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastmodFor, loadLastmods, recordLastmod, saveLastmods } from '#/build/lastmod.ts';

describe('lastmod registry', () => {
  it('keeps rendered and restored dates across builds, and a page rendered now without a date has none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    const file = join(dir, 'lastmod.json');
    writeFileSync(file, JSON.stringify({ '/restored/': '2026-01-01T00:00:00Z', '/cleared/': '2025-01-01T00:00:00Z', '/gone/': '2024-01-01T00:00:00Z' }));
    loadLastmods(file);
    recordLastmod('/articles/caf%C3%A9/', '2026-11-20T09:40:00+04:30');
    recordLastmod('/cleared/', undefined);
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
  it('an unreadable file means no earlier dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
    writeFileSync(join(dir, 'bad.json'), '{not json');
    loadLastmods(join(dir, 'bad.json'));
    expect(lastmodFor('/restored/')).toBeUndefined();
  });
});
