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
  relatedBag?: TermBag;
  linked?: string[];
  localImages?: string[];
}

const NO_TERMS: TermBag = { terms: [], counts: [], named: [], words: 0 };

interface StoredEntry {
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The facts of an entry; its HTML is read (from the store or its file) when asked for, each time. */
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
    relatedBag: meta.relatedBag ?? NO_TERMS,
    linked: Array.isArray(meta.linked) ? meta.linked : [],
    localImages: Array.isArray(meta.localImages) ? meta.localImages : undefined,
  };
}
