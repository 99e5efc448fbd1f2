/**
 * Frontmatter is a flat list of news fields: it never needs YAML's anchors (`&x`), aliases (`*x`), tags (`!x`,
 * `!!x`) or directives (`%YAML`). An editor who types them almost always meant text (`*KABUL*` as emphasis,
 * `&Co`, `!Breaking`), and YAML would silently drop words, crash on an unknown alias or build objects. Each one
 * found is one problem that names it and shows the line with the value quoted.
 */
import type { CST } from 'yaml';
import { typeTagAdvice } from './yaml-tag-fix.ts';

export interface YamlFeature {
  /** Offset in the YAML text. */
  offset: number;
  /** Dotted field the value belongs to (`title`, `image.src`), or undefined at the top level. */
  field: string | undefined;
  message: string;
  /** A `%` directive line rather than something in a value. */
  directive: boolean;
}

type Kind = 'anchor' | 'alias' | 'tag' | 'directive';
const KINDS: ReadonlySet<string> = new Set<Kind>(['anchor', 'alias', 'tag', 'directive']);

const WHAT: Record<Exclude<Kind, 'directive'>, string> = {
  anchor: 'an anchor',
  alias: 'an alias (a reference to an anchor)',
  tag: 'a type tag',
};

/** Every anchor, alias, tag and directive in `yaml`, in order, from the YAML parser's tokens for it. */
export function findYamlFeatures(yaml: string, tokens: readonly CST.Token[]): YamlFeature[] {
  const found: { type: Kind; offset: number; source: string }[] = [];
  // An explicit stack, not recursion: deeply nested input must not overflow the call stack here.
  const stack: unknown[] = [tokens];
  // Token objects can be reachable from more than one parent: each is visited once.
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const t = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (typeof t.type === 'string' && KINDS.has(t.type) && typeof t.offset === 'number' && typeof t.source === 'string') {
      found.push({ type: t.type as Kind, offset: t.offset, source: t.source });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
  }
  found.sort((a, b) => a.offset - b.offset);
  return found.map((f) => ({ offset: f.offset, field: fieldAt(yaml, f.offset), message: explainFeature(yaml, f), directive: f.type === 'directive' }));
}

function explainFeature(yaml: string, f: { type: Kind; offset: number; source: string }): string {
  const token = f.source.trim();
  if (f.type === 'directive') {
    return `YAML directives such as \`${token}\` do not belong in frontmatter; remove the line and any "---" below it (the fields start right after the first "---")`;
  }
  const lineStart = yaml.lastIndexOf('\n', f.offset - 1) + 1;
  const lineEnd = yaml.indexOf('\n', f.offset);
  const line = yaml.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const before = line.slice(0, f.offset - lineStart);
  const inFlow = openBrackets(before) > 0;
  let value = line.slice(f.offset - lineStart);
  value = inFlow ? (/^[^,\]}]*/.exec(value)?.[0] ?? value) : value.replace(/\s+#.*$/, '');
  value = value.trimEnd();
  const what = `YAML reads \`${token}\` as ${WHAT[f.type]}, which frontmatter has no use for`;
  if (f.type === 'tag') {
    const advice = typeTagAdvice({ token, value, before, field: fieldAt(yaml, f.offset), inFlow, blockFollows: blockFollows(yaml, lineEnd, before) });
    if (advice !== undefined) return `${what}; ${advice}`;
  }
  if (value === token && f.type !== 'alias') return `${what}; remove \`${token}\``;
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const shown = inFlow ? `${quoted} (inside the list)` : `${before.trimStart()}${quoted}`;
  return `${what}; put the whole value in quotes: ${shown}`;
}

/** The next non-blank line is indented deeper than the tagged one, or is a list item: a block value follows. */
function blockFollows(yaml: string, lineEnd: number, before: string): boolean {
  if (lineEnd === -1) return false;
  const next = /\n([ \t]*)(-?)[^\s]/.exec(yaml.slice(lineEnd, lineEnd + 4096));
  if (!next) return false;
  const indent = /^[ \t]*/.exec(before)![0].length;
  return (next[1] ?? '').length > indent || next[2] === '-';
}

function openBrackets(s: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth;
}

/** The dotted field a position belongs to, read from the keys of the lines above it with less indentation. */
export function fieldAt(yaml: string, offset: number): string | undefined {
  const lines = yaml.slice(0, offset).split('\n');
  const current = lines.pop() ?? '';
  const keys: string[] = [];
  const key = (line: string) => /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(line);
  const own = key(current);
  let indent = own ? (own[1] ?? '').length : /^\s*/.exec(current)?.[0].length ?? 0;
  if (own?.[2] && offset - yaml.lastIndexOf('\n', offset - 1) - 1 > own[0].length - 1) keys.push(own[2]);
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const m = key(lines[i] ?? '');
    const ind = m ? (m[1] ?? '').length : Infinity;
    if (m?.[2] && ind < indent) {
      keys.unshift(m[2]);
      indent = ind;
    }
  }
  return keys.length ? keys.join('.') : undefined;
}

/** Deepest nesting of brackets a frontmatter may have; a news frontmatter needs two (a list inside a field). */
export const MAX_FLOW_DEPTH = 32;

/**
 * Where the frontmatter's `[`/`{` nesting first goes deeper than {@link MAX_FLOW_DEPTH}, or undefined. Checked
 * before parsing, in one pass: the YAML parser takes seconds on thousands of nested brackets, and its data
 * conversion recurses once per level.
 */
export function tooDeep(yaml: string): { offset: number; message: string } | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || (c === "'" && /[\s[{,:]/.test(yaml[i - 1] ?? ' '))) quote = c;
    else if (c === '#' && /\s/.test(yaml[i - 1] ?? ' ')) {
      const end = yaml.indexOf('\n', i);
      i = end === -1 ? yaml.length : end;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) {
        return { offset: i, message: `lists or brackets are nested more than ${MAX_FLOW_DEPTH} levels deep here; a field needs at most two (e.g. tags: [a, b]), so check for stray "[" or "{"` };
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}
