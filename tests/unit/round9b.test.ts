/**
 * Round 9 findings 1, 2, 4, 5 and 6 (issue 10): near-miss tags found through an index (the same answers as
 * comparing every pair), a `#` at the start of a wrapped line of a plain value, canonicals that chain or loop,
 * list-count rules only on real lists, and a single `~` that strikes nothing through. The bad-content fixtures
 * `yaml-comment-on-continuation-line`, `canonical-loop-and-chain`, `canonical-to-a-copy` and
 * `lists-written-as-text` run the same cases through `check:content` and the build; tests/unit/stress-tags.test.ts
 * runs the tester's newsroom-scale tag cases.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { checkContent } from '#/check/content-check.ts';
import { canonicalChainProblem } from '#/check/rules/canonical-chain.ts';
import { NearMissIndex, similar } from '#/check/rules/tag-near-miss.ts';
import { findCommentsInText } from '#/check/rules/yaml-comment.ts';
import { frontSchema } from '#/schemas/front.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const ENVOY = 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md';
const TRANSIT = 'articles/2026/11/transit-talks-open-in-doha-with-trade-on-the-agenda.md';
const SITE = 'https://dateline.example.org';
const NOW = Date.parse('2026-11-29T12:00:00Z');

const newsroom = newsroomCopies('r9b');
const lines = (content: string) =>
  checkContent({ root: ROOT, contentDir: content, visibility: { now: NOW, includeDrafts: false } }).diagnostics.map((d) => `${d.file.replace(/^.*content\//, '')}:${d.line ?? 0} ${d.field}  ${d.message}`);

describe('near-miss tags through an index (finding 1)', () => {
  /** A seeded generator, so a failure names the same words every run. */
  function random(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
  }

  it('names exactly the topics that comparing with every topic finds', () => {
    const next = random(42);
    // A small alphabet and short words: many topics are near each other, the hard case for an index.
    const letters = 'abcde-';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join('');
    const topics = Array.from({ length: 1500 }, () => word(3 + Math.floor(next() * 12)));
    const index = new NearMissIndex(topics);
    const mutate = (w: string) => {
      const chars = [...w];
      const edits = Math.floor(next() * 4);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(next() * (chars.length + 1));
        const kind = Math.floor(next() * 4);
        if (kind === 0) chars.splice(at, 1);
        else if (kind === 1) chars.splice(at, 0, letters[Math.floor(next() * 5)]!);
        else if (kind === 2) chars[at] = letters[Math.floor(next() * 5)]!;
        else chars.push(...word(1 + Math.floor(next() * 4)).replace(/-/g, 'a'));
      }
      return chars.join('');
    };
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      const tag = mutate(topics[Math.floor(next() * topics.length)]!);
      const everyTopic = [...new Set(topics)].filter((t) => similar(tag, t));
      const indexed = index.candidates(tag).filter((t) => similar(tag, t));
      expect(indexed, tag).toEqual(everyTopic);
      found += indexed.length;
    }
    expect(found).toBeGreaterThan(500);
  });

  it('keeps the rules: an ending of letters, one edit under 8 letters, two from 8', () => {
    const index = new NearMissIndex(['rail', 'winter-fuel-prices', 'iran', 'doha-talks']);
    const near = (tag: string) => index.candidates(tag).filter((t) => similar(tag, t));
    expect(near('railways')).toEqual(['rail']);
    expect(near('winter-fuel-prises')).toEqual(['winter-fuel-prices']);
    expect(near('wintr-fuel-prises')).toEqual(['winter-fuel-prices']);
    expect(near('wintr-fuol-prises')).toEqual([]);
    expect(near('iraq')).toEqual(['iran']);
    expect(near('iris')).toEqual([]); // two edits in a four-letter word: another word
    expect(near('doha')).toEqual([]); // "doha-talks" is "doha" plus more than four letters
  });
});

