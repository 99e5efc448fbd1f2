/** Round 17, finding 10: the build caches drop what no article uses any more (src/build/cache-sweep.ts). */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheSweepEnabled, GRACE_MS, sweepCache, touchUsed } from '#/build/cache-sweep.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-sweep-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (path: string, ageMs: number, now: number) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
  const when = new Date(now - ageMs);
  utimesSync(path, when, when);
  return path;
};

describe('the cache sweep', () => {
  it('removes files this build did not use once they are older than the grace period, two folders down', () => {
    const now = Date.now();
    const dir = join(work, 'html');
    const used = file(join(dir, 'ab', 'used.html'), 3 * GRACE_MS, now);
    const old = file(join(dir, 'ab', 'old.html'), 2 * GRACE_MS, now);
    const oldText = file(join(dir, 'text', 'cd', 'old.txt'), 2 * GRACE_MS, now);
    const recent = file(join(dir, 'cd', 'recent.html'), GRACE_MS / 2, now);
    expect(sweepCache(dir, new Set([used]), { now })).toBe(2);
    expect([used, old, oldText, recent].map((p) => existsSync(p))).toEqual([true, false, false, true]);
  });

  it('keeps what another build touched as used', () => {
    const now = Date.now();
    const dir = join(work, 'cards');
    const reused = file(join(dir, 'card.png'), 5 * GRACE_MS, now);
    const drawnAt = statSync(reused).mtimeMs;
    touchUsed([reused, join(dir, 'missing.png')]);
    // Marked by its access time; its modification time (a card's "drawn" mark) is kept.
    expect(statSync(reused).atimeMs).toBeGreaterThan(now - 1000);
    expect(statSync(reused).mtimeMs).toBe(drawnAt);
    const nested = file(join(dir, 'fonts', 'font.ttf'), 5 * GRACE_MS, now);
    expect(sweepCache(dir, new Set(), { depth: 0 })).toBe(0);
    expect(existsSync(nested)).toBe(true);
  });

  it('is on unless DATELINE_CACHE_SWEEP=off', () => {
    expect(cacheSweepEnabled({})).toBe(true);
    expect(cacheSweepEnabled({ DATELINE_CACHE_SWEEP: 'off' })).toBe(false);
  });
});
