/**
 * Round 14 (issue 10): "did you mean" must not grow with the newsroom. Finding 1: the near-miss tag search compared
 * each one-off tag with up to 2,000 topics (20,000 such tags: 55 s of check CPU). Finding 2: each unknown author or
 * section id folded every name and compared every id (10,000 authors: ~20 ms a miss). The newsroom-scale cases run
 * through the whole check in tests/unit/stress-tags.test.ts; these hold the pieces.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATES, NearMissIndex, similar, TWO_EDIT_BUDGET } from '#/check/rules/tag-near-miss.ts';
import { closest, didYouMean, SEARCH_BUDGET } from '#/check/rules/suggest.ts';
import { idHint } from '#/check/rules/ids.ts';

const numbered = (n: number, prefix = 'regional-policy-') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);

describe('near-miss tags against 20,000 topics that share their first letters (finding 1)', () => {
  it('finds the topic one edit away for every tag, with a few comparisons each', () => {
    const topics = numbered(20_000);
    const index = new NearMissIndex(topics);
    let found = 0;
    for (const topic of topics) {
      const tag = `${topic.slice(0, -1)}${'abcdefghij'[Number(topic.at(-1))]}`;
      // One-edit neighbours come from the deletion index first, before any shared piece fills the list.
      if (index.candidates(tag).some((t) => t === topic && similar(tag, t))) found++;
    }
    expect(found).toBe(topics.length);
    // The two-edit search stops at its budget: the whole run stays within it plus the one-edit buckets.
    // (A one-edit bucket holds the topics sharing a deletion variant: 38 for `regional-policy-1234f`.)
    expect(index.compared).toBeLessThan(TWO_EDIT_BUDGET + 50 * topics.length);
  });

  it('a one-edit near miss is found even after the two-edit budget is spent', () => {
    const topics = numbered(20_000);
    const index = new NearMissIndex(topics);
    for (let i = 0; i < 3_000; i++) index.candidates(`regional-policy-${String(i).padStart(5, '0')}zz`);
    expect(index.compared).toBeGreaterThanOrEqual(TWO_EDIT_BUDGET);
    expect(index.candidates('regional-policy-12345x')).toContain('regional-policy-12345');
    expect(index.candidates('regional-polcy-12345')).toContain('regional-policy-12345');
    expect(index.candidates('regional-policy-12345').length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it('two edits in a long word are still found where the pieces are rare', () => {
    const index = new NearMissIndex([...numbered(20_000), 'afghanistan-earthquake']);
    expect(index.candidates('afganistan-earthquak').filter((t) => similar('afganistan-earthquak', t))).toEqual(['afghanistan-earthquake']);
  });
});

describe('did you mean, with 10,000 ids (finding 2)', () => {
  const ids = new Set(numbered(10_000, 'reporter-'));

  it('names the near id, and answers a repeated word from memory', () => {
    expect(closest('reporter-00042x', ids, 'authors')).toBe('did you mean "reporter-00042"?');
    expect(didYouMean('reporter-00042x', ids)).toBe('reporter-00042');
  });

  it('stops guessing past its budget, and a new list starts afresh', () => {
    const list = [...ids];
    const searches = Math.ceil(SEARCH_BUDGET / list.length);
    // Words far longer than any id: each comparison is one length test, so spending the budget is quick.
    for (let i = 0; i < searches; i++) didYouMean(`${'long-unrelated-words-'.repeat(7)}${i}`, list);
    // The budget is spent: a new word gets no guess (the line still says the id is unknown) …
    expect(didYouMean('reporter-00042y', list)).toBeUndefined();
    // … but a word asked before keeps its answer, and another list (the next check's) has its own budget.
    expect(didYouMean(`${'long-unrelated-words-'.repeat(7)}0`, list)).toBeUndefined();
    expect(didYouMean('reporter-00042y', [...ids])).toBe('reporter-00042');
  });

  it('an author written as a display name or a near miss, among 10,000', () => {
    const known = numbered(10_000, 'reporter-').map((id, i) => ({ id, name: `Reporter ${i}` }));
    expect(idHint('Reporter 42', known, 'author')).toBe('"Reporter 42" is the author "Reporter 42": write its id "reporter-00042"');
    expect(idHint('reporter 00042x', known, 'author')).toBe('did you mean "reporter-00042"?');
    expect(idHint('Nobody Here At All', known, 'author')).toBe('no author is called "Nobody Here At All"');
  });
});
