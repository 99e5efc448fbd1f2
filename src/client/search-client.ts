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
import { loadShards, searchShards, wordsOf, type Pagefind, type PagefindResultData } from './search-merge.ts';

/** Results shown at most. */
const SHOWN = 20;
/** Results read to judge relevance (each costs a fragment request). */
const JUDGED = 40;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const plural = new Intl.PluralRules('en');
/** "1 article matches", "3 articles match". */
export function matchCount(n: number, q: string): string {
  if (n === 0) return `No articles match “${q}”.`;
  return plural.select(n) === 'one' ? `1 article matches “${q}”.` : `${n.toLocaleString('en')} articles match “${q}”.`;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const section = document.querySelector<HTMLSelectElement>('#search-section');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !section || !status || !list) return;

  // The index's shards (src/build/search-shards.ts); exact words outrank longer words that merely start with the query.
  let shards: Promise<Pagefind[]> | undefined;
  const load = () => (shards ??= loadShards({ excerptLength: 24, ranking: { termSimilarity: 3 } }));
  let vocabulary: Promise<string[]> | undefined;
  const words = () => (vocabulary ??= fetch('/search/words.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])).catch(() => []));

  /** Relevant results among the first JUDGED, and the count to report (all of them when none was dropped). */
  const find = async (q: string): Promise<{ results: PagefindResultData[]; total: number }> =>
    searchShards(await load(), q, section.value ? { section: section.value } : {}, JUDGED);

  let generation = 0;
  const run = async () => {
    const q = input.value.trim();
    const mine = ++generation;
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    if (section.value) url.searchParams.set('section', section.value);
    else url.searchParams.delete('section');
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
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
    list.replaceChildren(...results.slice(0, SHOWN).map(resultItem));
    if (corrected && results.length > 0) {
      status.replaceChildren(`No articles match “${q}”. Showing ${total === 1 ? '1 result' : `${total.toLocaleString('en')} results`} for `);
      const again = el('a', 'search-suggestion', corrected);
      again.href = `/search/?q=${encodeURIComponent(corrected)}${section.value ? `&section=${encodeURIComponent(section.value)}` : ''}`;
      again.addEventListener('click', (e) => {
        e.preventDefault();
        input.value = corrected!;
        void run();
      });
      status.append(again, '.');
    } else {
      status.textContent = matchCount(total, q);
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  section.value = params.get('section') ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  section.addEventListener('change', () => void run());
  if (input.value) void run();
}

function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = el('li');
  const card = el('article', 'card');
  const lang = d.meta['lang'];
  const h = el('h2', 'card-title');
  const a = el('a', undefined, d.meta['title'] ?? d.url);
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
  for (const [i, part] of d.excerpt.split(/<\/?mark>/).entries()) {
    excerpt.append(i % 2 ? el('mark', undefined, decode(part)) : document.createTextNode(decode(part)));
  }
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
