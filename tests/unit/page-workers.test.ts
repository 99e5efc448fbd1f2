import { describe, expect, it } from 'vitest';
import { pageWorkerCount, pageWorkerPlan, workersAfter } from '#/build/page-workers.ts';
import { RESERVE_BYTES, workerBytes, workersThatFit } from '#/build/page-workers-memory.ts';

describe('DATELINE_PAGE_WORKERS', () => {
  it('is on by default: auto, one worker per core besides Astro’s own thread, none on one core', () => {
    expect(pageWorkerCount({}, 2)).toBe(1);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: '' }, 4)).toBe(3);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: 'auto' }, 2)).toBe(1);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: 'auto' }, 8)).toBe(7);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: 'auto' }, 1)).toBe(0);
  });
  it('takes a number of workers, or off', () => {
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: '3' }, 2)).toBe(3);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: '1' }, 2)).toBe(1);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: '0' }, 2)).toBe(0);
    expect(pageWorkerCount({ DATELINE_PAGE_WORKERS: 'off' }, 2)).toBe(0);
  });
  it('refuses anything else with the variable named', () => {
    expect(() => pageWorkerCount({ DATELINE_PAGE_WORKERS: 'many' }, 2)).toThrow(/DATELINE_PAGE_WORKERS="many"/);
    expect(() => pageWorkerCount({ DATELINE_PAGE_WORKERS: '-1' }, 2)).toThrow(/DATELINE_PAGE_WORKERS/);
  });
  it('starts the workers after 100 pages (a warm build’s handful renders on Astro’s thread), or as many as DATELINE_PAGE_WORKERS_AFTER says', () => {
    expect(workersAfter({})).toBe(100);
    expect(workersAfter({ DATELINE_PAGE_WORKERS_AFTER: '0' })).toBe(0);
    expect(workersAfter({ DATELINE_PAGE_WORKERS_AFTER: '250' })).toBe(250);
    expect(() => workersAfter({ DATELINE_PAGE_WORKERS_AFTER: 'soon' })).toThrow(/DATELINE_PAGE_WORKERS_AFTER="soon"/);
  });
});

describe('auto page workers weigh the memory', () => {
  const GB = 2 ** 30;
  it('estimates a worker from the articles: a fixed part and a part per article', () => {
    expect(workerBytes(100_000)).toBeGreaterThan(workerBytes(5_000));
    expect(workerBytes(0)).toBeGreaterThan(0);
  });
  it('starts every wanted worker when the copies fit, fewer or none when they do not, and says why', () => {
    expect(workersThatFit(3, 5_000, 20 * GB)).toEqual({ count: 3, reason: undefined });
    const one = RESERVE_BYTES + workerBytes(5_000) * 1.5;
    expect(workersThatFit(3, 5_000, one).count).toBe(1);
    expect(workersThatFit(3, 5_000, one).reason).toMatch(/1 of 3/);
    const none = workersThatFit(1, 100_000, RESERVE_BYTES + workerBytes(100_000) - 1);
    expect(none.count).toBe(0);
    expect(none.reason).toMatch(/100000 articles.*no worker.*DATELINE_PAGE_WORKERS/);
  });
  it('applies to auto only: a number of workers is taken as given', () => {
    const tight = { articles: 100_000, availableBytes: 1 * GB };
    expect(pageWorkerPlan({}, 2, tight).count).toBe(0);
    expect(pageWorkerPlan({ DATELINE_PAGE_WORKERS: 'auto' }, 4, tight).reason).toMatch(/no worker/);
    expect(pageWorkerPlan({ DATELINE_PAGE_WORKERS: '2' }, 2, tight)).toEqual({ count: 2, reason: undefined });
    expect(pageWorkerCount({}, 2, { articles: 5_000, availableBytes: 16 * GB })).toBe(1);
  });
});

