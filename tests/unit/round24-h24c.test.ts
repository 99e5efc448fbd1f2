/** Round 24a findings 3, 4, 7, 8, 11, 12 and round 24b finding 6 (helper h24c). */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkArticles, checkLinesOf, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { tagSlug } from '#/domain/urls.ts';
import { bylineWordInName } from '#/check/rules/byline-name.ts';
import { buildNewsroom } from '#/domain/newsroom.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

const newsroom = newsroomCopies('h24c');

const body = 'Body text of the story.\n';
const tagged = (tags: string) => testFrontmatter({ tags }) + body;

describe('round 24a #4: dashes that read as a hyphen make no second topic', () => {
  it('folds the non-breaking hyphen, figure dash, en and em dash and minus to "-" in the topic URL', () => {
    expect(tagSlug('COVID\u201119')).toBe('covid-19');
    expect(tagSlug('Kabul\u2013Tashkent rail')).toBe('kabul-tashkent-rail');
    expect(tagSlug('Kabul \u2014 Tashkent')).toBe('kabul-tashkent');
    expect(tagSlug('COVID\u221219')).toBe(tagSlug('COVID-19'));
    expect(tagSlug('COVID-19')).toBe('covid-19');
  });

  it('a spelling with U+2011 is one topic with "COVID-19", and its line names the character', () => {
    expect(checkArticles({ 't1.md': tagged('["COVID-19"]'), 't2.md': tagged('["COVID-19"]'), 't3.md': tagged('["COVID\u201119"]') })).toEqual([
      't3.md:7:8 tags[0]  tag "COVID\u201119" (it holds U+2011 (non-breaking hyphen) where "COVID-19" has "-") is the topic /tags/covid-19/, which 2 articles spell "COVID-19"; a topic has one spelling: write "COVID-19" (a different topic needs different letters, not just different case or punctuation)',
    ]);
  });

  it('an en dash and a hyphen in one article are one topic, told as a repeat', () => {
    expect(checkArticles({ 't4.md': tagged('["Kabul\u2013Tashkent rail", "Kabul-Tashkent rail"]') })).toEqual([
      't4.md:7:31 tags[1]  tag "Kabul-Tashkent rail" repeats "Kabul\u2013Tashkent rail" (both are the topic /tags/kabul-tashkent-rail/); remove the repeat',
    ]);
  });
});

describe('round 24b #6: look-alike topics in Armenian, Cherokee or IPA letters are errors, as Cyrillic ones are', () => {
  it('a word mixing Latin with Armenian or Cherokee letters is an error naming the letter', () => {
    const lines = checkArticles({ 'l1.md': tagged('["t\u0585rkham", "ra\u13A5l"]') });
    expect(lines).toEqual([
      expect.stringMatching(/^l1\.md:7:\d+ tags\[0\]  tag "tօrkham" mixes scripts in the word "tօrkham": "օ" \(U\+0585\) is Armenian, the rest Latin; .* retype the word in one script$/),
      expect.stringMatching(/^l1\.md:7:\d+ tags\[1\]  tag "raᎥl" mixes scripts in the word "raᎥl": "Ꭵ" \(U\+13A5\) is Cherokee, the rest Latin; /),
    ]);
    expect(lines.join('\n')).not.toContain('content/tags/');
  });

  it('a tag with an IPA letter reading as an existing topic is an error, with no topic file offered', () => {
    const lines = checkArticles({ 'l2.md': tagged('[trade]'), 'l3.md': tagged('[trade]'), 'l4.md': tagged('["tr\u0251de"]') });
    expect(lines).toEqual([
      'l4.md:7:8 tags[0]  tag "trɑde" looks like the topic "trade" (/tags/trade/) but is written with letters that only look Latin ("ɑ" (U+0251) is IPA), which would make a second topic page; write "trade"',
    ]);
  });

  it('a Cherokee word reading as an existing topic is an error too', () => {
    const lines = checkArticles({ 'l5.md': tagged('[rail]'), 'l6.md': tagged('[rail]'), 'l7.md': tagged('["\u13A1\u13AA\u13A5\u13DE"]') });
    expect(lines).toEqual([
      'l7.md:7:8 tags[0]  tag "ᎡᎪᎥᏞ" looks like the topic "rail" (/tags/rail/) but is written with letters that only look Latin ("Ꭱ" (U+13A1), "Ꭺ" (U+13AA), "Ꭵ" (U+13A5) and 1 more are Cherokee), which would make a second topic page; write "rail"',
    ]);
  });
});

