/**
 * Round 11 (blind, issue 10), findings 5 (second half), 8, 9 and 10: a slip in one correction no longer hides its
 * valid neighbours' date findings; a tag list past its limit is judged for its first 20 tags only, and the
 * near-miss search is bounded; a link with no address is one line; an image path that names a folder gets no
 * nonsense fix.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imagePathSpelling } from '#/check/rules/image-path.ts';
import { MAX_CANDIDATES, NearMissIndex, similar } from '#/check/rules/tag-near-miss.ts';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { prng } from '../../scripts/seeded-random.mjs';
import { checkLinesOf } from '../helpers/check-bodies.ts';

const newsroom = newsroomCopies('r11a');
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const ENVOY = 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md';

/** The lines the check prints for one file of a copy of the test newsroom changed by `edit`. */
function linesFor(file: string, edit: (content: string) => void): string[] {
  const content = newsroom(edit);
  return checkLinesOf(content, file);
}

const addToWheat = (lines: string) => (c: string) => replaceIn(join(c, WHEAT), 'section: economy\n', `section: economy\n${lines}`);
const BEFORE = (date: string) => `${date} is before the article was published (2026-10-12T09:15:00+04:30); fix the correction's date`;

describe('a slip in one correction does not hide its neighbours\' dates (finding 5, second half)', () => {
  it('a correction written as a list beside one dated before publication: both lines, at their own index', () => {
    const lines = linesFor(WHEAT, addToWheat('corrections: [[a], {date: "2026-10-01", text: ok}, {date: "2026-10-13", text: fine}]\n'));
    expect(lines).toContain('8:15 corrections[0]  must be a set of "field: value" lines, not a list');
    expect(lines).toContain(`8:27 corrections[1].date  ${BEFORE('2026-10-01')}`);
    expect(lines).toHaveLength(2);
  });

  it('a bad text beside (or after) a correction dated before publication', () => {
    for (const list of ['[{date: "2026-10-01", text: before}, {date: "2026-10-13", text: [x]}]', '[{date: "2026-10-13", text: [x]}, {date: "2026-10-01", text: before}]']) {
      const lines = linesFor(WHEAT, addToWheat(`corrections: ${list}\n`));
      expect(lines.some((l) => /^8:\d+ corrections\[[01]\]\.text {2}must be text/.test(l)), lines.join('\n')).toBe(true);
      expect(lines.filter((l) => l.includes(BEFORE('2026-10-01'))), lines.join('\n')).toHaveLength(1);
    }
  });

  it('the valid date of a correction whose text failed is still judged; a date that failed is not', () => {
    const lines = linesFor(WHEAT, addToWheat('corrections: [{date: "2026-10-02", text: [x]}, {date: [x], text: ok}, {date: null, text: null}]\n'));
    expect(lines).toContain(`8:22 corrections[0].date  ${BEFORE('2026-10-02')}`);
    expect(lines.filter((l) => l.includes('is before'))).toHaveLength(1);
  });

  it('"updated" before "published" is reported beside another field\'s slip', () => {
    const lines = linesFor(WHEAT, (c) => {
      replaceIn(join(c, WHEAT), 'section: economy\n', 'section: economy\nupdated: "2026-10-11T17:00:00+04:30"\n');
      replaceIn(join(c, WHEAT), 'dateline: KABUL\n', 'dateline: [KABUL]\n');
    });
    expect(lines).toContain('8:10 updated  2026-10-11T17:00:00+04:30 is before published (2026-10-12T09:15:00+04:30); fix the date or remove "updated"');
    expect(lines.some((l) => l.startsWith('6:11 dateline  '))).toBe(true);
  });

  it('a file with no other slip gets the line once', () => {
    const lines = linesFor(WHEAT, addToWheat('corrections: [{date: "2026-10-01", text: ok}]\n'));
    expect(lines).toEqual([`8:22 corrections[0].date  ${BEFORE('2026-10-01')}`]);
  });
});

