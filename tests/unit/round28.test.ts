/** Issue 10's notes left by round 27, mended in round 28. */
import { describe, expect, it } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { renderBody } from '#/build/render-batch.ts';
import { lastFirstName } from '#/check/rules/byline-name.ts';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { site } from '#/site.config.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

describe('a link whose words are its address is not printed twice on paper', () => {
  it('bare URLs and autolinks are marked; a link with words is not', () => {
    const html = renderBody('See https://example.org/report and <https://example.org/a/>, and [the report](https://example.org/report).').html;
    expect(html).toContain('<a href="https://example.org/report" class="url-text">https://example.org/report</a>');
    expect(html).toContain('<a href="https://example.org/a/" class="url-text">https://example.org/a/</a>');
    expect(html).toContain('<a href="https://example.org/report">the report</a>');
  });

  it('the print rule skips marked links', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    expect(css).toContain(".story-body a[href^='http']:not(.url-text)::after { content: ' (' attr(href) ')'");
  });
});

describe("a desk's copy of a story of this site and its original never list each other", () => {
  const base = site.url.replace(/\/$/, '');
  const tags = ['wheat', 'harvest', 'kunduz'];
  const stories = () => [
    article('wheat-harvest', { published: '2026-05-01T08:00:00Z', tags }),
    article('wheat-harvest-society', { published: '2026-05-02T08:00:00Z', tags, canonical: `${base}/articles/wheat-harvest/` }),
    article('wheat-prices', { published: '2026-05-03T08:00:00Z', tags }),
    article('flour-mills', { published: '2026-05-04T08:00:00Z', tags }),
  ];

  it('the copy lists neither its original; the original not its copy; others list the story once', async () => {
    const n = await buildNewsroom(source(stories()), build);
    const related = (slug: string) => n.relatedFor(slug).map((a) => a.slug);
    expect(related('wheat-harvest')).not.toContain('wheat-harvest-society');
    expect(related('wheat-harvest-society')).not.toContain('wheat-harvest');
    expect(related('wheat-harvest-society').length).toBeGreaterThan(0);
    expect(related('wheat-prices')).toContain('wheat-harvest');
    expect(related('wheat-prices')).not.toContain('wheat-harvest-society');
  });

  it('an editor\'s pin to the original stays', async () => {
    const list = stories();
    list[1] = article('wheat-harvest-society', { published: '2026-05-02T08:00:00Z', tags, canonical: `${base}/articles/wheat-harvest/`, related: ['wheat-harvest'] });
    const n = await buildNewsroom(source(list), build);
    expect(n.relatedFor('wheat-harvest-society').map((a) => a.slug)[0]).toBe('wheat-harvest');
  });
});

describe('"Last, First" is not said of a desk or an agency', () => {
  it('desks, bureaus and agencies stay quiet; a person still gets the line', () => {
    for (const name of ['Kabul Desk, Reuters', 'Staff, Herat Bureau', 'AFP, Kabul', 'Newsroom, Pajhwok']) expect(lastFirstName(name), name).toBeUndefined();
    expect(lastFirstName('Rahyab, Nadia')).toContain('write name: Nadia Rahyab');
  });
});

describe("cards read direction from the site's one list of right-to-left scripts", () => {
  it('Arabic script and the other right-to-left scripts start right to left; Latin does not', async () => {
    const { startsRightToLeft } = await import('#/build/cards/draw.ts');
    for (const t of ['«کابل» ښار', '2026: د کابل', 'שלום', '𞤀𞤣𞤤𞤢𞤥', 'ࠀࠁ']) expect(startsRightToLeft(t), t).toBe(true);
    for (const t of ['Kabul: کابل', '2026 Kabul', '']) expect(startsRightToLeft(t), t).toBe(false);
  });
});

describe('28b #16: a renamed section file is named, once for its stories', () => {
  const newsroom = newsroomCopies('r28-sections');
  const story = (n: number) => `---\ntitle: Wheat story number ${n}\ndescription: Traders watch the price of flour in Kabul.\npublished: "2026-11-${String(n + 10)}T10:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n---\n\nFlour prices held steady this week.\n`;

  it('one line at the first use with the count, naming the file that has the section\'s name', () => {
    const content = newsroom((c) => {
      for (let n = 1; n <= 6; n++) writeFileSync(join(c, 'articles/2026/11', `wheat-story-${n}.md`), story(n));
      renameSync(join(c, 'sections/economy.md'), join(c, 'sections/business.md'));
    });
    const lines = checkNewsroom(content).filter((d) => d.message.includes('"economy"'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.message).toMatch(/^unknown section "economy" here and in \d+ other articles \(.*\); \S*content\/sections\/business\.md is the section named "Economy": did you mean "business"\? Write its id in each, or rename that file back to economy\.md$/);
  });

  it('an unknown id no file is named for keeps the plain line', () => {
    const content = newsroom((c) => writeFileSync(join(c, 'articles/2026/11/wheat-story-1.md'), story(1).replace('section: economy', 'section: sport')));
    expect(checkNewsroom(content).map((d) => d.message)).toEqual([expect.stringMatching(/^unknown section "sport" \(known sections: diplomacy, economy\); fix the id or add \S*content\/sections\/sport\.md$/)]);
  });
});
