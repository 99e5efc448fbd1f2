/** Round 26a findings 10, 11, 14 and 16 (helper h26c). */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticles, checkLinesOf, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { lastFirstName } from '#/check/rules/byline-name.ts';
import { unusedOffset } from '#/domain/offsets-in-use.ts';
import { parseNewsDate } from '#/domain/dates.ts';

const body = 'Body text of the story.\n';
const newsroom = newsroomCopies('h26c');
const date = (text: string) => {
  const parsed = parseNewsDate(text, 'Asia/Kabul');
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.date;
};
const SITE = 'https://dateline.example.org';
/** The check's lines with the test newsroom's temporary folder printed as a project's `content/`. */
const check = (files: Record<string, string>) => checkArticles(files).map((l) => l.replace(/(?:\.\.\/)+\S*?\/content\//g, 'content/'));

describe('round 26a #10: a copy of a story being taken down is told to go down too', () => {
  const original = testFrontmatter({ title: '"The original story"' }) + body;
  const copy = (slug: string) => testFrontmatter({ title: '"A copy of it"', canonical: `${SITE}/articles/${slug}/` }) + body;

  it('the original moved into _drafts/: take the copy down first, remove canonical only to keep it on its own', () => {
    const lines = check({ '_drafts/orig-story.md': original, 'copy.md': copy('orig-story') });
    expect(lines).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story/ names the story kept unread at content/articles/2026/11/_drafts/orig-story.md (a name starting with "_" is never published), so readers cannot open it; this article is a copy of that story (its canonical names it): take this copy down too, in the same commit (until then every build stops): move content/articles/2026/11/copy.md into content/articles/2026/11/_drafts/ as well; remove canonical: only if the copy should stand on its own; or move content/articles/2026/11/_drafts/orig-story.md back among the articles to publish it`,
    ]);
    expect(lines[0]).not.toContain('remove the link');
  });

  it('the original made a draft, or deleted: the same order of fixes', () => {
    const drafted = check({ 'orig-story.md': testFrontmatter({ title: '"The original story"', draft: 'true' }) + body, 'copy.md': copy('orig-story') });
    expect(drafted).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story/ points to a draft, which readers cannot open; this article is a copy of that story (its canonical names it): if the story is being taken down, take this copy down too (draft: true, or move content/articles/2026/11/copy.md into content/articles/_drafts/), in the same commit (until then every build stops); remove canonical: only if the copy should stand on its own; or publish the original`,
    ]);
    const deleted = check({ 'copy.md': copy('orig-story-that-was-deleted') });
    expect(deleted).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story-that-was-deleted/ points to an article that does not exist (no content/articles/**/orig-story-that-was-deleted.md); if that story was taken down, this article is a copy of that story (its canonical names it): take this copy down too (move content/articles/2026/11/copy.md into content/articles/_drafts/), or remove canonical: only if the copy should stand on its own; otherwise fix the slug`,
    ]);
  });

  it('a mistyped slug gets its "did you mean" first', () => {
    const [line] = check({ 'copy.md': copy('envoy-lands-in-kabul-ahead-of-doha-rond') });
    expect(line).toContain('points to an article that does not exist (no content/articles/**/envoy-lands-in-kabul-ahead-of-doha-rond.md); fix the slug (did you mean "envoy-lands-in-kabul-ahead-of-doha-round"?); if that story was taken down');
  });

  it('a copy of a published original, and of a renamed one, are told as before', () => {
    expect(check({ 'orig-story.md': original, 'copy.md': copy('orig-story') })).toEqual([]);
    const renamed = check({ 'the-original-story.md': testFrontmatter({ title: '"Orig story"' }) + body, 'copy.md': copy('orig-story') });
    expect(renamed).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story/ points to an article that does not exist (no content/articles/**/orig-story.md); the article content/articles/2026/11/the-original-story.md has the headline that made "orig-story", so the file was probably renamed: write canonical: ${SITE}/articles/the-original-story/`,
    ]);
  });
});

