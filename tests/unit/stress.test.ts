/**
 * Every generated worst case (scripts/stress-cases.ts) once through the content check and, when it passes, the
 * renderer. No timing is asserted (the stress script measures it): the generous timeout is there so a scanner
 * or plugin that turns quadratic again, or a stack overflow, fails the suite instead of hanging CI.
 */
import { describe, expect, it } from 'vitest';
import { runStressCase, STRESS_CASES } from '../../scripts/stress-cases.ts';

describe('worst-case bodies within the 1 MiB limit', () => {
  it.each(STRESS_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = runStressCase(c);
    if (c.refused) expect(r.diagnostics).toHaveLength(1);
    if (c.rendered) expect(r.diagnostics).toEqual([]);
    if (r.diagnostics.length) {
      // Refused before rendering, in one line naming the file, the line and the limit.
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]).toMatch(/^content\/articles\/2026\/11\/stress-case\.md:\d+:\d+  body  [^\n]*limit/);
      expect(r.renderMs).toBeUndefined();
    } else {
      // Rendered (a body that is one unclosed comment renders to nothing, rightly).
      expect(r.htmlBytes).toBeGreaterThanOrEqual(0);
    }
  }, 120_000);
});
