/**
 * The newsroom-scale tag cases (scripts/stress-tags.ts) once each through the content check. No timing is asserted
 * (`npm run stress` measures it): the generous timeout is there so a return to comparing every new tag with every
 * topic (1,000 such articles did not finish in 5 minutes) fails the suite instead of hanging CI.
 */
import { describe, expect, it } from 'vitest';
import { runTagStressCase, TAG_STRESS_CASES } from '../../scripts/stress-tags.ts';

describe('near-miss tags against thousands of topics', () => {
  it.each(TAG_STRESS_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = runTagStressCase(c, { share: false });
    // New spellings are warnings at most (a topic of its own is allowed): the check does not refuse them. A list
    // past the 20-tag limit is that one line a file, its first 20 tags judged and the rest not.
    // An unknown author is an error on each article that names one.
    expect(r.errors).toBe(c.shape === 'long-lists' || c.shape === 'unknown-authors' ? c.articles : 0);
    // Every one-off tag is one letter from a topic: each is named, however many topics share its first letters.
    if (c.shape === 'one-off') expect(r.warnings).toBe(c.topics);
  }, 180_000);
});
