import { describe, expect, it } from 'vitest';
import { pageWorkerCount } from '#/build/page-workers.ts';

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
});
