/** Round 26a #5, #8, #9: a same-day `updated` written as a date alone, a second rename, the project's own photo samples. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { PROJECT_ALT_SAMPLES } from '#/check/rules/alt-placeholder.ts';
import { TEMPLATE_IMAGE_SAMPLES } from '#/check/scaffold.ts';

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
