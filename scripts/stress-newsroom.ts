/**
 * What the stress scripts share: a temp copy of the test newsroom, and the content check's time (wall and CPU) for
 * what a case adds to it. Used by scripts/stress-cases.ts (one hostile article) and scripts/stress-tags.ts
 * (newsroom-scale tag cases).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckedContent } from '#/check/content-check.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BASE = join(ROOT, 'tests/fixtures/base-content/content');

/** Runs `work` on the `content/` folder of a fresh copy of the test newsroom, removed afterwards. */
export function withStressNewsroom<T>(prefix: string, work: (content: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), `dateline-${prefix}-`));
  try {
    const content = join(dir, 'content');
    cpSync(BASE, content, { recursive: true });
    return work(content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Wall and CPU milliseconds of `run`. */
export function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const [c0, t0] = [cpuMs(), performance.now()];
  const value = run();
  return { value, ms: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

/**
 * Checks the newsroom after `add` has written a case into it. With `share` (the default), the newsroom is checked
 * first without the case (once to warm up, since the first check also pays for compiling the code, once measured),
 * and the times returned are the case's share: the difference. `share: false`, for the unit suite: one check, the
 * newsroom's whole time.
 */
export function checkWithCase(content: string, add: () => void, share = true): { result: CheckedContent; checkMs: number; checkCpuMs: number } {
  const check = () => checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false } });
  let base = { ms: 0, cpuMs: 0 };
  if (share) {
    check();
    base = timed(check);
  }
  add();
  const { value: result, ms, cpuMs: cpu } = timed(check);
  return { result, checkMs: Math.max(0, ms - base.ms), checkCpuMs: Math.max(0, cpu - base.cpuMs) };
}