describe('a "#" that starts a wrapped line of a plain value (finding 6)', () => {
  it('a continuation line starting with "#2" or "#MeToo" is refused, showing the whole value quoted on one line', () => {
    const yaml = 'title: Kabul talks\n  #2 resume after a week\ndescription: The second round of talks\n  #MeToo campaigners joined the crowd.\nsection: economy\n';
    const found = findCommentsInText(yaml);
    expect(found.map((f) => [f.field, yaml.slice(f.offset, f.offset + 2)])).toEqual([
      ['title', '#2'],
      ['description', '#M'],
    ]);
    expect(found[0]?.message).toContain('"#2 resume after a week" and anything after it would be dropped');
    expect(found[0]?.message).toMatch(/put the whole value in quotes on one line: title: "Kabul talks #2 resume after a week"$/);
    expect(found[1]?.message).toMatch(/description: "The second round of talks #MeToo campaigners joined the crowd\."$/);
  });

  it('on the third line, after a blank line, and " #" inside a continuation line', () => {
    expect(findCommentsInText('description: The second round\n  of talks ended\n  #without a deal, officials said.\n')[0]?.message).toMatch(/description: "The second round of talks ended #without a deal, officials said\."$/);
    expect(findCommentsInText('description: The second round\n\n  #2 of talks ended.\n')[0]?.message).toMatch(/description: "The second round #2 of talks ended\."$/);
    expect(findCommentsInText('description: The second round\n  of talks #2 ended.\n')[0]?.message).toMatch(/"#2 ended\." and anything after it/);
    expect(findCommentsInText('image:\n  src: ./a.png\n  alt: A crowd\n    #MeToo banners\n').map((f) => f.field)).toEqual(['alt']);
    expect(findCommentsInText('title:\n  Kabul talks\n  #2 resume\n')[0]?.message).toMatch(/title: "Kabul talks #2 resume"$/);
  });

  it('a "# note" comment, quoted values, block scalars, lists and the next field are left alone', () => {
    expect(findCommentsInText('title: Kabul talks\n  # a note for the desk\ndescription: x\n')).toEqual([]);
    expect(findCommentsInText('title: "Kabul talks\n  #2 resume"\n')).toEqual([]);
    expect(findCommentsInText('description: |\n  Line one\n  #2 line two\n')).toEqual([]);
    expect(findCommentsInText('title:\n  - a\n  #b\n')).toEqual([]);
    expect(findCommentsInText('title: Kabul talks\n#2 not indented: a comment line of its own\n')).toEqual([]);
    expect(findCommentsInText('section: economy\n  #2\n')).toEqual([]);
  });

  it('through the check: one line per value, at the line of the "#"', () => {
    const content = newsroom((c) => replaceIn(join(c, WHEAT), 'title: Wheat prices ease as northern harvest reaches Kabul markets\n', 'title: Wheat prices ease\n  #2 as harvest reaches Kabul\n'));
    expect(lines(content)).toEqual([expect.stringMatching(/^articles\/2026\/10\/wheat-.*:3 title {2}the value goes on over several lines.*title: "Wheat prices ease #2 as harvest reaches Kabul"$/)]);
  });
});

describe('canonicals that chain or loop (finding 2)', () => {
  const url = (slug: string) => `${SITE}/articles/${slug}/`;
  const of = (map: Record<string, string>) => (slug: string) => map[slug];

  it('names the original at the end of a chain, on this site or elsewhere', () => {
    expect(canonicalChainProblem('c', 'a', of({}), SITE)).toBeUndefined();
    expect(canonicalChainProblem('c', 'a', of({ a: url('b') }), SITE)).toMatch(/itself has a canonical \("c" → "a" → "b"\); a canonical must name the original, so write canonical: https:\/\/dateline\.example\.org\/articles\/b\/$/);
    expect(canonicalChainProblem('c', 'a', of({ a: url('b'), b: 'https://wire.example.com/story' }), SITE)).toMatch(/"c" → "a" → "b" → https:\/\/wire\.example\.com\/story\); .* write canonical: https:\/\/wire\.example\.com\/story$/);
  });

  it('says so for a loop back to the article, and for a loop further on', () => {
    expect(canonicalChainProblem('a', 'b', of({ b: url('a') }), SITE)).toMatch(/leads back to this article \("a" → "b" → "a"\): a loop/);
    expect(canonicalChainProblem('c', 'a', of({ a: url('b'), b: url('a') }), SITE)).toMatch(/goes round a loop \("c" → "a" → "b" → "a"\)/);
  });

  it('through the check: both articles of a loop and the one pointing into it get a line', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, ENVOY), '\n---\n', `\ncanonical: ${url('transit-talks-open-in-doha-with-trade-on-the-agenda')}\n---\n`);
      replaceIn(join(c, TRANSIT), '\n---\n', `\ncanonical: ${url('envoy-lands-in-kabul-ahead-of-doha-round')}\n---\n`);
      replaceIn(join(c, WHEAT), '\n---\n', `\ncanonical: ${url('envoy-lands-in-kabul-ahead-of-doha-round')}\n---\n`);
    });
    const out = lines(content).filter((l) => l.includes(' canonical  '));
    expect(out).toHaveLength(3);
    expect(out.find((l) => l.startsWith(ENVOY))).toMatch(/leads back to this article/);
    expect(out.find((l) => l.startsWith(TRANSIT))).toMatch(/leads back to this article/);
    expect(out.find((l) => l.startsWith(WHEAT))).toMatch(/goes round a loop/);
  });
});

