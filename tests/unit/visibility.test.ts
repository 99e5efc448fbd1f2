/** The one visibility rule and the one sort order (src/domain/visibility.ts). */
import { describe, expect, it } from 'vitest';
import type { NewsDate } from '#/domain/dates.ts';
import { byNewest, isScheduled, isVisible, type VisibilityContext } from '#/domain/visibility.ts';
import { checkVisibility, decideContext, decideNow, pageVisibility } from '#/domain/context.ts';

const at = (iso: string): NewsDate => ({ epoch: Date.parse(iso), iso, dateOnly: false });
const NOW = Date.parse('2026-11-24T12:00:00+04:30');
const prod: VisibilityContext = { now: NOW, includeDrafts: false };
const dev: VisibilityContext = { now: NOW, includeDrafts: true };

const past = at('2026-11-20T09:00:00+04:30');
const future = at('2026-11-30T09:00:00+04:30');
const exactlyNow = at('2026-11-24T12:00:00+04:30');

describe('isVisible', () => {
  it('a published, non-draft article is visible', () => {
    expect(isVisible({ draft: false, published: past }, prod)).toBe(true);
  });

  it('an article becomes visible at its publication instant, not a millisecond later', () => {
    expect(isVisible({ draft: false, published: exactlyNow }, prod)).toBe(true);
    expect(isVisible({ draft: false, published: { ...exactlyNow, epoch: NOW + 1 } }, prod)).toBe(false);
  });

  it('compares instants, whatever offset the date was written with', () => {
    // 07:59Z is 12:29 in Kabul: still in the future at 12:00 Kabul time.
    expect(isVisible({ draft: false, published: at('2026-11-24T07:59:00Z') }, prod)).toBe(false);
    expect(isVisible({ draft: false, published: at('2026-11-24T07:29:00Z') }, prod)).toBe(true);
  });

  it('drafts are hidden in production and shown in development', () => {
    expect(isVisible({ draft: true, published: past }, prod)).toBe(false);
    expect(isVisible({ draft: true, published: past }, dev)).toBe(true);
  });

  it('scheduled articles are hidden everywhere, drafts included, even in development', () => {
    expect(isVisible({ draft: false, published: future }, prod)).toBe(false);
    expect(isVisible({ draft: false, published: future }, dev)).toBe(false);
    expect(isVisible({ draft: true, published: future }, dev)).toBe(false);
  });
});

describe('isScheduled', () => {
  it('is true only for a publication time after now', () => {
    expect(isScheduled({ draft: false, published: future }, prod)).toBe(true);
    expect(isScheduled({ draft: false, published: past }, prod)).toBe(false);
    expect(isScheduled({ draft: false, published: exactlyNow }, prod)).toBe(false);
  });

  it('does not depend on draft or includeDrafts', () => {
    expect(isScheduled({ draft: true, published: future }, prod)).toBe(true);
    expect(isScheduled({ draft: true, published: future }, dev)).toBe(true);
    expect(isScheduled({ draft: true, published: past }, dev)).toBe(false);
  });
});

describe('byNewest', () => {
  const item = (slug: string, iso: string) => ({ slug, published: at(iso) });

  it('sorts newest first', () => {
    const list = [
      item('a', '2026-11-01T10:00:00+04:30'),
      item('b', '2026-11-03T10:00:00+04:30'),
      item('c', '2026-11-02T10:00:00+04:30'),
    ];
    expect(list.sort(byNewest).map((x) => x.slug)).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties at the same instant by slug, ascending, whatever the input order', () => {
    const iso = '2026-11-24T09:30:00+04:30';
    const slugs = ['torkham-reopens', 'doha-round-ends', 'envoy-makes-stop', 'doha-round-begins'];
    const expected = ['doha-round-begins', 'doha-round-ends', 'envoy-makes-stop', 'torkham-reopens'];
    expect(slugs.map((s) => item(s, iso)).sort(byNewest).map((x) => x.slug)).toEqual(expected);
    expect([...slugs].reverse().map((s) => item(s, iso)).sort(byNewest).map((x) => x.slug)).toEqual(expected);
  });

  it('the same instant written with different offsets is a tie', () => {
    const list = [item('b', '2026-11-24T05:00:00Z'), item('a', '2026-11-24T09:30:00+04:30')];
    expect(list.sort(byNewest).map((x) => x.slug)).toEqual(['a', 'b']);
  });

  it('slug order is by code unit, not locale (same on every machine)', () => {
    const iso = '2026-11-24T09:30:00+04:30';
    expect([item('b', iso), item('B', iso), item('a-2', iso), item('a', iso)].sort(byNewest).map((x) => x.slug)).toEqual([
      'B', 'a', 'a-2', 'b',
    ]);
  });

  it('is a consistent comparator: antisymmetric and zero only for equal items', () => {
    const x = item('x', '2026-11-24T09:30:00+04:30');
    const y = item('y', '2026-11-24T09:30:00+04:30');
    const z = item('x', '2026-11-25T09:30:00+04:30');
    expect(Math.sign(byNewest(x, y))).toBe(-Math.sign(byNewest(y, x)));
    expect(Math.sign(byNewest(x, z))).toBe(-Math.sign(byNewest(z, x)));
    expect(byNewest(x, { ...x })).toBe(0);
  });
});

describe('the build context (one decision of now, drafts and dev)', () => {
  it('DATELINE_NOW pins the clock', () => {
    expect(decideNow('2026-11-24T12:00:00+04:30')).toBe(NOW);
    expect(decideContext('build', '/site', { DATELINE_NOW: '2026-11-24T12:00:00+04:30' }).now).toBe(NOW);
  });

  it('an unparseable DATELINE_NOW stops the build instead of silently using the real clock', () => {
    expect(() => decideNow('next tuesday')).toThrow('DATELINE_NOW: "next tuesday" is not an ISO 8601 date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)');
  });

  it('without DATELINE_NOW the clock is read, once, when the context is decided', () => {
    let reads = 0;
    expect(decideNow(undefined, () => (reads++, NOW))).toBe(NOW);
    expect(decideNow('', () => (reads++, NOW + 1))).toBe(NOW + 1);
    expect(reads).toBe(2);
  });

  it('only `astro dev` is dev; a build hides drafts and scheduled articles at its own now', () => {
    const build = decideContext('build', '/site/', { DATELINE_NOW: '2026-11-24T12:00:00+04:30' });
    expect(build).toMatchObject({ mode: 'build', root: '/site', cacheDir: '/site/node_modules/.cache' });
    for (const command of ['sync', 'preview', 'check']) expect(decideContext(command, '/site', {}).mode).toBe('build');
    expect(pageVisibility(build)).toEqual({ now: NOW, includeDrafts: false, pinnedAs: '2026-11-24T12:00:00+04:30' });
    expect(checkVisibility(build)).toEqual({ now: NOW, includeDrafts: false, pinnedAs: '2026-11-24T12:00:00+04:30' });
  });

  it('the dev server previews every article on pages and checks as the build does, by the wall clock (round 28b #14)', () => {
    const dev = decideContext('dev', '/site', { DATELINE_NOW: '2026-11-24T12:00:00+04:30' });
    expect(dev.mode).toBe('dev');
    expect(pageVisibility(dev)).toEqual({ now: Number.POSITIVE_INFINITY, includeDrafts: true });
    expect(checkVisibility(dev, () => NOW + 5)).toEqual({ now: NOW + 5, includeDrafts: false });
  });
});
