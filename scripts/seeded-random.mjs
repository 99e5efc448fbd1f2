// The one seeded random generator of the scripts and generated fixtures (mulberry32): the same seed gives the same
// numbers on every machine, so generated corpora and benchmark inputs are byte-identical run after run.
// Plain JavaScript so that tests/fixtures/related-large/gen-corpus.mjs (run by Node directly) can import it too.

/**
 * Numbers in [0, 1) from a 32-bit seed.
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
