/**
 * Round 17a (issue 10 leftovers): small fixes in the content check, the renderer and the build.
 */
import { describe, expect, it } from 'vitest';
import { datelineDash } from '#/check/rules/dateline-prefix.ts';

/** How many times `fn` calls `new RegExp(…)` (a literal `/…/` does not go through the constructor). */
function regExpConstructions(fn: () => void): number {
  const Original = globalThis.RegExp;
  let count = 0;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      count++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    fn();
  } finally {
    globalThis.RegExp = Original;
  }
  return count;
}

describe('datelineDash (item 1)', () => {
  it('builds no RegExp per call, and answers as before', () => {
    expect(regExpConstructions(() => {
      for (let i = 0; i < 10; i++) datelineDash(`KABUL ${i} —`);
    })).toBe(0);
    expect(datelineDash('KABUL —')).toBe('KABUL');
    expect(datelineDash('KABUL -')).toBe('KABUL');
    expect(datelineDash('KABUL ―')).toBe('KABUL');
    expect(datelineDash('KABUL')).toBeUndefined();
    expect(datelineDash('—')).toBeUndefined();
    expect(datelineDash('Kabul-based')).toBeUndefined();
  });
});