describe('round 24a #7: an author name starting with the byline word', () => {
  it('"By Nadia Rahyab" is a warning with the name alone', () => {
    const content = newsroom((c) => replaceIn(join(c, 'authors/nadia-rahyab.md'), 'name: Nadia Rahyab', 'name: By Nadia Rahyab'));
    expect(checkLinesOf(content, 'authors/nadia-rahyab.md')).toEqual([
      '2:7 name  warning: the name "By Nadia Rahyab" starts with "By", which every byline already prints before the names ("By By Nadia Rahyab"); write the name alone: name: Nadia Rahyab',
    ]);
  });

  it('reads the Pashto and Dari byline words too, and leaves names that only begin with the letters', () => {
    expect(bylineWordInName('BY: Nadia Rahyab')).toContain('write the name alone: name: Nadia Rahyab');
    expect(bylineWordInName('لیکوال: وحید تنین')).toContain('name: وحید تنین');
    expect(bylineWordInName('Byron Khan')).toBeUndefined();
    expect(bylineWordInName('By')).toBeUndefined();
    expect(bylineWordInName('Nadia Rahyab')).toBeUndefined();
  });
});

describe('round 24a #8: a dateline repeated in the body, in the Arabic, Hindi and Chinese wire forms', () => {
  const dated = (lang: string, dateline: string, text: string) => testFrontmatter({ lang, dateline, published: '"2026-11-05T09:30:00+04:30"' }) + text + '\n';
  it('a spaced tatweel is the dash of Arabic and Pashto wire copy', () => {
    expect(checkArticles({ 'd1.md': dated('ar', 'كابول', 'كابول ـ قال مسؤولون إن الوفد التقى وزير التجارة.') })).toEqual([
      'd1.md:11:1 body  the body starts with the dateline again ("كابول ـ"), which the page already prints from "dateline: كابول"; remove it from the body',
    ]);
    expect(checkArticles({ 'd2.md': dated('ps', 'کابل', 'کابل ـ چارواکو وویل چې پلاوي د سوداګرۍ له وزیر سره ولیدل.') })[0]).toContain('("کابل ـ")');
    // Joined to a letter, the tatweel only stretches the word: a sentence about the place stays prose.
    expect(checkArticles({ 'd3.md': dated('ar', 'كابول', 'كابولـ مدينة كبيرة يسكنها الملايين.') })).toEqual([]);
  });

  it('a Hindi date before the dash, and the Chinese wire form with 电', () => {
    expect(checkArticles({ 'd4.md': dated('hi', 'काबुल', 'काबुल, 5 नवंबर — अधिकारियों ने कहा कि प्रतिनिधिमंडल ने मंत्री से मुलाकात की।') })[0]).toContain('("काबुल, 5 नवंबर —")');
    expect(checkArticles({ 'd5.md': dated('zh', '喀布尔', '喀布尔11月5日电 — 官员说，代表团会见了商务部长。') })[0]).toContain('("喀布尔11月5日电 —")');
    expect(checkArticles({ 'd6.md': dated('zh', '喀布尔', '喀布尔11月5日电（记者 王明）官员说，代表团会见了商务部长。') })[0]).toContain('("喀布尔11月5日电（记者 王明）")');
    // 电力 is "electricity": a sentence, not a dateline.
    expect(checkArticles({ 'd7.md': dated('zh', '喀布尔', '喀布尔11月5日电力供应中断了三个小时。') })).toEqual([]);
  });
});

describe('round 24a #12: corrections read in date order', () => {
  it('the page and the feeds get them oldest first, whatever order the file lists them in', async () => {
    const corrections = [
      { date: '2026-05-20T09:00:00+04:30', text: 'A later correction fixed the tonnage.' },
      { date: '2026-05-07', text: 'An earlier correction fixed the name of the minister.' },
      { date: '2026-05-10 12:00+04:30', text: 'A middle correction fixed the day.' },
    ];
    const n = await buildNewsroom(source([article('c', { published: '2026-05-05T09:30:00+04:30', corrections })]), build);
    const a = n.bySlug.get('c');
    expect(a?.data.corrections.map((c) => c.text)).toEqual([corrections[1]?.text, corrections[2]?.text, corrections[0]?.text]);
    // The newest is still the last modification.
    expect(a?.modified.iso).toBe('2026-05-20T09:00:00+04:30');
  });
});

