/**
 * Related-engine inputs for checked content records, each body rendered by the site's own Markdown pipeline and
 * read from the facts it records (rehype-article-facts.ts), exactly as the build's loader reads them: for
 * `npm run related`, the quality evaluation and tests, which start from files rather than from a build.
 */
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { relatedBag, toRelatedInput, type RelatableArticle } from './inputs.ts';
import type { RelatedInput } from './types.ts';

export interface RelatableRecord {
  id: string;
  /** The Markdown body. */
  body: string;
  data: RelatableArticle['data'];
}

export function relatedInputsOf(records: readonly RelatableRecord[]): RelatedInput[] {
  const render = createMarkdownRenderer();
  return records.map((a) => {
    const facts = render(a.body);
    return toRelatedInput({ slug: a.id, bag: relatedBag(facts.blocks, a.data.lang), linked: facts.linked, data: a.data });
  });
}
