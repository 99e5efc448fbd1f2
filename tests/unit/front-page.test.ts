import { describe, expect, it } from 'vitest';
import { parseNewsDate } from '#/domain/dates.ts';
import { composeFront } from '#/domain/front-page.ts';
import type { FrontPlan } from '../../src/schemas/front.ts';
import { frontSchema } from '../../src/schemas/front.ts';

const at = (iso: string) => {
  const d = parseNewsDate(iso, 'Asia/Kabul');
  if (!d.ok) throw new Error(d.problem);
  return d.date;
};
// Visible articles, newest first (as the newsroom sorts them): a … j.
const articles = 'abcdefghij'.split('').map((slug) => ({ slug }));
const plan = (p: unknown): FrontPlan => frontSchema.parse(p);
const NOW = at('2026-11-28T12:00:00+04:30').epoch;
const slugs = (xs: { article: { slug: string } }[]) => xs.map((x) => x.article.slug);

describe('composeFront', () => {
  it('without picks: the newest lead, the next four are top stories, Latest is the newest of the rest', () => {
    const f = composeFront(articles, plan({}), NOW);
    expect(f.lead?.article.slug).toBe('a');
    expect(f.lead?.pinned).toBe(false);
    expect(slugs(f.top)).toEqual(['b', 'c', 'd', 'e']);
    expect(f.latest.map((a) => a.slug)).toEqual(['f', 'g', 'h', 'i', 'j']);
  });

  it('pins lead and top stories in order and fills the remaining slots with the newest', () => {
    const f = composeFront(articles, plan({ lead: 'e', top: ['h', { slug: 'c' }] }), NOW);
    expect(f.lead).toEqual({ article: { slug: 'e' }, pinned: true });
    expect(slugs(f.top)).toEqual(['h', 'c', 'a', 'b']);
    expect(f.top.map((s) => s.pinned)).toEqual([true, true, false, false]);
    expect(f.latest.map((a) => a.slug)).toEqual(['d', 'f', 'g', 'i', 'j']);
  });

  it('releases a slot when its "until" has passed', () => {
    const p = plan({ lead: { slug: 'e', until: '2026-11-28T11:00:00+04:30' }, top: [{ slug: 'h', until: '2026-11-29' }] });
    const f = composeFront(articles, p, NOW);
    expect(f.lead?.article.slug).toBe('a');
    expect(slugs(f.top)).toEqual(['h', 'b', 'c', 'd']);
  });

  it('lets a pick that is not visible (scheduled) wait: its slot goes to the newest story', () => {
    const f = composeFront(articles, plan({ lead: 'scheduled-story', top: ['scheduled-story', 'j'] }), NOW);
    expect(f.lead?.article.slug).toBe('a');
    expect(slugs(f.top)).toEqual(['j', 'b', 'c', 'd']);
  });

  it('copes with fewer articles than slots', () => {
    const f = composeFront([{ slug: 'only' }], plan({ top: ['only'] }), NOW);
    expect(f.lead?.article.slug).toBe('only');
    expect(f.top).toEqual([]);
    expect(composeFront([], plan({}), NOW).lead).toBeUndefined();
  });

  it('refuses more than four top stories', () => {
    expect(frontSchema.safeParse({ top: ['a', 'b', 'c', 'd', 'e'] }).success).toBe(false);
  });
});
