/**
 * Newsroom-scale worst cases for the tag rules: thousands of established topics (three-word names, as real topics
 * are: "regional contact group", "winter fuel prices") and articles whose every tag is a new spelling a few
 * letters away from one of them. Comparing each new tag with each topic made the check quadratic (round 9,
 * finding 1: 100 such articles took 30 s of CPU, 1,000 did not finish in 5 minutes). Used by `npm run stress`
 * (timings) and tests/unit/stress-tags.test.ts (each case once, with a generous timeout).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '#/check/content-check.ts';
import { prng } from './seeded-random.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BASE = join(ROOT, 'tests/fixtures/base-content/content');

export interface TagStressCase {
  name: string;
  about: string;
  /** Topic files in `content/tags/`. */
  topics: number;
  /** Articles each holding `tags` new spellings, each a few letters from a random topic. */
  articles: number;
  tags: number;
}

export const TAG_STRESS_CASES: TagStressCase[] = [
  { name: 'near-miss tags, 100 articles', about: '100 articles × 20 new tags, each 4 letters changed in one of 2,000 three-word topics', topics: 2000, articles: 100, tags: 20 },
  { name: 'near-miss tags, 1,000 articles', about: '1,000 articles × 20 such tags against 2,000 topics', topics: 2000, articles: 1000, tags: 20 },
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

/** The newsroom of `c` under `dir` (`content/`), built on the test newsroom; returns the articles to add. */
export function writeTagStressNewsroom(c: TagStressCase, dir: string): { content: string; articles: [string, string][] } {
  // The one seeded generator (scripts/seeded-random.mjs): the same newsroom every run.
  const next = prng(9);
  const word = (n: number) => Array.from({ length: n }, () => LETTERS[Math.floor(next() * 26)]).join('');
  const content = join(dir, 'content');
  cpSync(BASE, content, { recursive: true });
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
    articles.push([
      join(content, 'articles/2026/08', `g-${a}.md`),
      `---\ntitle: Generated story ${a}\ndescription: A generated story with many new tags.\npublished: 2026-08-10T10:00:00+04:30\nauthors: [zarlasht-niazai]\nsection: economy\ntags: [${tags.join(', ')}]\n---\n\nA generated story about trade and prices in the northern provinces.\n`,
    ]);
  }
  mkdirSync(join(content, 'articles/2026/08'), { recursive: true });
  return { content, articles };
}

export function runTagStressCase(c: TagStressCase, opts: { share?: boolean } = {}): TagStressResult {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stress-tags-'));
  try {
    const { content, articles } = writeTagStressNewsroom(c, dir);
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const check = () => checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false } });
    let baseMs = 0;
    let baseCpuMs = 0;
    if (opts.share !== false) {
      check(); // warm-up: the first check also pays for compiling the code
      const [c0, t0] = [cpu(), performance.now()];
      check();
      [baseMs, baseCpuMs] = [performance.now() - t0, cpu() - c0];
    }
    for (const [file, text] of articles) writeFileSync(file, text);
    const [c1, t1] = [cpu(), performance.now()];
    const result = check();
    const checkMs = Math.max(0, performance.now() - t1 - baseMs);
    const checkCpuMs = Math.max(0, cpu() - c1 - baseCpuMs);
    const mine = result.diagnostics.filter((d) => /articles\/2026\/08\/g-\d+\.md$/.test(d.file));
    return { name: c.name, checkMs, checkCpuMs, errors: mine.filter((d) => d.severity !== 'warning').length, warnings: mine.filter((d) => d.severity === 'warning').length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