describe('round 26a #11: an offset no place used that year is a warning', () => {
  const at = (published: string, more: Record<string, string> = {}) => check({ 'x.md': testFrontmatter({ published: `"${published}"`, ...more }) + body });

  it('the newsroom\'s offset with the sign slipped, or a minute off, gets the value to write', () => {
    for (const offset of ['-04:30', '+04:31']) {
      const line = `x.md:4:12 published  warning: ${offset} is not an offset any place used in 2026; the newsroom's zone (Asia/Kabul) is +04:30 then: did you mean "2026-11-20T09:00:00+04:30"?`;
      expect(at(`2026-11-20T09:00:00${offset}`)).toEqual([line]);
    }
  });

  it('another unused offset is said, with the newsroom\'s for reference, on updated and corrections too', () => {
    const lines = at('2026-11-20T09:00:00-13:00', { updated: '"2026-11-23T09:00:00+14:01"', corrections: '[{date: "2026-11-22T10:00:00-00:30", text: "Fixed a name."}]' });
    expect(lines).toEqual([
      'x.md:4:12 published  warning: -13:00 is not an offset any place used in 2026; the newsroom\'s zone (Asia/Kabul) is +04:30 then; check the offset',
      'x.md:7:10 updated  warning: +14:01 is not an offset any place used in 2026; the newsroom\'s zone (Asia/Kabul) is +04:30 then; check the offset',
      'x.md:8:22 corrections[0].date  warning: -00:30 is not an offset any place used in 2026; the newsroom\'s zone (Asia/Kabul) is +04:30 then; check the offset',
    ]);
  });

  it('offsets real zones use stay quiet, in their years', () => {
    for (const offset of ['Z', '+00:00', '-00:00', '+04:30', '+05:45', '-03:30', '+08:45', '+12:45', '+13:45', '+14:00', '-09:30', '+05:30', '-02:30', '+10:30']) {
      expect(at(`2026-11-20T09:00:00${offset}`), offset).toEqual([]);
    }
    // Venezuela's -04:30 until 2016; Kabul's +04:00 in 1930; Kiritimati's +14:00 in 2000.
    expect(at('2015-11-20T09:00:00-04:30')).toEqual([]);
    expect(unusedOffset(date('1930-06-01T09:00:00+04:00'), 'Asia/Kabul')).toBeUndefined();
    expect(unusedOffset(date('2000-01-01T08:00:00+14:00'), 'Asia/Kabul')).toBeUndefined();
    // Local mean time has seconds: Kabul's +04:36:48 in 1880 may be written +04:36 or +04:37.
    expect(unusedOffset(date('1880-06-01T09:00:00+04:37'), 'Asia/Kabul')).toBeUndefined();
    expect(unusedOffset(date('1880-06-01T09:00:00+04:36'), 'Asia/Kabul')).toBeUndefined();
    // A date alone takes the newsroom's offset.
    expect(at('2026-11-20')).toEqual([]);
  });

  it('front.md\'s until is told too', () => {
    const content = newsroom((c) => writeFileSync(join(c, 'front.md'), '---\nlead: {slug: envoy-lands-in-kabul-ahead-of-doha-round, until: "2026-12-20T09:00:00-04:30"}\n---\n'));
    expect(checkLinesOf(content, 'front.md')).toEqual([
      '2:63 lead.until  warning: -04:30 is not an offset any place used in 2026; the newsroom\'s zone (Asia/Kabul) is +04:30 then: did you mean "2026-12-20T09:00:00+04:30"?',
    ]);
  });
});

describe('round 26a #14: a number or boolean as a tag gets the quoted list to write', () => {
  const tagged = (tags: string) => check({ 't.md': testFrontmatter({ tags }) + body });

  it('each such item of a flow list is quoted in the list the line gives', () => {
    expect(tagged('[2026, 9/11, true]')).toEqual([
      't.md:7:8 tags[0]  must be text, not the number 2026; to make "2026" a topic, write it in quotes: tags: ["2026", 9/11, "true"]',
      't.md:7:20 tags[2]  must be text, not the boolean true; to make "true" a topic, write it in quotes: tags: ["2026", 9/11, "true"]',
    ]);
    expect(tagged('["Kabul", 1979]')).toEqual(['t.md:7:17 tags[1]  must be text, not the number 1979; to make "1979" a topic, write it in quotes: tags: ["Kabul", "1979"]']);
  });

  it('an item of a list of one a line gets its own line to write', () => {
    expect(tagged('\n  - rail\n  - 2026')).toEqual(['t.md:9:5 tags[1]  must be text, not the number 2026; to make "2026" a topic, write it in quotes: - "2026"']);
  });

  it('quoted numbers and words are topics, quietly', () => {
    expect(tagged('["2026", "9/11", "true", rail]')).toEqual([]);
  });
});

describe('round 26a #16: an author name pasted "Last, First" is a warning', () => {
  it('on the name, with the name in reading order', () => {
    const content = newsroom((c) => replaceIn(join(c, 'authors/nadia-rahyab.md'), 'name: Nadia Rahyab', 'name: Rahyab, Nadia'));
    expect(checkLinesOf(content, 'authors/nadia-rahyab.md')).toEqual([
      '2:7 name  warning: "Rahyab, Nadia" looks like "Last, First"; bylines print names as written and join several with commas, so it reads as two people; write name: Nadia Rahyab',
    ]);
    expect(lastFirstName('van der Berg, Anna K.')).toContain('write name: Anna K. van der Berg');
    expect(lastFirstName("O'Neil,  Mary-Jane")).toContain("write name: Mary-Jane O'Neil");
    expect(lastFirstName('رهیاب، نادیه')).toContain('write name: نادیه رهیاب');
  });

  it('ordinary names, suffixes and other commas stay quiet', () => {
    for (const name of ['Nadia Rahyab', 'Martin Luther King, Jr.', 'Martin Luther King Jr', 'Sammy Davis, Jr', 'Henry Ford, II', 'Nadia Rahyab, PhD', 'King, Jr., Martin', 'وحید تنین', '李小龍', 'Staff, 2026', 'Kabul Desk, Koh-e-Baba Wire and Partners', 'A, ', ', Nadia']) {
      expect(lastFirstName(name), name).toBeUndefined();
    }
  });
});
