/**
 * The ids a rendered body carries (headings, footnotes, editors' anchors), read by running the renderer's own
 * pipeline (src/markdown/pipeline.ts) up to the step that gives headings their ids (rehype-article-html.ts, with
 * src/markdown/heading-ids.ts): the content check's anchor rule compares links with exactly what readers' pages
 * carry, never with a second guess at the slug rules. Typography and the facts step come after ids and are skipped.
 */
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Element, Root, RootContent } from 'hast';
import { unified, type PluggableList } from 'unified';
import { markdownPlugins, remarkRehypeOptions } from './pipeline.ts';
import rehypeArticleHtml from './rehype-article-html.ts';
import type { SkeletonTexts } from './id-skeleton.ts';

/**
 * Reads the ids of a body. Parse cost only (no stringify); call it for bodies the check has let through. `texts`:
 * the heading words an id skeleton (src/markdown/id-skeleton.ts) holds as tokens, given back to the id step.
 */
export function createIdReader(): (markdown: string, texts?: SkeletonTexts) => Set<string> {
  const { remark, rehype } = markdownPlugins('fast');
  const upToIds = (rehype as unknown[]).slice(0, (rehype as unknown[]).indexOf(rehypeArticleHtml) + 1);
  if (!upToIds.includes(rehypeArticleHtml) || !upToIds.some((p) => Array.isArray(p) && p[0] === rehypeSanitize)) {
    throw new Error('page-ids: the pipeline no longer sanitises before rehype-article-html');
  }
  const processor = unified()
    .use(remarkParse)
    .use(remark as PluggableList)
    .use(remarkRehype, remarkRehypeOptions)
    .use(upToIds as PluggableList)
    .freeze();
  return (markdown, texts) => {
    const data: { skeletonTexts?: SkeletonTexts | undefined; fallbackIds?: Set<string> } = { skeletonTexts: texts };
    const tree = processor.runSync(processor.parse(markdown), { data }) as Root;
    const ids = idsIn(tree);
    fallbacks.set(ids, data.fallbackIds ?? new Set());
    return ids;
  };
}

const fallbacks = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The `section-N` ids of an id set read here given to headings with no letters or digits (`## 🚀`), else none. */
export function fallbackIdsOf(ids: ReadonlySet<string>): ReadonlySet<string> {
  return fallbacks.get(ids) ?? new Set();
}

/** Every `id` in a tree; iterative (nesting is bounded by the check, but a walker should not depend on it). */
function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  const stack: RootContent[] = [...tree.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    const el = node as Element;
    if (typeof el.properties['id'] === 'string') ids.add(el.properties['id']);
    for (const child of el.children) stack.push(child as RootContent);
  }
  return ids;
}
