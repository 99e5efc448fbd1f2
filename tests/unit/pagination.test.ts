/** Pagination as list routes use it: page 1 at the list's URL, numbered pages after, prev/next links between. */
import { describe, expect, it } from 'vitest';
import { pageParam, paginate } from '#/domain/pagination.ts';

describe('paginate', () => {
  it('splits items into pages of pageSize with their URLs and neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], '/sections/economy/', 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.url)).toEqual(['/sections/economy/', '/sections/economy/2/', '/sections/economy/3/']);
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [undefined, '/sections/economy/2/'],
      ['/sections/economy/', '/sections/economy/3/'],
      ['/sections/economy/2/', undefined],
    ]);
    expect(pages.every((p) => p.last === 3)).toBe(true);
  });
  it('an exact multiple of pageSize makes no empty trailing page', () => {
    expect(paginate([1, 2, 3, 4], '/archive/', 2).map((p) => p.items)).toEqual([[1, 2], [3, 4]]);
  });
  it('an empty list still has its first page, with no neighbours', () => {
    const [only, ...rest] = paginate([], '/tags/rail/', 20);
    expect(rest).toEqual([]);
    expect(only).toEqual({ items: [], current: 1, last: 1, url: '/tags/rail/', prev: undefined, next: undefined });
  });
});

describe('pageParam', () => {
  it('leaves page 1 at the bare URL and numbers the rest', () => {
    expect([1, 2, 10].map(pageParam)).toEqual([undefined, '2', '10']);
  });
});
