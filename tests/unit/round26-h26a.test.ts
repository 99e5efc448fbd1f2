/** Round 26a #5, #8, #9: a same-day `updated` written as a date alone, a second rename, the project's own photo samples. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { PROJECT_ALT_SAMPLES } from '#/check/rules/alt-placeholder.ts';
import { TEMPLATE_IMAGE_SAMPLES } from '#/check/scaffold.ts';
import type { FormerArticle } from '#/build/gone-pages.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}${body}\n`;
const lines = (body: string, fields: Record<string, string> = {}) => checkArticles({ 'x.md': story(body, fields) });

describe('26a #5: updated written as the day of publication, with no time', () => {
  it('quotes the date as written, says a date alone is the start of that day, and gives the time to write', () => {
    expect(lines('Body.', { updated: '2026-11-20' })).toEqual([
      'x.md:7:10 updated  2026-11-20 is the day the story was published, and a date alone is the start of that day, before it was published (2026-11-20T10:00:00+04:30); give the time of the update, e.g. updated: "2026-11-20T16:00:00+04:30"',
    ]);
  });

  it('suggests a time after a late publication, and the suggestion passes', () => {
    const [line] = lines('Body.', { published: '"2026-11-20T17:30:00+04:30"', updated: '2026-11-20' });
    expect(line).toContain('e.g. updated: "2026-11-20T23:59:00+04:30"');
    expect(lines('Body.', { published: '"2026-11-20T17:30:00+04:30"', updated: '"2026-11-20T23:59:00+04:30"' })).toEqual([]);
    expect(lines('Body.', { updated: '"2026-11-20T16:00:00+04:30"' })).toEqual([]);
  });

  it('a date alone on an earlier day is quoted as written; a later day passes', () => {
    expect(lines('Body.', { updated: '2026-11-19' })).toEqual(['x.md:7:10 updated  2026-11-19 is before published (2026-11-20T10:00:00+04:30); fix the date or remove "updated"']);
    expect(lines('Body.', { updated: '2026-11-21' })).toEqual([]);
  });

  it('a late same-day correction written as a date alone is given a time after publication too', () => {
    const [line] = lines('Body.', { published: '"2026-11-20T18:00:00+04:30"', corrections: '[{date: 2026-11-20, text: An earlier version misspelt the name.}]' });
    expect(line).toContain('a date alone is the start of that day, so feeds');
    expect(line).toContain('e.g. date: "2026-11-20T23:59:00+04:30"');
  });
});

describe('26a #9: the project\'s own photo samples are placeholders', () => {
  const template = readFileSync(`${ROOT}content/articles/_template.md`, 'utf8');
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');

  it('the samples the check knows are the ones the template and README hand out', () => {
    expect(template).toContain(`alt: ${PROJECT_ALT_SAMPLES[0]}`);
    expect(template).toContain(`![${PROJECT_ALT_SAMPLES[1]}](`);
    expect(readme).toContain(`![${PROJECT_ALT_SAMPLES[2]}](`);
    expect(template).toContain(`caption: ${TEMPLATE_IMAGE_SAMPLES.caption}`);
    expect(template).toContain(`credit: ${TEMPLATE_IMAGE_SAMPLES.credit}`);
  });

  it('refuses the template\'s lead image alt, caption and credit and the body samples', () => {
    const image = `\n  src: ./images/${'x'}.png\n  alt: ${PROJECT_ALT_SAMPLES[0]}\n  caption: ${TEMPLATE_IMAGE_SAMPLES.caption}\n  credit: ${TEMPLATE_IMAGE_SAMPLES.credit}`;
    const found = lines(`Freight wagons waited.\n\n![${PROJECT_ALT_SAMPLES[2]}](./images/y.png)\n\n![What the photo shows.](./images/z.png)`, { image });
    expect(found.filter((l) => /placeholder|sample/.test(l))).toEqual([
      'x.md:9:8 image.alt  alt text "Short description of what the image shows." is a placeholder, not a description: screen readers read it aloud and shares of the story show it; describe what the photo shows (e.g. "Wagons at the Hairatan yard")',
      expect.stringMatching(/^x\.md:16:1 body {2}image !\[What the photo shows, for readers who c…\]\(\.\/images\/y\.png\) has alt text that is a placeholder/),
      expect.stringMatching(/^x\.md:18:1 body {2}image !\[What the photo shows\.\]\(\.\/images\/z\.png\) has alt text that is a placeholder/),
      'x.md:10:12 image.caption  is still the sample from content/articles/_template.md, which would be printed under the photo; replace it, or keep "draft: true" until the article is written',
      'x.md:11:11 image.credit  is still the sample from content/articles/_template.md, which would be printed under the photo; replace it, or keep "draft: true" until the article is written',
    ]);
  });

  it('a real description, caption and credit pass, and a draft may keep the sample caption', () => {
    expect(lines('Freight wagons waited.\n\n![What the inspectors found at the yard](./images/y.png)').filter((l) => /placeholder|sample/.test(l))).toEqual([]);
    const image = '\n  src: ./images/x.png\n  alt: Wagons at the Hairatan yard\n  caption: What the reader should know about the yard.\n  credit: Photographer Wahid Tanin';
    expect(lines('Body.', { image }).filter((l) => /placeholder|sample/.test(l))).toEqual([]);
    expect(lines('Body.', { image: `\n  src: ./images/x.png\n  alt: Wagons at the Hairatan yard\n  caption: ${TEMPLATE_IMAGE_SAMPLES.caption}`, draft: 'true' }).filter((l) => /sample/.test(l))).toEqual([]);
  });
});

describe('26a #8 (a): a list field written twice is merged, not "keep one"', () => {
  it('shows the one list with the items of both', () => {
    expect(lines('Body.', { formerly: '[carpet-exporters-turn-to-northern-rail]', 'formerly ': '[carpet-exporters-look-to-northern-rail-corridor]' }).filter((l) => l.includes('twice'))).toEqual([
      'x.md:8:1 frontmatter  the field "formerly" appears twice, each with a list; merge them: write one list with the items of both in their place, formerly: [carpet-exporters-turn-to-northern-rail, carpet-exporters-look-to-northern-rail-corridor] (Map keys must be unique)',
    ]);
  });

  it('block lists and repeated items are merged too, each item once', () => {
    const [line] = lines('Body.', { tags: '\n  - rail\n  - Rail, trade', 'tags ': '[rail, wheat]' }).filter((l) => l.includes('twice'));
    expect(line).toContain('merge them: write one list with the items of both in their place, tags: [rail, "Rail, trade", wheat]');
  });

  it('a field that is not a list keeps "keep one"; one list passes', () => {
    expect(lines('Body.', { 'title ': '"Another headline"' }).filter((l) => l.includes('twice'))).toEqual([
      'x.md:7:1 frontmatter  the field "title" appears twice; keep one (Map keys must be unique)',
    ]);
    expect(lines('Body.', { tags: '[rail, wheat]' })).toEqual([]);
  });
});

describe('26a #8 (b, c): the old addresses of renamed stories are watched too', () => {
  const TURN = 'carpet-exporters-turn-to-northern-rail';
  const LOOK = 'carpet-exporters-look-to-northern-rail-corridor';
  const WEIGH = 'carpet-exporters-weigh-northern-rail';
  const previousFormer = new Map([[LOOK, [TURN]]]);
  const page = (slug: string) => `/articles/${slug}/`;
  const gone = async (previous: string[], built: string[], articles: FormerArticle[], held = new Map<string, string>()) => {
    const { goneArticlePages } = await import('#/build/gone-pages.ts');
    return goneArticlePages(previous, new Set(built), 'content/articles', held, { previous: previousFormer, articles }).map((d) => `${d.file}  ${d.field}  ${d.message}`);
  };

  it('a second rename: the gone page names the renamed article and its whole formerly list (not a second formerly line)', async () => {
    const weigh = { slug: WEIGH, file: `content/articles/2026/11/${WEIGH}.md`, formerly: [TURN] };
    expect(await gone([page(LOOK)], [page(WEIGH), page(TURN)], [weigh])).toEqual([
      `content/articles/2026/11/${WEIGH}.md  formerly  /articles/${LOOK}/ was this story's address after the previous build and is gone now, so links readers shared go nowhere; add ${LOOK} to its formerly list: formerly: [${TURN}, ${LOOK}]`,
    ]);
  });

  it('an old address dropped from formerly is a warning on the article, with the list to write', async () => {
    // "keep one" followed after the duplicate line: the first old address went.
    const weigh = { slug: WEIGH, file: `content/articles/2026/11/${WEIGH}.md`, formerly: [LOOK] };
    expect(await gone([page(WEIGH)], [page(WEIGH), page(LOOK)], [weigh])).toEqual([
      `content/articles/2026/11/${WEIGH}.md  formerly  /articles/${TURN}/ was this story's old address after the previous build (leading to /articles/${LOOK}/) and is gone now, so links readers shared go nowhere; add ${TURN} to its formerly list: formerly: [${TURN}, ${LOOK}]`,
    ]);
    // The formerly line deleted from an article that kept its slug.
    const look = { slug: LOOK, file: `content/articles/2026/11/${LOOK}.md`, formerly: [] };
    expect(await gone([page(LOOK)], [page(LOOK)], [look])).toEqual([
      `content/articles/2026/11/${LOOK}.md  formerly  /articles/${TURN}/ was this story's old address after the previous build (leading to /articles/${LOOK}/) and is gone now, so links readers shared go nowhere; add formerly: [${TURN}] to it`,
    ]);
  });

  it('an unknown article: one line for the story, listing its old slugs too; a taken-down story\'s old address alone is the generic line', async () => {
    expect(await gone([page(LOOK)], [page(WEIGH)], [])).toEqual([
      `content/articles  file  /articles/${LOOK}/ was on the site after the previous build and is gone now: if its article was renamed, add formerly: [${TURN}, ${LOOK}] to it so links to the old address keep working; if it was taken down, nothing to do`,
    ]);
    expect(await gone([], [page(WEIGH)], [])).toEqual([
      `content/articles  file  /articles/${TURN}/ was an old address (formerly) of /articles/${LOOK}/ after the previous build and is gone now: if that story is still published, add ${TURN} back to its formerly list so links to the old address keep working; if it was taken down, nothing to do`,
    ]);
  });

  it('stays quiet when every old address is still built, and names a held article as before', async () => {
    const look = { slug: LOOK, file: `content/articles/2026/11/${LOOK}.md`, formerly: [TURN] };
    expect(await gone([page(LOOK)], [page(LOOK), page(TURN)], [look])).toEqual([]);
    const weigh = { slug: WEIGH, file: `content/articles/2026/11/${WEIGH}.md`, formerly: [TURN, LOOK] };
    expect(await gone([page(LOOK)], [page(WEIGH), page(TURN), page(LOOK)], [weigh])).toEqual([]);
    expect(await gone([page(LOOK)], [], [], new Map([[TURN, 'draft.md'], [LOOK, 'draft.md']]))).toEqual([
      `draft.md  formerly  /articles/${LOOK}/ was on the site after the previous build and is gone now: this article lists it in formerly, but it is not published (a draft, or scheduled), so the old address has no page until it is`,
      `draft.md  formerly  /articles/${TURN}/ was on the site after the previous build and is gone now: this article lists it in formerly, but it is not published (a draft, or scheduled), so the old address has no page until it is`,
    ]);
  });

  it('keeps the lists whose pages were built, for the next build', async () => {
    const { readFormerPages, saveFormerPages } = await import('#/build/gone-pages.ts');
    const file = join(mkdtempSync(join(tmpdir(), 'former-')), 'former.json');
    expect(readFormerPages(file)).toEqual(new Map());
    saveFormerPages(file, new Map([[WEIGH, [TURN, LOOK]], ['draft-story', ['old-draft']]]), new Set([page(TURN), page(LOOK)]));
    expect(readFormerPages(file)).toEqual(new Map([[WEIGH, [TURN, LOOK]]]));
  });
});
