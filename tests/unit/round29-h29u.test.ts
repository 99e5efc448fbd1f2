/**
 * Round 29c, reader's review (h29u): month pages link their neighbours (route data and keys), the menu's
 * aria-current, and the CSS and markup behind the dark-mode image backdrop, the phone menu, the 404 page's column,
 * the related box, search without JavaScript and the printed address.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNewsroom, type NewsroomSource } from '#/domain/newsroom.ts';
import { monthRoutes } from '#/domain/routing.ts';
import { navCurrent } from '#/domain/section-nav.ts';
import { article, build, source } from '../helpers/newsroom-fixture.ts';

const stories = [
  article('may1', { published: '2026-05-01T08:00:00Z' }),
  article('may2', { published: '2026-05-02T08:00:00Z' }),
  article('may3', { published: '2026-05-03T08:00:00Z' }),
  article('apr', { published: '2026-04-04T08:00:00Z' }),
  // February and March have nothing: April's earlier neighbour is January.
  article('jan', { published: '2026-01-10T08:00:00Z' }),
  article('dec', { published: '2025-12-20T08:00:00Z' }),
];
const PAGE = 2;
const routesOf = async (s: NewsroomSource) => monthRoutes(await buildNewsroom(s, build), PAGE);
const id = (r: { params: object }) => JSON.stringify(r.params);
const keys = async (s: NewsroomSource) => new Map((await routesOf(s)).map((r) => [id(r), r.cacheKey]));
const changedKeys = async (before: NewsroomSource, after: NewsroomSource) => {
  const [a, b] = [await keys(before), await keys(after)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
};
const month = (year: string, m: string, page?: string) => JSON.stringify(page ? { year, month: m, page } : { year, month: m });

describe('#7: a month page links the nearest earlier and later months with articles', () => {
  it('gives each month, on every one of its pages, its neighbours, skipping empty months and crossing years', async () => {
    const routes = await routesOf(source(stories));
    const neighbours = Object.fromEntries(routes.map((r) => [id(r), [r.props.older, r.props.newer]]));
    expect(neighbours).toEqual({
      [month('2026', '05')]: [{ year: 2026, month: 4 }, undefined],
      [month('2026', '05', '2')]: [{ year: 2026, month: 4 }, undefined],
      [month('2026', '04')]: [{ year: 2026, month: 1 }, { year: 2026, month: 5 }],
      [month('2026', '01')]: [{ year: 2025, month: 12 }, { year: 2026, month: 4 }],
      [month('2025', '12')]: [undefined, { year: 2026, month: 1 }],
    });
  });

  it('a month gaining its first article changes the keys of its two neighbours, and of no other month', async () => {
    const diff = await changedKeys(source(stories), source([...stories, article('mar', { published: '2026-03-05T08:00:00Z' })]));
    expect(diff.sort()).toEqual([month('2026', '01'), month('2026', '03'), month('2026', '04')].sort());
  });

  it('a month losing its last article changes its neighbours; a story added to a month that had some changes that month only', async () => {
    const withoutApril = await changedKeys(source(stories), source(stories.filter((s) => s.id !== 'apr')));
    expect(withoutApril.sort()).toEqual([month('2026', '01'), month('2026', '04'), month('2026', '05'), month('2026', '05', '2')].sort());
    const january = await changedKeys(source(stories), source([...stories, article('jan2', { published: '2026-01-20T08:00:00Z' })]));
    expect(january).toEqual([month('2026', '01')]);
  });

  it('the month page renders the links it is handed and keeps "All months"', () => {
    const page = readFileSync('src/pages/archive/[year]/[month]/[...page].astro', 'utf8');
    expect(page).toContain('const { year, month, page, older, newer } = Astro.props;');
    expect(page).toMatch(/\{older && <li><a href=\{archivePath\(older\.year, older\.month\)\}>/);
    expect(page).toMatch(/\{newer && <li><a href=\{archivePath\(newer\.year, newer\.month\)\}>/);
    expect(page).toContain('<li><a href={archivePath()}>All months</a></li>');
    // Route files only route: the neighbours come from routing.ts, not from the newsroom here.
    expect(page).not.toMatch(/\bmonths\b(?! *<)/);
  });
});

describe('#6: aria-current is "page" on the page itself, "true" on the part of the site it sits in', () => {
  const links = ['/sections/diplomacy/', '/sections/economy/', '/sections/', '/archive/', '/search/'];
  const marks = (path: string) => Object.fromEntries(links.flatMap((h) => (navCurrent(links, path)(h) ? [[h, navCurrent(links, path)(h)]] : [])));

  it('marks one link at most', () => {
    expect(marks('/archive/')).toEqual({ '/archive/': 'page' });
    expect(marks('/archive/2026/11/')).toEqual({ '/archive/': 'true' });
    expect(marks('/archive/2/')).toEqual({ '/archive/': 'true' });
    expect(marks('/sections/economy/')).toEqual({ '/sections/economy/': 'page' });
    expect(marks('/sections/economy/2/')).toEqual({ '/sections/economy/': 'true' });
    // A section past the menu's limit sits under "All sections"; the index itself is its own page.
    expect(marks('/sections/desk-30/')).toEqual({ '/sections/': 'true' });
    expect(marks('/sections/')).toEqual({ '/sections/': 'page' });
    expect(marks('/search/')).toEqual({ '/search/': 'page' });
    expect(marks('/articles/some-story/')).toEqual({});
    expect(marks('/tags/trade/')).toEqual({});
  });

  it('never makes the front page an ancestor', () => {
    expect(navCurrent(['/', '/archive/'], '/archive/2026/11/')('/')).toBeUndefined();
    expect(navCurrent(['/', '/archive/'], '/')('/')).toBe('page');
  });

  it('the menu uses it, and underlines both values', () => {
    const base = readFileSync('src/layouts/Base.astro', 'utf8');
    expect(base).toContain('aria-current={currentOf(l.href)}');
    expect(base).not.toMatch(/startsWith\('\/archive\/'\) \? 'page'/);
    expect(css).toContain(".site-nav a[aria-current] { box-shadow: inset 0 -3px 0 var(--accent); }");
  });
});

/** The CSS without comments, as rules: the media query they sit in ('' at the top), their selectors and body. */
const css = readFileSync('src/styles/global.css', 'utf8');
function rules(text: string): { media: string; selectors: string[]; body: string }[] {
  const out: { media: string; selectors: string[]; body: string }[] = [];
  const plain = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (chunk: string, media: string) => {
    let i = 0;
    while (i < chunk.length) {
      const open = chunk.indexOf('{', i);
      if (open < 0) break;
      const head = chunk.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      for (; j < chunk.length && depth > 0; j++) depth += chunk[j] === '{' ? 1 : chunk[j] === '}' ? -1 : 0;
      const body = chunk.slice(open + 1, j - 1);
      if (head.startsWith('@media')) walk(body, head);
      else out.push({ media, selectors: head.split(',').map((s) => s.trim()), body: body.trim() });
      i = j;
    }
  };
  walk(plain, '');
  return out;
}
const all = rules(css);
const bodiesOf = (selector: string, media = '') => all.filter((r) => r.media === media && r.selectors.includes(selector)).map((r) => r.body);

