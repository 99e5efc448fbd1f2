/**
 * Round 15 (issue 10, blind): findings fixed in the content check. Each case is the tester's input or its shape.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { strayFrontmatter } from '#/check/rules/stray-frontmatter.ts';
import { idHint } from '#/check/rules/ids.ts';
import { sitePages } from '#/check/rules/site-pages.ts';
import { interruptedParagraphs } from '#/check/rules/interrupted-paragraphs.ts';
import { bodyOpening, datelineDash, repeatedDateline } from '#/check/rules/dateline-prefix.ts';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { checkLinesOf } from '../helpers/check-bodies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const newsroom = newsroomCopies('r15');
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const OPENING = '---\n\nFlour prices in Kabul';

/** The lines the check prints for the wheat story, its body's opening replaced. */
function wheatLines(edit: (path: string) => void): string[] {
  const content = newsroom((c) => edit(join(c, WHEAT)));
  return checkLinesOf(content, WHEAT);
}

describe('frontmatter typed below the closing --- (finding 3)', () => {
  it('a second block with draft: true is one line naming its fields; the story would otherwise go live', () => {
    const lines = wheatLines((p) => replaceIn(p, OPENING, '---\n---\ndraft: true\nembargo: until Friday\n---\n\nFlour prices in Kabul'));
    expect(lines).toEqual([
      '10:1 body  a second frontmatter block starts the body (lines 10–13): its fields ("draft", "embargo") are not read, and the page would print them as a heading; move them into the frontmatter above and delete this block\'s two "---" lines',
    ]);
  });

  it('an old frontmatter left under a new one (title, published)', () => {
    const lines = wheatLines((p) => replaceIn(p, OPENING, '---\n\n---\ntitle: Old headline\npublished: 2020-01-01\n---\n\nFlour prices in Kabul'));
    expect(lines).toEqual([
      '11:1 body  a second frontmatter block starts the body (lines 11–14): its fields ("title", "published") are not read, and the page would print them as a heading; move them into the frontmatter above and delete this block\'s two "---" lines',
    ]);
  });

  it('one field typed a line too low, with or without a blank line before it', () => {
    for (const [gap, line] of [['', 10], ['\n', 11]] as const) {
      const lines = wheatLines((p) => replaceIn(p, OPENING, `---\n${gap}draft: true\n\nFlour prices in Kabul`));
      expect(lines).toEqual([`${line}:1 body  "draft: true" is below the frontmatter's closing "---": it is not read, and the page would print it as the story's first line; move it above the "---"`]);
    }
  });

  it('prose passes: a rule, a note and a rule; a capitalised label; a field name inside a sentence', () => {
    expect(strayFrontmatter('---\nUpdate: the ministry replied on Monday.\n---\n\nText.', 10)).toEqual([]);
    expect(strayFrontmatter('---\n\nText after a rule.', 10)).toEqual([]);
    expect(strayFrontmatter('Draft: the law the ministry published.\n\nText.', 10)).toEqual([]);
    expect(strayFrontmatter('tags: the word, said the minister, was "trade"', 10)).toEqual([]);
    expect(strayFrontmatter('---\nsource: the ministry\n\nA paragraph of prose, not YAML.\n---\n', 10)).toEqual([]);
  });
});

describe('two topics typed as one tag (finding 4)', () => {
  const withTags = (tags: string, topicFile?: string) =>
    wheatLines((p) => {
      replaceIn(p, 'tags: [wheat, food prices]', tags);
      if (topicFile) {
        const dir = join(p, '../../../../tags');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, topicFile), '---\nname: envoys, transit\n---\n');
      }
    });

  it('a list item "envoys, transit" (or with ";", "/", "|") when both are topics: a warning naming them', () => {
    expect(withTags('tags:\n  - food prices\n  - envoys, transit').map((l) => l.replace(/\S*content\/tags\//, 'content/tags/'))).toEqual([
      '10:5 tags[1]  warning: tag "envoys, transit" is one topic of its own, but "envoys" (1 article) and "transit" (1 article) are topics already: write them as separate tags (envoys, transit) so the story is on their pages; if "envoys, transit" is a topic of its own, create content/tags/envoys-transit.md with "name: "envoys, transit"": a topic file accepts it and silences this warning',
    ]);
    for (const tag of ['"envoys; transit"', 'envoys / transit', 'envoys|transit']) expect(withTags(`tags: [food prices, ${tag}]`), tag).toHaveLength(1);
  });

  it('passes when a part is no topic, or a topic file accepts the whole tag', () => {
    expect(withTags('tags: [food prices, "envoys, barley"]')).toEqual([]);
    expect(withTags('tags: [food prices, "envoys, transit"]', 'envoys-transit.md')).toEqual([]);
  });
});

