/**
 * The search page's browser code: queries the Pagefind index built after `astro build` and lists results
 * with headline, section and date. Text is inserted with textContent, never as HTML.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const section = document.querySelector<HTMLSelectElement>('#search-section');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !section || !status || !list) return;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    const path = '/pagefind/pagefind.js';
    pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    });
    return pagefind;
  };

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
    const pf = await load();
    const search = await pf.search(q, section.value ? { filters: { section: section.value } } : {});
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(
      ...data.map((d) => {
        const li = el('li');
        const card = el('article', 'card');
        const h = el('h2', 'card-title');
        const a = el('a', undefined, d.meta['title'] ?? d.url);
        a.href = d.url;
        h.append(a);
        const excerpt = el('p', 'card-standfirst');
        // Pagefind marks hits with <mark>; rebuild them as elements rather than trusting the string.
        for (const [i, part] of d.excerpt.split(/<\/?mark>/).entries()) {
          excerpt.append(i % 2 ? el('mark', undefined, decode(part)) : document.createTextNode(decode(part)));
        }
        const meta = el('p', 'card-meta');
        meta.append(el('span', 'card-section', d.filters['section']?.[0] ?? ''), document.createTextNode(` · ${d.meta['date'] ?? ''}`));
        card.append(h, excerpt, meta);
        li.append(card);
        return li;
      }),
    );
    const n = search.results.length;
    status.textContent = n === 0 ? `No articles match “${q}”.` : `${n} article${n === 1 ? '' : 's'} match “${q}”.`;
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

function decode(s: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}
