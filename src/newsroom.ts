/**
 * The newsroom of this build, for the pages: the four collections from Astro's content layer, the facts the
 * Markdown pipeline recorded (src/build/article-facts.ts), Astro's image step and the build context the
 * integration decided (`virtual:dateline/context`), handed to the domain's `buildNewsroom`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { contentDirFor } from '#/check/content-dir.ts';
import { context } from 'virtual:dateline/context';
import { factsOf } from '#/build/article-facts.ts';
import { prepareBodyImages } from '#/domain/body-images-html.ts';
import { buildNewsroom, type Newsroom } from '#/domain/newsroom.ts';

async function build(): Promise<Newsroom> {
  // Topic files are optional: without any, Astro's getCollection warned "The collection "tags" does not exist or is
  // empty" in every build's log (round 29: a newsroom engineer reads a warning as something to fix).
  const [articles, authors, sections, tags] = await Promise.all([getCollection('articles'), getCollection('authors'), getCollection('sections'), hasTopicFiles() ? getCollection('tags') : []]);
  return buildNewsroom({ articles, authors, sections, tags, facts: factsOf, prepareImages: prepareBodyImages }, context);
}

/** Whether content/tags/ holds a topic file (a `.md` not starting with `_` or `.`). */
function hasTopicFiles(): boolean {
  try {
    return readdirSync(join(contentDirFor(context.root), 'tags')).some((name) => /\.md$/i.test(name) && !/^[_.]/.test(name));
  } catch {
    return false;
  }
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