describe('list-count rules only on real lists (finding 5)', () => {
  it('a list written as text gets only "must be a list", whatever its length', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, WHEAT), 'tags: [wheat, food prices]', 'tags: fuel prices, winter, food prices');
      replaceIn(join(c, WHEAT), '\n---\n', `\ncorrections: ${'An earlier version misstated the price of flour. '.repeat(2)}\n---\n`);
      replaceIn(join(c, TRANSIT), 'authors: [nadia-rahyab, zarlasht-niazai]', 'authors: nadia-rahyab, zarlasht-niazai');
      replaceIn(join(c, TRANSIT), 'related: [envoy-lands-in-kabul-ahead-of-doha-round]', 'related: envoy-lands-in-kabul-ahead-of-doha-round');
    });
    const out = lines(content);
    for (const field of ['tags', 'corrections', 'authors', 'related']) {
      const mine = out.filter((l) => l.includes(` ${field}  `));
      // corrections are shown the { date, text } entry to write, not "[a, b]" (round 36g #2).
      expect(mine, field).toEqual([expect.stringContaining(field === 'corrections' ? 'must be a list of { date, text } entries, not the text' : 'must be a list (e.g. [a, b] or one "- item" per line), not the text')]);
    }
    expect(out.filter((l) => / lists \d+ /.test(l))).toEqual([]);
  });

  it('front.md: top stories written as text get only "must be a list"; a long list with a bad pick gets both lines', () => {
    const messages = (top: unknown) => frontSchema.safeParse({ top }).error?.issues.map((i) => i.message) ?? [];
    expect(messages('torkham-reopens, doha-round-ends, envoy-visit')).toEqual([expect.stringMatching(/expected array/)]);
    expect(messages(['a', 'b', 'c', 'd', 'e', 'Not A Slug'])).toEqual([expect.stringMatching(/^must be an id/), expect.stringMatching(/^lists more than 4 stories/)]);
  });

  it('a real list over the limit is still counted', () => {
    const content = newsroom((c) => replaceIn(join(c, WHEAT), 'tags: [wheat, food prices]', `tags: [${Array.from({ length: 21 }, (_, i) => `topic ${i}`).join(', ')}]`));
    expect(lines(content)).toContainEqual(expect.stringMatching(/ tags {2}lists 21 tags; at most 20 are allowed/));
  });
});

describe('a single "~" is a character, not strikethrough (finding 4)', () => {
  for (const mode of ['fast', 'reference'] as const) {
    it(`${mode} pipeline: "5~10 tonnes, and 20~30" keeps both ranges; "~~" still strikes through`, () => {
      const render = createMarkdownRenderer(mode);
      const html = render('From 5~10 tonnes, and 20~30 tonnes; ~about~ right.').html;
      expect(html).not.toContain('<del>');
      expect(html).toContain('5~10 tonnes, and 20~30 tonnes');
      expect(html).toContain('~about~');
      expect(render('The ~~old~~ new figure.').html).toContain('<del>old</del>');
    });
  }
});