describe('a dateline printed twice (finding 5)', () => {
  const repeated = (opening: string, dateline = 'KABUL') => repeatedDateline(bodyOpening(opening).text, dateline, 'en-GB');

  it('wire forms the rule missed: an agency then a colon, a country and a date, Dari with an Arabic comma and Eastern Arabic digits', () => {
    expect(repeated('KABUL (AP): Officials met on Monday.')).toBe('KABUL (AP):');
    expect(repeated('Kabul, Afghanistan, Nov. 5 (Reuters) - Officials met on Monday.')).toBe('Kabul, Afghanistan, Nov. 5 (Reuters) -');
    expect(repeated('KABUL, Afghanistan — Officials met.')).toBe('KABUL, Afghanistan —');
    expect(repeated('کابل، ۵ نوامبر — مقامات روز دوشنبه دیدار کردند.', 'کابل')).toBe('کابل، ۵ نوامبر —');
    expect(repeated('کابل: مقامات روز دوشنبه دیدار کردند.', 'کابل')).toBe('کابل:');
    expect(repeated('KABUL. Officials met on Monday.')).toBe('KABUL.');
  });

  it('quotes the prefix without emphasis markers', () => {
    expect(repeated('**KABUL — Officials met.')).toBe('KABUL —');
  });

  it('prose still passes', () => {
    expect(repeated('Kabul, the capital, was quiet on Monday — officials said.')).toBeUndefined();
    expect(repeated('کابل، پایتخت افغانستان، آرام بود.', 'کابل')).toBeUndefined();
    expect(repeated('Kabul residents queued for bread.')).toBeUndefined();
    expect(repeated('U.S. officials met on Monday.', 'U.S.')).toBeUndefined();
  });

  it('a dateline value that ends with a dash is one line with the value to write', () => {
    expect(datelineDash('KABUL —')).toBe('KABUL');
    expect(datelineDash('KABUL -')).toBe('KABUL');
    expect(datelineDash('KABUL')).toBeUndefined();
    expect(datelineDash('Addis Ababa')).toBeUndefined();
    const lines = wheatLines((p) => replaceIn(p, 'dateline: KABUL', 'dateline: "KABUL —"'));
    expect(lines).toEqual(['6:11 dateline  "KABUL —" ends with a dash, and the page adds its own ("KABUL — —" would print); write "KABUL"']);
  });
});

describe('a correction dated the day of publication, without a time (finding 6)', () => {
  it('is no error, only a warning asking for its time (round 25a #18); the day before is an error', () => {
    const same = wheatLines((p) => replaceIn(p, 'section: economy\n', 'section: economy\ncorrections: [{date: 2026-10-12, text: An earlier version gave the wrong price.}]\n'));
    expect(same).toEqual([expect.stringMatching(/^8:22 corrections\[0\]\.date {2}warning: 2026-10-12 is the day the story was published/)]);
    const before = wheatLines((p) => replaceIn(p, 'section: economy\n', 'section: economy\ncorrections: [{date: 2026-10-11, text: An earlier version gave the wrong price.}]\n'));
    expect(before).toEqual(['8:22 corrections[0].date  2026-10-11 is before the article was published (2026-10-12T09:15:00+04:30); fix the correction\'s date']);
  });
});

describe('#main and #top beside a heading "Main" or "Top" (finding 7)', () => {
  it('a heading "Top" gets top-1, so #top still goes to the top of the page', () => {
    const html = createMarkdownRenderer()('## Top\n\nText.\n\n## Main\n\nMore.').html;
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['top-1', 'main-1']);
  });

  it('a link to #main or #top that meant the heading is one line naming its id', () => {
    const lines = wheatLines((p) => replaceIn(p, OPENING, '---\n\nSee [the figures](#main) and [the list](#top).\n\n## Main\n\nFigures.\n\n## Top\n\nList.\n\nFlour prices in Kabul'));
    expect(lines).toEqual([
      '11:5 link  link [the figures](#main) names the place #main, which is the page\'s main content, not the heading of that name in the body (its id is #main-1); write "#main-1" to link the heading',
      '11:30 link  link [the list](#top) names the place #top, which is the page\'s top, not the heading of that name in the body (its id is #top-1); write "#top-1" to link the heading',
    ]);
  });
});

