/**
 * The build's one list of visible articles (src/build/content-load.ts `visibleArticles`): the one visibility rule
 * applied once; the loader stores it, the search index and the social cards read the same list.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedContent } from '#/check/content-check.ts';
import { visibleArticles } from '#/build/content-load.ts';
import type { BuildContext } from '#/domain/context.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const ctx: BuildContext = { mode: 'build', now: NOW, root: '/r', cacheDir: '/r/c', buildId: 't' };
const at = (epoch: number) => ({ epoch, iso: new Date(epoch).toISOString(), dateOnly: false });
const record = (id: string, published: number, draft = false) => ({ id, data: { draft, published: at(published) } });
const content = {
  articles: [record('old', NOW - 1000), record('draft', NOW - 1000, true), record('scheduled', NOW + 60_000), record('now', NOW)],
  authors: [],
  sections: [],
  tags: [],
  diagnostics: [],
} as unknown as CheckedContent;

describe('the build’s one visible list', () => {
  it('holds the published articles only: no draft, nothing scheduled after the build’s clock', () => {
    expect(visibleArticles(content, ctx).map((a) => a.id)).toEqual(['old', 'now']);
  });
  it('is computed once per checked content and context: every output gets the very same list', () => {
    expect(visibleArticles(content, ctx)).toBe(visibleArticles(content, ctx));
  });
  it('follows the context: another clock is another list', () => {
    expect(visibleArticles(content, { ...ctx, now: NOW + 120_000 }).map((a) => a.id)).toEqual(['old', 'scheduled', 'now']);
    expect(visibleArticles(content, { ...ctx, mode: 'dev' }).map((a) => a.id)).toContain('draft');
  });
});
