/**
 * The search page's browser code: queries the Pagefind index built after `astro build` and lists results
 * with headline, section and date. Text is inserted with textContent, never as HTML.
 *
 * Pagefind answers a word it does not know with pages matching its longest indexed prefix ("torkam" finds
 * "to"), so only results whose excerpt highlights a word the reader typed (or a word starting with it) are
 * shown; when nothing is left, the closest word of the site's vocabulary is searched instead ("Showing 8
 * results for torkham").
 */
import { suggestWord } from './suggest-word.ts';
import { markedIn, standfirstOf, withoutTitleTail } from './excerpt-title.ts';
import { fieldParts } from './bidi-runs.ts';
import { sliceParts } from './excerpt-parts.ts';
import { readableParts } from './excerpt-credits.ts';
import { ownLetters, PART_MARK, readableExcerpt, searchForm } from './search-words.ts';
import { listShards, openShards, relevantMarks, searchShards, wordsOf, type PagefindResultData, type Shard } from './search-merge.ts';

/** Results shown at most. */
const SHOWN = 20;
/** Results read to judge relevance (each costs a fragment request). */
const JUDGED = 40;
/**
 * Pagefind's options for every shard: exact words outrank longer words that merely start with the query. An
 * excerpt is 24 words of the story; the three part marks between headline, standfirst, dateline and body are
 * words to Pagefind, so the window holds 27.
 */
