/**
 * Newsroom-scale worst cases for the tag rules: thousands of established topics (three-word names, as real topics
 * are: "regional contact group", "winter fuel prices") and articles whose every tag is a new spelling a few
 * letters away from one of them. Comparing each new tag with each topic made the check quadratic (round 9,
 * finding 1: 100 such articles took 30 s of CPU, 1,000 did not finish in 5 minutes). Used by `npm run stress`
 * (timings) and tests/unit/stress-tags.test.ts (each case once, with a generous timeout).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './seeded-random.mjs';
import { checkWithCase, withStressNewsroom } from './stress-newsroom.ts';

export interface TagStressCase {
  name: string;
  about: string;
  /** Topic files in `content/tags/`. */
  topics: number;
  /** Articles each holding `tags` new spellings, each a few letters from a random topic. */
  articles: number;
  tags: number;
  /**
   * `long-lists` (round 11, finding 8): no topic files; two articles share `tags` random 5-letter tags (so each is
   * an established topic) and a third has each changed in its last letter: lists far past the 20-tag limit.
   * `one-off` (round 14, finding 1): `topics` numbered topics sharing their first 16 letters, each on two articles,
   * and as many one-off tags, each one of them with its last digit made a letter (0 → a): 20 tags an article.
   * `unknown-authors` (round 14, finding 2): `topics` author files, and `articles` articles each naming an author
   * id that is none of them (a near miss of one).
   */
  shape?: 'long-lists' | 'one-off' | 'unknown-authors';
}

export const TAG_STRESS_CASES: TagStressCase[] = [
  { name: 'near-miss tags, 100 articles', about: '100 articles × 20 new tags, each 4 letters changed in one of 2,000 three-word topics', topics: 2000, articles: 100, tags: 20 },
  { name: 'near-miss tags, 1,000 articles', about: '1,000 articles × 20 such tags against 2,000 topics', topics: 2000, articles: 1000, tags: 20 },
  { name: 'tag lists past the limit', about: 'two articles with the same 9,000 random 5-letter tags and a third with each changed in its last letter (63 KB of frontmatter each)', topics: 0, articles: 3, tags: 9000, shape: 'long-lists' },
  { name: 'one-off tags beside 20,000 topics', about: '20,000 topics "regional policy NNNNN", each on 2 articles, and 20,000 one-off tags each one letter from one (3,000 articles)', topics: 20_000, articles: 3000, tags: 20, shape: 'one-off' },
  { name: 'unknown authors among 10,000', about: '10,000 author files and 3,000 articles each naming an unknown author id, a near miss of one', topics: 10_000, articles: 3000, tags: 0, shape: 'unknown-authors' },
  { name: 'near-miss tags, 20,000 topics', about: 'one article with 20 such tags against 20,000 topics (time: the article\'s share)', topics: 20_000, articles: 1, tags: 20 },
];

export interface TagStressResult {
  name: string;
  /** The whole check's time with the articles (CPU, wall), less the newsroom's time without them. */
  checkMs: number;
  checkCpuMs: number;
  errors: number;
  warnings: number;
}


const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Writes the topics of `c` into `content` (a copy of the test newsroom); returns the articles to add. */
export function writeTagStressNewsroom(c: TagStressCase, content: string): [string, string][] {
  mkdirSync(join(content, 'articles/2026/08'), { recursive: true });
  if (c.shape === 'long-lists') return longTagLists(c, content);
  if (c.shape === 'one-off') return oneOffTags(c, content);
  if (c.shape === 'unknown-authors') return unknownAuthors(c, content);
  // The one seeded generator (scripts/seeded-random.mjs): the same newsroom every run.
  const next = prng(9);
  const word = (n: number) => Array.from({ length: n }, () => LETTERS[Math.floor(next() * 26)]).join('');
  mkdirSync(join(content, 'tags'), { recursive: true });
  const topics: string[] = [];
  for (let i = 0; i < c.topics; i++) {
    const name = `${word(8)} ${word(8)} ${word(10)}`;
    topics.push(name);
    writeFileSync(join(content, 'tags', `${name.replace(/ /g, '-')}.md`), `---\nname: ${name}\n---\n`);
  }
  const articles: [string, string][] = [];
  for (let a = 0; a < c.articles; a++) {
    const tags = Array.from({ length: c.tags }, () => {
      const letters = [...topics[Math.floor(next() * topics.length)]!];
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(next() * letters.length);
        if (letters[at] !== ' ') letters[at] = LETTERS[Math.floor(next() * 26)]!;
      }
      return letters.join('');
    });
    articles.push(article(content, a, tags));
  }
  return articles;
}

const article = (content: string, a: number | string, tags: readonly string[], author = 'zarlasht-niazai'): [string, string] => [
  join(content, 'articles/2026/08', `g-${a}.md`),
  `---\ntitle: Generated story ${a}\ndescription: A generated story with many new tags.\npublished: 2026-08-10T10:00:00+04:30\nauthors: [${author}]\nsection: economy\ntags: [${tags.join(', ')}]\n---\n\nA generated story about trade and prices in the northern provinces.\n`,
];

/** The round-14 tester's first recipe: see `shape` above. */
function oneOffTags(c: TagStressCase, content: string): [string, string][] {
  const topics = Array.from({ length: c.topics }, (_, i) => `regional policy ${String(i).padStart(5, '0')}`);
  const oneOff = topics.map((t) => `${t.slice(0, -1)}${"abcdefghij"[Number(t.at(-1))]}`);
  const lists = [...topics, ...topics, ...oneOff];
  return Array.from({ length: Math.ceil(lists.length / c.tags) }, (_, a) => article(content, a, lists.slice(a * c.tags, (a + 1) * c.tags)));
}

/** The round-14 tester's second recipe: see `shape` above. */
function unknownAuthors(c: TagStressCase, content: string): [string, string][] {
  const id = (i: number) => `reporter-${String(i).padStart(5, '0')}`;
  for (let i = 0; i < c.topics; i++) writeFileSync(join(content, 'authors', `${id(i)}.md`), `---\nname: Reporter ${i}\n---\n`);
  return Array.from({ length: c.articles }, (_, a) => article(content, a, ['trade'], `${id(a)}x`));
}

/** The round-11 tester's recipe (finding 8): see `shape` above. */
function longTagLists(c: TagStressCase, content: string): [string, string][] {
  const next = prng(1);
  const letter = () => LETTERS[Math.floor(next() * 26)]!;
  const tags = Array.from({ length: c.tags }, () => Array.from({ length: 5 }, letter).join(''));
  const changed = tags.map((t) => t.slice(0, -1) + (t.endsWith('z') ? 'a' : String.fromCharCode(t.charCodeAt(4) + 1)));
  return [article(content, 0, tags), article(content, 1, tags), article(content, 2, changed)];
}

export function runTagStressCase(c: TagStressCase, opts: { share?: boolean } = {}): TagStressResult {
  return withStressNewsroom('stress-tags', (content) => {
    const articles = writeTagStressNewsroom(c, content);
    const add = () => {
      for (const [file, text] of articles) writeFileSync(file, text);
    };
    const { result, checkMs, checkCpuMs } = checkWithCase(content, add, opts.share !== false);
    const mine = result.diagnostics.filter((d) => /articles\/2026\/08\/g-\d+\.md$/.test(d.file));
    return { name: c.name, checkMs, checkCpuMs, errors: mine.filter((d) => d.severity !== 'warning').length, warnings: mine.filter((d) => d.severity === 'warning').length };
  });
}