describe('the CSS behind round 29c', () => {
  it('#1: every card image gets the white ground the article image has, against dark labels on a dark page', () => {
    const backdrop = all.find((r) => r.media === '' && r.body === 'background: #fff;');
    expect(backdrop?.selectors).toEqual(expect.arrayContaining(['.story-image img', '.story-body img', '.card-image']));
  });

  it('#3: the phone menu wraps instead of scrolling, with no fade mask', () => {
    const phone = all.filter((r) => r.media.includes('max-width: 40rem'));
    expect(phone.length).toBeGreaterThan(0);
    for (const r of phone) expect(r.body, r.selectors.join()).not.toMatch(/mask-image|overflow-x|nowrap/);
    expect(css).not.toContain('mask-image');
    expect(bodiesOf('.site-nav ul').join(' ')).toContain('flex-wrap: wrap');
  });

  it('#2: the 404 page\'s links and story list share the list pages\' column', () => {
    const measure = all.find((r) => r.media === '' && r.selectors.includes('main > .article-list'));
    expect(measure?.selectors).toEqual(expect.arrayContaining(['main > .not-found-nav', 'main > .not-found-latest']));
    expect(measure?.body).toContain('max-width: var(--measure)');
    const page = readFileSync('src/pages/404.astro', 'utf8');
    expect(page).toContain('<nav aria-label="Where to go next" class="not-found-nav">');
    expect(page).toContain('<section class="not-found-latest" aria-labelledby="recent-title">');
    expect(page).toContain('<li><a href="/search/">Search</a></li>');
  });

  it('#5: the related box sets its standfirsts as the front page\'s cards do', () => {
    expect(bodiesOf('.related .card-standfirst')).toEqual(bodiesOf('.front-top .card-standfirst'));
    expect(bodiesOf('.related .card-standfirst')).toEqual(['font-size: 0.95rem; color: var(--muted);']);
  });

  it('#8: the printed address shows on paper only', () => {
    expect(bodiesOf('.print-url')).toEqual(['display: none;']);
    const print = all.filter((r) => r.media === '@media print' && r.selectors.includes('.print-url'));
    expect(print.map((r) => r.body).join(' ')).toContain('display: block');
    const article = readFileSync('src/pages/articles/[slug].astro', 'utf8');
    expect(article).toContain('<p class="print-url"><bdi dir="ltr">{absoluteUrl(articlePath(article.slug))}</bdi></p>');
    // No client script on an article page.
    expect(article).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });
});

describe('markup: search without JavaScript, and Search in the footer (#3, #4)', () => {
  it('/search/ says in a <noscript> that search needs JavaScript and where else to look', () => {
    const page = readFileSync('src/pages/search/index.astro', 'utf8');
    const note = /<noscript>([\s\S]*?)<\/noscript>/.exec(page)?.[1] ?? '';
    expect(note).toContain('Search needs JavaScript');
    expect(note).toContain('<a href="/archive/">');
    expect(note).toContain('<a href="/tags/">');
    expect(bodiesOf('.search-noscript').join(' ')).toContain('max-width: var(--measure)');
  });

  it('the footer links Search', () => {
    const footer = /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(readFileSync('src/layouts/Base.astro', 'utf8'))?.[0] ?? '';
    expect(footer).toContain('<li><a href="/search/">Search</a></li>');
  });
});
