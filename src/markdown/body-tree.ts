/**
 * The Markdown syntax tree of a body exactly as the renderer parses it: the same remark plugin list as
 * pipeline.ts (only their parser extensions take part in parsing), so a rule that reads this tree decides from
 * the parse the page is made from. Callers bound the input first (src/check/nesting.ts, amplification.ts).
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { markdownPlugins } from './pipeline.ts';

const parser = unified()
  .use(remarkParse)
  .use(markdownPlugins('fast').remark as PluggableList)
  .freeze();

export function parseBody(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * The tree after the remark plugins' own steps too (bare URLs linked, links inside a raw `<a>` given way to their
 * text, footnote calls moved out of links): the links the page carries. `data`: the file's data the steps read and
 * fill (remark-raw-anchor-text.ts `linksInLinks`).
 */
export function transformedBody(markdown: string, data?: Record<string, unknown>): Root {
  return parser.runSync(parser.parse(markdown), { value: markdown, ...(data ? { data } : {}) }) as Root;
}