describe('a list past its limit is judged for its first items only (finding 8)', () => {
  it('25 tags: the limit once, then the first 20 tags judged, the rest not', () => {
    const tags = Array.from({ length: 25 }, (_, i) => (i === 3 || i === 22 ? '"!!!"' : `topic ${String.fromCharCode(97 + i)}`));
    const lines = linesFor(WHEAT, (c) => replaceIn(join(c, WHEAT), 'tags: [wheat, food prices]', `tags: [${tags.join(', ')}]`));
    expect(lines.filter((l) => l.includes('lists 25 tags; at most 20 are allowed'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('tags[3]  tag "!!!" has no letters or digits'))).toBe(true);
    expect(lines.some((l) => l.includes('tags[22]'))).toBe(false);
  });

  it('30 related pins: only the first 20 are looked up', () => {
    const related = Array.from({ length: 30 }, (_, i) => `no-such-story-${i}`);
    const lines = linesFor(WHEAT, addToWheat(`related: [${related.join(', ')}]\n`));
    expect(lines.filter((l) => l.includes('lists 30 related articles'))).toHaveLength(1);
    expect(lines.filter((l) => /related\[\d+\] {2}no article has the slug/.test(l))).toHaveLength(20);
  });

  it('the near-miss search is bounded: 9,000 five-letter tags against 9,000 such topics', () => {
    // The tester's recipe: 9,000 random 5-letter topics; each tag is one of them with its last letter changed.
    const next = prng(1);
    const letter = () => String.fromCharCode(97 + Math.floor(next() * 26));
    const topics = [...new Set(Array.from({ length: 9000 }, () => Array.from({ length: 5 }, letter).join('')))];
    const index = new NearMissIndex(topics);
    let found = 0;
    for (const topic of topics) {
      const last = topic.at(-1)!;
      const tag = topic.slice(0, -1) + (last === 'z' ? 'a' : String.fromCharCode(last.charCodeAt(0) + 1));
      if (index.candidates(tag).some((t) => t === topic && similar(tag, t))) found++;
    }
    // Every near miss is still found (the index is a superset of the topics one edit away) …
    expect(found).toBe(topics.length);
    // … with a few dozen comparisons a tag; pieces of one or two letters made 1,082 (9.7 million in all).
    expect(index.compared / topics.length).toBeLessThan(100);
  });

  it('no tag is compared with more than MAX_CANDIDATES topics, however alike the topics are', () => {
    const topics = Array.from({ length: 9000 }, (_, i) => `item-${String(i).padStart(4, '0')}`);
    const index = new NearMissIndex(topics);
    expect(index.candidates('item-0042x').length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(index.candidates('item-0042x')).toContain('item-0042');
  });
});

describe('a link with no address (finding 9)', () => {
  it('is one line for each form; "#" and "#top" pass', () => {
    const lines = linesFor(WHEAT, (c) =>
      replaceIn(join(c, WHEAT), 'Agriculture officials said', 'A [e1](<>) b [e2]() c <a href>e3</a> d <a href="">e4</a> e [top](#) f [up](#top).\n\nAgriculture officials said'),
    );
    expect(lines).toEqual([
      '15:3 link  link [e1] has no address; paste the URL between the brackets, or remove the link',
      '15:14 link  link [e2] has no address; paste the URL between the brackets, or remove the link',
      '15:23 link  link [e3] (<a href="">) has no address; paste the URL between the quotes of href="", or remove the link',
      '15:40 link  link [e4] (<a href="">) has no address; paste the URL between the quotes of href="", or remove the link',
    ]);
  });
});

describe('an image with no path', () => {
  it('is one line, in both forms', () => {
    const lines = linesFor(WHEAT, (c) => replaceIn(join(c, WHEAT), 'Agriculture officials said', 'A ![Sac]() b ![Sacks](<>).\n\nAgriculture officials said'));
    expect(lines).toEqual([
      '15:3 body  image ![Sac]() has no path; write the path of the photo file between the brackets (e.g. ./images/photo.jpg), or remove the image',
      '15:14 body  image ![Sacks](<>) has no path; write the path of the photo file between the brackets (e.g. ./images/photo.jpg), or remove the image',
    ]);
  });
});

describe('an image path that names a folder (finding 10)', () => {
  const FOLDER = 'not an image file';
  it.each([
    ['.', "the article's own folder"],
    ['./', "the article's own folder"],
    ['./images/envoy-arrival.png/..', '"./images"'],
    ['./images/.', '"./images"'],
    ['./images/', '"./images"'],
    ['..', '"./.."'],
    ['../', '"./.."'],
    ['images/..', "the article's own folder"],
    ['.\\', "the article's own folder"],
  ])('%s names a folder (%s), with no "write" fix', (path, folder) => {
    const line = imagePathSpelling(path);
    expect(line).toBe(`"${path}" names a folder, ${FOLDER} (it is ${folder}); write the path of the photo file inside it`);
  });

  it.each([
    ['./images/envoy-arrival.png/', './images/envoy-arrival.png'],
    ['./images/envoy-arrival.png/.', './images/envoy-arrival.png'],
    ['./images//envoy-arrival.png', './images/envoy-arrival.png'],
  ])('%s still gets the file to write', (path, fix) => {
    expect(imagePathSpelling(path)).toContain(`write "${fix}"`);
  });

  it('as a lead image and a body image, through the check', () => {
    const lines = linesFor(ENVOY, (c) => {
      replaceIn(join(c, ENVOY), 'src: ./images/envoy-arrival.png', 'src: ./images/envoy-arrival.png/..');
    });
    expect(lines.some((l) => l.includes('image.src  "./images/envoy-arrival.png/.." names a folder, not an image file (it is "./images"); write the path of the photo file inside it'))).toBe(true);
  });
});
