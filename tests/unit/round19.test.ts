/**
 * Issue 10 leftovers (helper r19a): curly and straight quotes in one topic's tags, the start of a day in a
 * local-mean-time era, ruby annotations.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNewsDate, newsroomDay, parseNewsDate, type NewsDate } from '#/domain/dates.ts';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { checkArticles, checkLinesOf, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

const newsroom = newsroomCopies('r19');
const BODY = 'Traders at the Hairatan yard said the week had been busy, with wagons leaving every morning.\n';

describe('curly and straight quotes are one spelling of a topic', () => {
  it('the check accepts both, in either order; other punctuation is still another spelling', () => {
    const lines = checkArticles({
      'traders-curly.md': testFrontmatter({ tags: '["Traders’ week", "the “Made in Afghanistan” fair"]' }) + BODY,
      'traders-straight.md': testFrontmatter({ tags: `["Traders' week", 'the "Made in Afghanistan" fair']`, published: '"2026-11-21T10:00:00+04:30"' }) + BODY,
      'traders-straight-2.md': testFrontmatter({ tags: `["Traders' week"]`, published: '"2026-11-22T10:00:00+04:30"' }) + BODY,
    });
    expect(lines.filter((l) => / tags\[/.test(l))).toEqual([]);
    // A plural's apostrophe at the end is one too, and no "curly quotes" warning (that is for “rail” typed in word-processor quotes).
    const plural = checkArticles({
      'farmers-curly.md': testFrontmatter({ tags: '["Farmers’", "“rail”"]' }) + BODY,
      'farmers-straight.md': testFrontmatter({ tags: `["Farmers'"]`, published: '"2026-11-21T10:00:00+04:30"' }) + BODY,
    });
    expect(plural.filter((l) => / tags\[/.test(l))).toEqual([
      'farmers-curly.md:7:20 tags[1]  warning: tag “rail” has curly quotes, which would be part of the topic\'s name; YAML quotes are straight: use "…" or no quotes',
    ]);
    const other = checkArticles({
      'traders-curly.md': testFrontmatter({ tags: '["Traders’ week"]' }) + BODY,
      'traders-bare.md': testFrontmatter({ tags: '["Traders week"]', published: '"2026-11-21T10:00:00+04:30"' }) + BODY,
    });
    expect(other.filter((l) => / tags\[/.test(l))).toEqual([
      'traders-bare.md:7:8 tags[0]  tag "Traders week" is the topic /tags/traders-week/, which another article spells "Traders’ week"; a topic has one spelling: write "Traders’ week" (a different topic needs different letters, not just different case or punctuation)',
    ]);
  });

  it('a topic file with straight quotes accepts the curly spelling the topic page shows', () => {
    const content = newsroom((c) => {
      mkdirSync(join(c, 'tags'), { recursive: true });
      writeFileSync(join(c, 'tags', 'traders-week.md'), `---\nname: "Traders' week"\n---\n`);
      writeFileSync(join(c, 'articles', '2026', '11', 'traders-curly.md'), testFrontmatter({ tags: '["Traders’ week"]' }) + BODY);
    });
    expect(checkLinesOf(content, 'traders-curly.md')).toEqual([]);
  });

  it('one topic with the same typeset name on every article, its page and its feeds', async () => {
    const n = await buildNewsroom(source([
      article('curly', { published: '2026-05-01T08:00:00Z', tags: ['Traders’ week', 'the “Made in Afghanistan” fair'] }),
      article('straight', { published: '2026-05-02T08:00:00Z', tags: ["Traders' week", 'the "Made in Afghanistan" fair'] }),
    ]), build);
    const names = (slug: string) => n.articles.map((a) => a.tags.find((t) => t.slug === slug)?.name);
    expect(n.tags.map((t) => [t.slug, t.name, t.articles.length])).toEqual([
      ['the-made-in-afghanistan-fair', 'the “Made in Afghanistan” fair', 2],
      ['traders-week', 'Traders’ week', 2],
    ]);
    expect(names('traders-week')).toEqual(['Traders’ week', 'Traders’ week']);
    expect(names('the-made-in-afghanistan-fair')).toEqual(['the “Made in Afghanistan” fair', 'the “Made in Afghanistan” fair']);
  });

  it('a topic file written with straight quotes names the page as the articles show it', async () => {
    const tagEntry = { id: 'traders-week', data: { name: "Traders' week" }, digest: 't', collection: 'tags' };
    const n = await buildNewsroom(source([article('curly', { published: '2026-05-01T08:00:00Z', tags: ['Traders’ week'] })], { tags: [tagEntry] as never }), build);
    expect(n.tags.map((t) => t.name)).toEqual(['Traders’ week']);
    expect(n.articles[0]!.tags[0]!.name).toBe('Traders’ week');
  });
});

describe('a date alone starts its day to the second, also in local mean time (round 15, finding 1)', () => {
  const ok = (input: string, tz = 'Asia/Kabul'): NewsDate => {
    const r = parseNewsDate(input, tz);
    if (!r.ok) throw new Error(r.problem);
    return r.date;
  };

  it('Kabul at +04:36:48 (until 1890) and New York at -04:56:02 (until 1883): the true start, printed in UTC', () => {
    const kabul = ok('1880-01-01');
    expect(new Date(kabul.epoch).toISOString()).toBe('1879-12-31T19:23:12.000Z');
    expect(kabul.iso).toBe('1879-12-31T19:23:12Z');
    expect(newsroomDay(kabul.epoch, 'Asia/Kabul')).toBe('1880-01-01');
    expect(newsroomDay(kabul.epoch - 1000, 'Asia/Kabul')).toBe('1879-12-31');
    expect(formatNewsDate(kabul, { locale: 'en-US', timeZone: 'Asia/Kabul' })).toBe('Jan 1, 1880');
    const ny = ok('1880-01-01', 'America/New_York');
    expect(ny.iso).toBe('1880-01-01T04:56:02Z');
    expect(newsroomDay(ny.epoch - 1000, 'America/New_York')).toBe('1879-12-31');
    // Whole-minute offsets keep the local day and offset.
    expect(ok('1900-02-28').iso).toBe('1900-02-28T00:00:00+04:00');
    expect(ok('2026-11-20').iso).toBe('2026-11-20T00:00:00+04:30');
  });

  it('the check accepts an update 18 s into the day and refuses one before it', () => {
    const story = (updated: string) => testFrontmatter({ published: '1880-01-01', updated: `"${updated}"` }) + BODY;
    const lines = checkArticles({ 'lmt-after.md': story('1879-12-31T19:23:30Z'), 'lmt-before.md': story('1879-12-31T19:23:00Z') });
    expect(lines.filter((l) => / (updated|published)  /.test(l))).toEqual([
      'lmt-before.md:7:10 updated  1879-12-31T19:23:00Z is before published (1879-12-31T19:23:12Z); fix the date or remove "updated"',
    ]);
  });
});

describe('ruby readings are kept, and read apart from their word (round 15, finding 9)', () => {
  const render = createMarkdownRenderer();

  it('the page keeps <ruby>, <rt> and <rp>, without attributes', () => {
    const { html } = render('<ruby class="x" onclick="y">東京<rp>(</rp><rt style="z">とうきょう</rt><rp>)</rp></ruby>に着いた。');
    expect(html).toBe('<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>に着いた。</p>');
    expect(render('<ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby>').html).toBe('<p><ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby></p>');
  });

  it('the check has nothing to say of a ruby', () => {
    const body = 'Officials in <ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby> and <ruby>Kabul<rt>KAH-bool</rt></ruby> met on Monday to discuss the annex.\n';
    expect(checkArticles({ 'ruby.md': testFrontmatter() + body })).toEqual([]);
  });

  it('search text, word count and lead read the word and its reading apart', () => {
    expect(render('<ruby>東京<rt>とうきょう</rt></ruby>に着いた。').text).toBe('東京 とうきょう に着いた。');
    expect(render('<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>に着いた。').lead).toBe('東京(とうきょう)に着いた。');
    expect(render('The <ruby>Kabul<rt>KAH-bool</rt></ruby> river.').wordCount).toBe(4);
    expect(render('## <ruby>東京<rt>とうきょう</rt></ruby>\n\nText.').headings[0]?.text).toBe('東京 とうきょう');
  });

  it('what HTML does not allow in a ruby is repaired, words kept', () => {
    // A reading outside a ruby is text beside the word; an <rp> out of its place (the round-15 input) goes.
    expect(render('東京<rt>とうきょう</rt>').html).toBe('<p>東京 とうきょう </p>');
    expect(render('<ruby>Kabul<rp>SECRETEIGHT</rp><rt>k</rt></ruby>').html).toBe('<p><ruby>Kabul<rt>k</rt></ruby></p>');
    // Words after the last reading, or a ruby with no reading, get an empty one: valid, shown as written.
    expect(render('<ruby>東京<rt>とうきょう</rt>です</ruby>').html).toBe('<p><ruby>東京<rt>とうきょう</rt>です<rt></rt></ruby></p>');
    expect(render('<ruby>東京</ruby>').html).toBe('<p><ruby>東京<rt></rt></ruby></p>');
    // A ruby inside a ruby, and a block inside one, give way to their content.
    expect(render('<ruby><ruby>東<rt>とう</rt></ruby>京<rt>きょう</rt></ruby>').html).toBe('<p><ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby></p>');
  });
});
