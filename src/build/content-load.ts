/**
 * Runs the content check once per module instance and shares the result between the callers in it: the
 * integration (which stops `astro build` on errors before anything renders, then feeds the search index and the
 * social cards) and, in the content layer's own instance, the four collection loaders. Both judge visibility
 * by the same build context (src/domain/context.ts), so they see the same articles.
 */
import { checkContent, contentDirFor, type CheckedContent } from '#/check/content-check.ts';
import { checkVisibility, type BuildContext } from '#/domain/context.ts';

let cached: { key: string; result: CheckedContent } | undefined;

/** `fresh`: re-read the files even when a result is cached (the dev server after a change). */
export function loadCheckedContent(ctx: BuildContext, opts: { fresh?: boolean } = {}): CheckedContent {
  const key = `${ctx.root}|${contentDirFor(ctx.root)}|${ctx.mode}|${ctx.now}`;
  if (!opts.fresh && cached?.key === key) return cached.result;
  const result = checkContent({ root: ctx.root, visibility: checkVisibility(ctx) });
  cached = { key, result };
  return result;
}
