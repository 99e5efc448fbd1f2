/**
 * The newsroom of this build, for the pages: the four collections from Astro's content layer, the facts the
 * Markdown pipeline recorded (src/build/article-facts.ts), Astro's image step and the build context the
 * integration decided (`virtual:dateline/context`), handed to the domain's `buildNewsroom`.
 */
import { getCollection } from 'astro:content';
import { context } from 'virtual:dateline/context';
import { factsOf } from '#/build/article-facts.ts';
import { prepareBodyImages } from '#/domain/body-images-html.ts';
import { buildNewsroom, type Newsroom } from '#/domain/newsroom.ts';

async function build(): Promise<Newsroom> {
  const [articles, authors, sections, tags] = await Promise.all([getCollection('articles'), getCollection('authors'), getCollection('sections'), getCollection('tags')]);
  return buildNewsroom({ articles, authors, sections, tags, facts: factsOf, prepareImages: prepareBodyImages }, context);
}

let cached: Promise<Newsroom> | undefined;
/**
 * The index for this build, computed on first use. The dev server rebuilds it for every page it serves, so an
 * article added or edited while it runs shows up on the next reload.
 */
export function getNewsroom(): Promise<Newsroom> {
  if (context.mode === 'dev') return build();
  cached ??= build();
  return cached;
}
