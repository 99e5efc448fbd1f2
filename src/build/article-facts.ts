/**
 * The one reader of what the content loader stored beside each entry (src/build/newsroom-loader.ts): typed
 * handles over the entry's `rendered` record, so no other module reads the loader's metadata by name.
 */
import { readFileSync } from 'node:fs';
import type { RenderedFacts } from '#/domain/newsroom.ts';
import type { TermBag } from '#/domain/related/bag.ts';
import type { Heading } from '#/markdown/rehype-article-facts.ts';

/** What the loader writes into `rendered.metadata` (and nothing else reads it). */
export interface StoredFacts {
  headings: Heading[];
  wordCount: number;
  /** The HTML's file, when the HTML is kept out of Astro's data store (src/build/html-store.ts). */
  htmlFile?: string;
  /** Articles only (rehype-article-facts.ts). */
  lead?: string;
  /** The related engine's bag, packed into one string (`packBag`), or the object when it cannot be packed. */
  relatedBag?: TermBag | string;
  /** The bag's file, when it is kept out of Astro's data store (src/build/html-store.ts `bagFileFor`). */
  relatedBagFile?: string;
  linked?: string[];
  localImages?: string[];
}

const NO_TERMS: TermBag = { terms: [], counts: [], named: [], words: 0 };

interface StoredEntry {
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * A bag as one string, `words` then one `term\tcount\tnamed` line per term: every copy of the store (Astro's
 * own, the bundle's text, each page worker's) holds one string an article instead of ~120 strings and three
 * arrays (~4.4 KB of heap an article down to ~1.5 KB). A term with a tab or line break (none is made by the
 * term reader) keeps the object form.
 */
export function packBag(bag: TermBag): TermBag | string {
  if (bag.terms.some((t) => /[\t\n]/.test(t))) return bag;
  let out = String(bag.words);
  for (let i = 0; i < bag.terms.length; i++) out += `\n${bag.terms[i]}\t${bag.counts[i]}\t${bag.named[i]}`;
  return out;
}

/** The bag `packBag` packed (or the object stored as is). */
export function unpackBag(stored: TermBag | string | undefined): TermBag {
  if (stored === undefined) return NO_TERMS;
  if (typeof stored !== 'string') return stored;
  const lines = stored.split('\n');
  const bag: TermBag = { terms: [], counts: [], named: [], words: Number(lines[0]) || 0 };
  for (let i = 1; i < lines.length; i++) {
    const [term = '', count, named] = lines[i]!.split('\t');
    bag.terms.push(term);
    bag.counts.push(Number(count));
    bag.named.push(Number(named));
  }
  return bag;
}

/** The facts of an entry; its HTML and its bag are read (from the store or their files) when asked for, each time. */
export function factsOf(entry: StoredEntry): RenderedFacts {
  const rendered = entry.rendered;
  const meta = (rendered?.metadata ?? {}) as Partial<StoredFacts>;
  return {
    html: () => {
      if (!rendered) return '';
      if (rendered.html) return rendered.html;
      return typeof meta.htmlFile === 'string' ? readFileSync(meta.htmlFile, 'utf8') : '';
    },
    headings: meta.headings ?? [],
    wordCount: Number(meta.wordCount ?? 0),
    lead: typeof meta.lead === 'string' ? meta.lead : '',
    get relatedBag() {
      return unpackBag(typeof meta.relatedBagFile === 'string' ? readFileSync(meta.relatedBagFile, 'utf8') : meta.relatedBag);
    },
    linked: Array.isArray(meta.linked) ? meta.linked : [],
    localImages: Array.isArray(meta.localImages) ? meta.localImages : undefined,
  };
}
