/**
 * Round 36, helper c: a gone old address is told once (its page is in the previous build's page list too); Windows
 * device names in `new` and in tags; `new` and `release` read DATELINE_NOW as the check does; check:content's
 * unknown option and missing folder are one line each.
 */
import { describe, expect, it } from 'vitest';
import { goneArticlePages, type FormerArticle } from '#/build/gone-pages.ts';

describe('a gone old address is one line, not one as a page and one as an old address', () => {
  const TURN = 'grain-talks-turn-to-rail';
  const LOOK = 'grain-talks-look-to-rail';
  const WEIGH = 'grain-talks-weigh-rail';
  const page = (slug: string) => `/articles/${slug}/`;
  // The previous build published LOOK and its formerly page TURN: both are in its page list.
  const previous = [page(LOOK), page(TURN)];
  const previousFormer = new Map([[LOOK, [TURN]]]);
  const gone = (built: string[], articles: FormerArticle[], held = new Map<string, string>(), unpublished = new Map<string, { file: string; draft: boolean }>()) =>
    goneArticlePages(previous, new Set(built), 'content/articles', held, { previous: previousFormer, articles }, unpublished).map((d) => `${d.file}  ${d.field}  ${d.message}`);
  const once = (lines: string[], address: string) => lines.filter((l) => l.includes(`${address} was`)).length;

  it('an old address dropped from formerly in a second rename: one line, on the article', () => {
    const weigh = { slug: WEIGH, file: `content/articles/${WEIGH}.md`, formerly: [LOOK] };
    const lines = gone([page(WEIGH), page(LOOK)], [weigh]);
    expect(lines).toEqual([
      `content/articles/${WEIGH}.md  formerly  /articles/${TURN}/ was this story's old address after the previous build (leading to /articles/${LOOK}/) and is gone now, so links readers shared go nowhere; add ${TURN} to its formerly list: formerly: [${TURN}, ${LOOK}]`,
    ]);
  });

  it('a story made a draft: its own line and one held line for its old address, not two', () => {
    const look = { slug: LOOK, file: `content/articles/${LOOK}.md`, formerly: [TURN] };
    const lines = gone([], [look], new Map([[TURN, look.file]]), new Map([[LOOK, { file: look.file, draft: true }]]));
    expect(once(lines, page(TURN))).toBe(1);
    expect(once(lines, page(LOOK))).toBe(1);
    expect(lines).toHaveLength(2);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('a story the build cannot find: its line lists the old slug, and the old address has no line of its own', () => {
    const lines = gone([page(WEIGH)], []);
    expect(lines).toEqual([
      `content/articles  file  /articles/${LOOK}/ was on the site after the previous build and is gone now: if its article was renamed, add formerly: [${TURN}, ${LOOK}] to it so links to the old address keep working; if it was taken down, nothing to do`,
    ]);
  });

  it('a page gone with no old addresses involved is still told', () => {
    expect(goneArticlePages([page('budget-vote')], new Set(), 'content/articles')).toHaveLength(1);
  });
});
