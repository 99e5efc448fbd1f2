/**
 * `node scripts/shard-sim.ts [--articles 1000000] [--years 25] [--runners 20] [--cores 4]`: a paper model (not a
 * measurement) of building a newsroom archive on a GitHub Actions matrix, as the README's "Beyond one machine"
 * describes: one plan job, N shard jobs (each a range of consecutive months: its article pages, cards, search
 * shards and month archives), one lists job (front, section, tag and author lists from the plan's manifest),
 * one merge job. It prints each job's estimated wall time and peak memory from per-article costs measured on
 * this project's 2-core machine (quiet-machine figures, README "Performance"); change them with the flags below.
 */
import { parseArgs } from 'node:util';
import { planShards, SHARD_ARTICLES } from '#/build/search-shards.ts';
import type { SearchArticle } from '#/build/search-index.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    years: { type: 'string', default: '25' },
    runners: { type: 'string', default: '20' },
    cores: { type: 'string', default: '4' },
  },
});
const N = Number(values.articles);
const years = Number(values.years);
const runners = Number(values.runners);
const cores = Number(values.cores);

/** Per-article costs (seconds of one core, bytes), from the 5,000-article builds on a quiet machine. */
const cost = {
  check: 2.3 / 10_000, // check:content, whole process, single thread
  markdown: 2.5e-3, // remark/rehype per article (micromark ~60 %)
  page: 2e-3 * 1.48, // page generation per article page (7,395 pages for 5,000 articles)
  card: 9.6e-3, // social card, sharp
  search: 15 / 5_000, // Pagefind indexing per article
  related: 4.09 / 50_000, // related links, all at once (measured linear to 50,000)
  searchBytes: 250 * 1024, // Pagefind memory per article in a shard
  storeBytes: 2_450, // content store per article (49 MB at 20,000)
  manifestBytes: 400, // plan manifest per article: slug, title, date, section, tags, related slugs, digests
  pageBytes: 17_600 + 1_500, // article page HTML + share of list pages
  cardBytes: 38_000,
  fixed: 25, // a job's start-up: checkout (sparse: its months), npm ci from cache, Astro start-up, bundling
};

// Articles spread evenly over the months of `years` years (a newsroom's output grows; even spread is the simple case).
const months = years * 12;
const perMonth = Math.ceil(N / months);
const articles: Pick<SearchArticle, 'id' | 'published'>[] = [];
for (let m = 0; m < months; m++) {
  const epoch = Date.UTC(2026 - years, m, 15);
  for (let i = 0; i < perMonth && articles.length < N; i++) articles.push({ id: `${m}-${i}`, published: { epoch, iso: '', dateOnly: false } });
}
const searchShards = planShards(articles as SearchArticle[], SHARD_ARTICLES);

// Matrix shards: runners groups of whole search shards, balanced by article count (a matrix job owns its months).
const jobShards: { months: [string, string]; articles: number; searchShards: number }[] = [];
const target = Math.ceil(N / runners);
for (const s of searchShards) {
  const last = jobShards.at(-1);
  if (last && last.articles + s.articles.length <= target * 1.05) {
    last.months[1] = s.months[1];
    last.articles += s.articles.length;
    last.searchShards++;
  } else jobShards.push({ months: [...s.months], articles: s.articles.length, searchShards: 1 });
}

const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
const min = (s: number) => `${(s / 60).toFixed(1)} min`;
const plan = { wall: cost.fixed + N * cost.check + N * cost.related, memory: N * (cost.storeBytes + cost.manifestBytes) + 0.5 * 1024 ** 3 };
const shardJobs = jobShards.map((j) => {
  const cpu = j.articles * (cost.markdown + cost.page + cost.card);
  // Markdown, pages and cards on every core; search shards one after another beside them on one core.
  const wall = cost.fixed + Math.max(cpu / cores, j.articles * cost.search);
  const memory = 1.5 * 1024 ** 3 + Math.min(j.articles, SHARD_ARTICLES) * cost.searchBytes + N * cost.manifestBytes + j.articles * cost.storeBytes;
  return { ...j, wall, memory, output: j.articles * (cost.pageBytes + cost.cardBytes) };
});
const listPages = Math.ceil(N / 20) * 6; // front, section, tag, author and archive lists, 20 to a page, ~6 lists an article
const lists = { wall: cost.fixed + (listPages * 2e-3) / cores, memory: N * cost.manifestBytes + 1.2 * 1024 ** 3 };
const output = shardJobs.reduce((s, j) => s + j.output, 0);
const merge = { wall: cost.fixed + output / (200 * 1024 ** 2), memory: 0.5 * 1024 ** 3 };
const slowest = Math.max(...shardJobs.map((j) => j.wall), lists.wall);

console.log(`${N.toLocaleString('en')} articles over ${years} years (${perMonth.toLocaleString('en')} a month); ${searchShards.length} search shards of at most ${SHARD_ARTICLES.toLocaleString('en')} articles; ${jobShards.length} matrix jobs on ${cores}-core runners\n`);
console.log('| job | months | articles | search shards | wall | peak memory |');
console.log('|---|---|---|---|---|---|');
console.log(`| plan (check, related links, manifest) | all | ${N.toLocaleString('en')} | – | ${min(plan.wall)} | ${gb(plan.memory)} |`);
for (const [i, j] of shardJobs.entries()) {
  if (i < 3 || i === shardJobs.length - 1) console.log(`| shard ${i + 1} | ${j.months[0]} – ${j.months[1]} | ${j.articles.toLocaleString('en')} | ${j.searchShards} | ${min(j.wall)} | ${gb(j.memory)} |`);
  else if (i === 3) console.log('| … | | | | | |');
}
console.log(`| lists (${listPages.toLocaleString('en')} list pages from the manifest) | all | – | – | ${min(lists.wall)} | ${gb(lists.memory)} |`);
console.log(`| merge (union of disjoint trees, sitemaps, feeds, shards.json) | all | – | – | ${min(merge.wall)} | ${gb(merge.memory)} |`);
console.log(`\nsite output ~${gb(output)}; end to end ~${min(plan.wall + slowest + merge.wall)} (plan, then the slowest matrix job, then merge)`);
const single = cost.fixed + N * (cost.check + cost.related) + (N * (cost.markdown + cost.page + cost.card)) / cores;
console.log(`one ${cores}-core machine, pages on every core, search shards beside them: ~${min(single)} and ~${gb(1.5 * 1024 ** 3 + SHARD_ARTICLES * cost.searchBytes + N * (cost.storeBytes * 3))} at its peak`);