describe('round 24a #3: a pin to an article in another language is on the page, in the editor\'s order', () => {
  it('the newsroom keeps every pin, whichever language each side is in (the page shows the newsroom\'s list)', async () => {
    const n = await buildNewsroom(
      source([
        article('en-story', { published: '2026-05-01T09:00:00Z', related: ['one', 'pashto', 'dari', 'two'] }),
        article('one', { published: '2026-05-02T09:00:00Z' }),
        article('pashto', { published: '2026-05-03T09:00:00Z', lang: 'ps' }),
        article('dari', { published: '2026-05-04T09:00:00Z', lang: 'fa-AF' }),
        article('two', { published: '2026-05-05T09:00:00Z' }),
        article('ar-story', { published: '2026-05-06T09:00:00Z', lang: 'ar', related: ['two', 'pashto'] }),
      ]),
      build,
    );
    expect(n.relatedFor('en-story').map((a) => a.slug)).toEqual(['one', 'pashto', 'dari', 'two']);
    expect(n.relatedFor('ar-story').map((a) => a.slug).slice(0, 2)).toEqual(['two', 'pashto']);
  });
});

describe('round 24a #11: a pin or link to a story taken down into _drafts/ or renamed says where it went', () => {
  const story = (title: string) => testFrontmatter({ title }) + body;
  it('a story kept unread in _drafts/: the pin and the link name the file and the edit', () => {
    const lines = checkArticles({
      '_drafts/border-crossing-shut-after-exchange-of-fire.md': story('Border crossing shut after exchange of fire'),
      'p1.md': testFrontmatter({ related: '[border-crossing-shut-after-exchange-of-fire]' }) + 'The [closure began on Tuesday](./border-crossing-shut-after-exchange-of-fire.md), and [again](/articles/border-crossing-shut-after-exchange-of-fire/).\n',
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^p1\.md:7:11 related\[0\]  no article has the slug "border-crossing-shut-after-exchange-of-fire": the story is kept unread at \S*content\/articles\/2026\/11\/_drafts\/border-crossing-shut-after-exchange-of-fire\.md \(a name starting with "_" is never published\), so readers cannot open it; remove the pin \(in the same commit when taking the story down: until then every build stops\), or move the file back among the articles to publish it$/);
    expect(lines[1]).toMatch(/ link .*which does not exist; the story is kept unread at \S*_drafts\/border-crossing-shut-after-exchange-of-fire\.md .*; remove the link \(in the same commit/);
    expect(lines[2]).toMatch(/ link .*points to an article that does not exist \(no content\/articles\/\*\*\/border-crossing-shut-after-exchange-of-fire\.md\); the story is kept unread at /);
  });

  it('a renamed file whose headline made the old slug is named, with the new slug to write', () => {
    const lines = checkArticles({
      'torkham-shut-after-exchange-of-fire.md': story('Border crossing shut after overnight exchange of fire'),
      'p2.md': testFrontmatter({ related: '[border-crossing-shut-after-overnight-exchange-of-fire]' }) + 'The [closure](./border-crossing-shut-after-overnight-exchange-of-fire.md) and [again](/articles/border-crossing-shut-after-overnight-exchange-of-fire/).\n',
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^p2\.md:7:11 related\[0\]  no article has the slug "border-crossing-shut-after-overnight-exchange-of-fire"; the article \S*torkham-shut-after-exchange-of-fire\.md has the headline that made it, so the file was probably renamed: write "torkham-shut-after-exchange-of-fire"$/);
    expect(lines[1]).toMatch(/so the file was probably renamed: link to \.\/torkham-shut-after-exchange-of-fire\.md$/);
    expect(lines[2]).toMatch(/so the file was probably renamed: link to \/articles\/torkham-shut-after-exchange-of-fire\/$/);
  });
});