describe('a line break inside a sentence read as markup (finding 8)', () => {
  const lines = (body: string) => interruptedParagraphs(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

  it('a sign or number taken as a list, quote or heading mark is one line naming the mark', () => {
    for (const [body, mark] of [
      ['Night temperatures fell to\n- 12 degrees on Tuesday.', '-'],
      ['Fuel prices changed by\n+ 5% on Monday.', '+'],
      ['Flour went from 40 afghanis to\n* 55 afghanis.', '*'],
      ['Prices rose by\n1) 5% in Kabul and 2) 7% in Herat.', '1)'],
      ['The country ranked\n1. in the region, officials said.', '1.'],
      ['Lorries carrying\n> 40 tonnes will be turned back.', '>'],
      ['The club, seeded\n# 1 in the draw, will play first.', '#'],
    ] as const) {
      const found = lines(body);
      expect(found, body).toHaveLength(1);
      expect(found[0], body).toMatch(new RegExp(`^11:1 the line break before ".*" makes "${mark.replace(/[.*+)]/g, '\\$&')}" `));
    }
  });

  it('a paragraph underlined by "=" or a whole sentence over "---", and an indented paragraph of prose', () => {
    expect(lines('The committee voted 12 to\n=\n3 against the plan.')).toEqual(['10:1 the line "=" right under "The committee voted 12 to" makes that paragraph a heading; delete it, or for a section break write "---" on a line of its own after a blank line']);
    expect(lines('Officials met on Monday and said the talks would resume.\n---\nIn other news.')[0]).toMatch(/^10:1 the line "---" right under "Officials met on Monday/);
    expect(lines('\tOfficials met on Monday to discuss the transit annex and the water deal.\n\nMore.')[0]).toMatch(/^10:2 "Officials met on Monday.*" starts with a tab or four spaces/);
  });

  it('lists, quotes, headings and code as editors mean them pass', () => {
    expect(lines('The measures:\n- cut taxes\n- raise wages')).toEqual([]);
    expect(lines('Measures\n- cut taxes\n- raise wages')).toEqual([]);
    expect(lines('The figures\n- 12 districts\n- 40 schools')).toEqual([]); // numbers, but a list of several items
    expect(lines('Key figures\n---\n\nText.')).toEqual([]);
    expect(lines('Text.\n\n---\n\nMore text.')).toEqual([]);
    expect(lines('Run:\n\n    npm run build\n')).toEqual([]);
    expect(lines('- item\n\n      code in the item, not prose at all here\n')).toEqual([]);
  });
});

describe('links to every section and author feed (finding 10)', () => {
  it('every section and author with a published article has its feed; the search files are pages too', () => {
    const vis = { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false };
    const content = newsroom(() => {});
    const r = checkContent({ root: ROOT, contentDir: content, visibility: vis });
    const pages = sitePages(ROOT, r.articles, ['a-first', 'b-second', ...r.authors.map((a) => a.id)], ['a-first', 'b-second', ...r.sections.map((s) => s.id)], vis, new Map(r.sections.map((s) => [s.id, s.data.name])));
    // Two ids listed before the real ones: the feeds of the third and later ids used to be missing.
    for (const s of r.sections) expect(pages.has(`/sections/${s.id}/rss.xml`), s.id).toBe(true);
    for (const a of r.authors) expect(pages.has(`/authors/${a.id}/rss.xml`), a.id).toBe(true);
    expect(pages.has('/search/words.json') && pages.has('/pagefind/shards.json')).toBe(true);
  });
});

describe('a text field YAML reads as a number, a boolean or no value (finding 11)', () => {
  it('the line gives the quoted form to write', () => {
    expect(wheatLines((p) => replaceIn(p, 'dateline: KABUL', 'dateline: 2026'))).toEqual(['6:11 dateline  must be text, not the number 2026; to print 2026, write dateline: "2026"']);
    expect(wheatLines((p) => replaceIn(p, 'dateline: KABUL', 'dateline: true'))).toEqual(['6:11 dateline  must be text, not the boolean true; to print true, write dateline: "true"']);
    expect(wheatLines((p) => replaceIn(p, 'dateline: KABUL', 'dateline: null'))).toEqual(['6:11 dateline  is empty; give it a value or remove the line (YAML reads null as no value; to print it, write dateline: "null")']);
  });
});

describe('a value no reader sees (finding 9)', () => {
  it('<data value> publishes no value: the element is a span with its words', () => {
    expect(createMarkdownRenderer()('Figures: <data value="minister resigns Friday, hold">x</data>.').html).toBe('<p>Figures: <span>x</span>.</p>');
  });
});

describe('a section file whose name is no id (finding 2)', () => {
  it('the article line names the id the file will have once renamed, never the id it already wrote', () => {
    const known = [{ id: 'Markets', name: 'Markets' }, { id: 'rss.xml', name: 'Feeds' }, { id: 'economy', name: 'Economy' }];
    expect(idHint('Markets', known, 'section')).toBe('"Markets" is the section file Markets.md, whose name is not an id: rename the file to "markets.md" (its own line says so) and write "markets"');
    // Found by the id it will have (round 28b #8): the rename, as for Markets.
    expect(idHint('rss.xml', known, 'section')).toBe('"rss.xml" is the section file rss.xml.md, whose name is not an id: rename the file to "rss-xml.md" (its own line says so) and write "rss-xml"');
    expect(idHint('Economy', known, 'section')).toContain('write its id "economy"');
  });
});
