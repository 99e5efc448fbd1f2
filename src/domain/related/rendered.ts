/**
 * Related-engine inputs for checked content records, each body rendered by the site's own Markdown pipeline and
 * read from the facts it records (rehype-article-facts.ts), exactly as the build's loader reads them: for
 * `npm run related`, the quality evaluation and tests, which start from files rather than from a build.
 */
import { createMarkdownRenderer, renderSourceOf, type MarkdownMode } from '#/markdown/pipeline.ts';
import { relatedBag, toRelatedInput } from './inputs.ts';
import type { LinkableArticle } from './links.ts';
import type { RelatedInput } from './types.ts';

export interface RelatableRecord {
  id: string;
  /** The Markdown body. */
  body: string;
  /** The file (with `contentDir`: where its local image paths lead, as the loader renders it). */
  path?: string | undefined;
  data: LinkableArticle['data'];
}

export interface RenderAs {
  /** The build's Markdown mode (src/build/optimise.ts `markdownMode`); the default one when unset. */
  mode?: MarkdownMode | undefined;
  /** The content folder the records' `path`s lie in. */
  contentDir?: string | undefined;
}

/**
 * The records as the related links read them (related/links.ts), each body rendered with the arguments the build's
 * loader renders it with (src/build/newsroom-loader.ts): its language and its place in the content folder.
 */
export function relatableOf(records: readonly RelatableRecord[], as: RenderAs = {}): LinkableArticle[] {
  const render = createMarkdownRenderer(as.mode);
  return records.map((a) => {
    const facts = render(a.body, a.data.lang, a.path !== undefined && as.contentDir !== undefined ? renderSourceOf(as.contentDir, a.path) : undefined);
    return { slug: a.id, bag: relatedBag(facts.blocks, a.data.lang), linked: facts.linked, data: a.data };
  });
}

export function relatedInputsOf(records: readonly RelatableRecord[], as: RenderAs = {}): RelatedInput[] {
  return relatableOf(records, as).map(toRelatedInput);
}