const OPTIONS = { excerptLength: 27, ranking: { termSimilarity: 3 } };
/** What a search says before the first article is published. */
export const NOTHING_YET = 'Nothing has been published yet, so there is nothing to search.';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const plural = new Intl.PluralRules('en');
/** "1 article matches", "3 articles match", "… in 2025" when a year is picked. */
export function matchCount(n: number, query: string, year = ''): string {
  const period = year ? ` in ${year}` : '';
  // A phrase typed in quotes is echoed in the page's own quotes once (round 29c #5: “"emergency closure"”).
  const q = query.replace(/^["“”]+|["“”]+$/g, '') || query;
  if (n === 0) return `No articles match “${q}”${period}.`;
  return plural.select(n) === 'one' ? `1 article matches “${q}”${period}.` : `${n.toLocaleString('en')} articles match “${q}”${period}.`;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const section = document.querySelector<HTMLSelectElement>('#search-section');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  // The period: absent when the archive spans one year.
  const year = document.querySelector<HTMLSelectElement>('#search-year');
  if (!form || !input || !section || !status || !list) return;
  const period = () => year?.value ?? '';

  // The index's shards (src/build/search-shards.ts), opened for the period searched (a shard of other years is
  // never downloaded); exact words outrank longer words that merely start with the query.
  let shards: Promise<Shard[]> | undefined;
  const load = async () => openShards(await (shards ??= listShards(OPTIONS)), period());
  /** The Pagefind filters of the form's choices. */
  const filters = (): Record<string, string> => ({ ...(section.value ? { section: section.value } : {}), ...(period() ? { year: period() } : {}) });
  /** The search page's address for a query with the form's choices. */
  const address = (q: string): string => {
    const params = new URLSearchParams({ q });
    if (section.value) params.set('section', section.value);
    if (period()) params.set('year', period());
    return `/search/?${params}`;
  };
  let vocabulary: Promise<string[]> | undefined;
  const words = () => (vocabulary ??= fetch('/search/words.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])).catch(() => []));

  /** Relevant results among the first JUDGED, and the count to report (all of them when none was dropped). */
  const find = async (q: string): Promise<{ results: PagefindResultData[]; total: number }> =>
    searchShards(await load(), searchForm(q), filters(), JUDGED);

  let generation = 0;
  const run = async () => {
    const q = input.value.trim();
    const mine = ++generation;
    history.replaceState(null, '', address(q));
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    // A newsroom with nothing published yet (every article a draft or scheduled) lists no shard at all.
    if ((await (shards ??= listShards(OPTIONS))).length === 0) {
      if (mine === generation) status.textContent = NOTHING_YET;
      return;
    }
    let { results, total } = await find(q);
    let corrected: string | undefined;
    if (results.length === 0) {
      const vocab = await words();
      const fixed = wordsOf(q).map((w) => suggestWord(w, vocab) ?? w).join(' ');
      if (fixed !== wordsOf(q).join(' ')) {
        corrected = fixed;
        ({ results, total } = await find(fixed));
      }
    }
    if (mine !== generation) return;
    const shownFor = searchForm(corrected ?? q);
    list.replaceChildren(...results.slice(0, SHOWN).map((d) => resultItem({ ...d, excerpt: relevantMarks(d.excerpt, shownFor) })));
    if (corrected && results.length > 0) {
      status.replaceChildren(`${matchCount(0, q, period())} Showing ${total === 1 ? '1 result' : `${total.toLocaleString('en')} results`} for `);
      const again = el('a', 'search-suggestion', corrected);
      again.href = address(corrected);
      again.addEventListener('click', (e) => {
        e.preventDefault();
        input.value = corrected!;
        void run();
      });
      status.append(again, '.');
    } else {
      status.textContent = matchCount(total, q, period());
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  section.value = params.get('section') ?? '';
  if (year) year.value = params.get('year') ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  section.addEventListener('change', () => void run());
  year?.addEventListener('change', () => void run());
  if (input.value) void run();
}

/**
 * `parts` (text, marked, text, …) appended to `target`: a right-to-left phrase that a number follows is its own
 * island, marks and all (bidi-runs.ts), as on the pages.
 */
function appendMarked(target: HTMLElement, parts: readonly string[], dir: 'rtl' | 'ltr'): void {
  let at = 0;
  for (const run of fieldParts(parts.join(''), dir)) {
    const into = run.isolate ? target.appendChild(el('bdi')) : target;
    for (const [i, part] of sliceParts(parts, at, at + run.text.length).entries()) {
      if (part !== '') into.append(i % 2 ? el('mark', undefined, part) : document.createTextNode(part));
    }
    at += run.text.length;
  }
}

function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = el('li');
  const card = el('article', 'card');
  const lang = d.meta['lang'];
  const h = el('h2', 'card-title');
  const a = el('a');
  // The headline's right-to-left phrase that a number follows is its own island, as on the pages (bidi-runs.ts).
  const dir = d.meta['dir'] === 'rtl' || (!lang && document.documentElement.dir === 'rtl') ? 'rtl' : 'ltr';
  const title = d.meta['title'] ?? d.url;
  a.href = d.url;
  h.append(a);
  const excerpt = el('p', 'card-standfirst');
  // An article in another language is marked up as such: screen readers pronounce it, and it runs right to left.
  for (const node of [h, excerpt]) {
    if (lang) {
      node.lang = lang;
      node.dir = d.meta['dir'] === 'rtl' ? 'rtl' : 'ltr';
    }
  }
  // Pagefind marks hits with <mark>; rebuild them as elements rather than trusting the string.
  // Without the headline's tail it may open with (excerpt-title.ts): the headline is printed just above.
  // The spaces the index put between Chinese and Japanese words taken out (src/client/search-words.ts).
  // The story's credits (byline, topics) only when the reader's words are found there alone, and "…" where the
  // window is cut (excerpt-credits.ts).
  // An Arabic story's excerpt in its own letters, not the index's Persian yeh and keheh (search-words.ts).
  const whole = ownLetters(readableExcerpt(d.excerpt), lang).split(/<\/?mark>/).map(decode);
  const titleless = withoutTitleTail(whole, title);
  // The record's parts as lines (Pagefind keeps no line breaks; the part marks stand where they were).
  const content = d.content === undefined ? undefined : ownLetters(readableExcerpt(d.content.replaceAll(PART_MARK, '\n')), lang);
  let parts = readableParts(titleless, content, titleless.join('') !== whole.join(''));
  // A window inside a long headline (33b F2): the words are marked in the headline, and the standfirst shown.
  const inHeadline = parts.join('').trim() === '' && whole.some((p, i) => i % 2 === 1 && p.trim() !== '');
  if (inHeadline) parts = [ownLetters(standfirstOf(d.content), lang)];
  appendMarked(a, inHeadline ? markedIn(title, whole) : [title], dir);
  appendMarked(excerpt, parts, dir);
  const meta = el('p', 'card-meta');
  meta.append(el('span', 'card-section', d.filters['section']?.[0] ?? ''), document.createTextNode(` · ${d.meta['date'] ?? ''}`));
  card.append(h, excerpt, meta);
  li.append(card);
  return li;
}

function decode(s: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}
