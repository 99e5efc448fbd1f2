/**
 * Round 18 (issue 10, blind): findings fixed in the content check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageTagProblem } from '#/domain/language-tags.ts';
import { computeRelated } from '#/domain/related/engine.ts';
import { input, picksOf } from './related-input.ts';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';

const newsroom = newsroomCopies('r18');

describe('common slips get their fix (finding 1)', () => {
  it('a language written by its name or with an underscore is told the tag', () => {
    expect(languageTagProblem('Pashto')).toBe('"Pashto" is the language\'s name; write its tag, "ps"');
    expect(languageTagProblem('Dari')).toBe('"Dari" is the language\'s name; write its tag, "fa-AF"');
    expect(languageTagProblem('English')).toBe('"English" is the language\'s name; write its tag, "en"');
    expect(languageTagProblem('farsi')).toBe('"farsi" is the language\'s name; write its tag, "fa"');
    expect(languageTagProblem('en_US')).toBe('"en_US" is written with an underscore; language tags use a hyphen: write "en-US"');
    expect(languageTagProblem('ps')).toBeUndefined();
  });

  it('quotes around true or false, one value in brackets, an address without https://', () => {
    const content = newsroom((c) => {
      const source = join(c, ENVOY);
      replaceIn(source, 'dateline: KABUL', 'dateline: KABUL\ndraft: "false"\ncanonical: example.org/story');
      replaceIn(source, 'section: diplomacy', 'section: [diplomacy]');
      writeFileSync(join(c, 'authors', 'zarlasht-niazai.md'), '---\nname: Zarlasht Niazai\nurl: www.example.org/zarlasht\n---\n');
    });
    const lines = checkNewsroom(content).map((d) => `${d.field}  ${d.message}`);
    expect(lines).toContain('draft  must be true or false, not the text "false"; remove the quotes: draft: false');
    expect(lines).toContain('section  must be text, not a list; one value, without brackets: section: diplomacy');
    expect(lines).toContain('canonical  must be an absolute URL starting with https:// or http://; write https://example.org/story');
    expect(lines).toContain('url  must be an absolute URL starting with https:// or http://; write https://www.example.org/zarlasht');
  });
});

describe('a file named in another script is told a transliterated name (finding 4)', () => {
  it('as npm run new writes it, never "article.md" for every one of them', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'authors', 'نادیه.md'), '---\nname: Nadia\n---\n');
      writeFileSync(join(c, 'authors', 'سوریا.md'), '---\nname: Soraya\n---\n');
      writeFileSync(join(c, 'sections', 'экономика.md'), '---\nname: Экономика\n---\n');
      writeFileSync(join(c, 'sections', '经济.md'), '---\nname: 经济\n---\n');
    });
    const lines = checkNewsroom(content).filter((d) => d.field === 'file').map((d) => d.message);
    expect(lines).toEqual(expect.arrayContaining([
      'file name "نادیه.md" is not a valid id; rename it to "nadih.md" (lower-case a-z, 0-9 and single hyphens)',
      'file name "سوریا.md" is not a valid id; rename it to "suria.md" (lower-case a-z, 0-9 and single hyphens)',
      'file name "экономика.md" is not a valid id; rename it to "ekonomika.md" (lower-case a-z, 0-9 and single hyphens)',
      'file name "经济.md" is not a valid id; rename it to "jing-ji.md" (lower-case a-z, 0-9 and single hyphens)',
    ]));
    expect(lines.join('\n')).not.toMatch(/article(-2)?\.md/);
  });
});

describe('boilerplate every story carries is no evidence of the same story (finding 2)', () => {
  it('a sign-off on every article relates nothing, in one language or across two', () => {
    const signOff = 'Reporting by the Kabul Bureau; editing by the Central Desk in Doha.';
    const docs = Array.from({ length: 12 }, (_, i) =>
      input(`story-${i}`, {
        day: i,
        title: `Story ${['wheat', 'cricket', 'saffron', 'rail', 'water', 'budget', 'schools', 'power', 'roads', 'health', 'mines', 'trade'][i]}`,
        body: `${['Flour', 'Bowlers', 'Farmers', 'Wagons', 'Canals', 'Ministers', 'Teachers', 'Turbines', 'Graders', 'Clinics', 'Quarries', 'Traders'][i]} worked on. ${signOff}`,
        lang: i % 2 ? 'ps' : 'fa-AF',
        tags: [`t${i}`],
      }),
    );
    const related = computeRelated(docs, { count: 4 });
    for (const d of docs) expect(picksOf(related, d.slug), d.slug).toEqual([]);
  });
});
