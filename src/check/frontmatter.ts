/**
 * Splits a Markdown file into frontmatter and body and parses the frontmatter with a real YAML 1.2 parser,
 * keeping positions so every problem can name its line and column. YAML 1.2's core schema has no timestamp
 * type, so `2026-02-30` stays the string the editor wrote instead of rolling over to March 2.
 */
import { Composer, isCollection, isMap, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError, type CST, type Document, type Pair, type YAMLError, type YAMLMap, type YAMLWarning } from 'yaml';
import { fieldAt, findYamlFeatures, tooDeep } from './rules/yaml-rules.ts';
import { findCommentsInLists, findCommentsInText } from './rules/yaml-comment.ts';
import { yamlLayoutSlips } from './rules/yaml-layout.ts';
import { commaDecimalDates, keylessPairs, oddEscapes } from './rules/yaml-values.ts';
import { mergedListHint } from './rules/duplicate-lists.ts';
import { parseSimpleFrontmatter } from './frontmatter-fast.ts';
import { foreignFrontmatter, tomlBetweenDashes } from './rules/foreign-frontmatter.ts';
import type { Position } from './position.ts';
import { fastYaml } from '#/build/optimise.ts';

export type { Position } from './position.ts';

export interface YamlProblem extends Position {
  message: string;
  /** The field the problem is in, when known (else it is reported under `frontmatter`). */
  field?: string | undefined;
}

export interface ParsedFrontmatter {
  /** Parsed YAML as plain data; undefined when the YAML could not be read. */
  data: Record<string, unknown> | undefined;
  /** Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  problems: YamlProblem[];
  /** File position of the value at `path` (or of its key, or of the nearest parent that exists). */
  locate(path: readonly PropertyKey[]): Position;
  /**
   * Fields left out of `data` because their value holds an anchor, alias or type tag (already a problem): the rest
   * of the file is still read, so its other problems come in the same run; the schema says nothing about these.
   */
  unread?: ReadonlySet<string>;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
/** A first line ended by a CR alone (a file saved with classic Mac OS line endings). */
const CR_ONLY = /^[^\n\r]*\r(?!\n)/;
const CR_ONLY_MESSAGE = 'the file is saved with old Mac line endings (CR only), so no line ends where Markdown and YAML look for one; save it with LF or CRLF line endings';

const YAML_HINTS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'a field appears twice; keep one',
  TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces',
  BAD_INDENT: 'the indentation is inconsistent; line the field up with the others',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BAD_DQ_ESCAPE: 'a backslash escape inside double quotes is invalid; use single quotes or escape it as \\\\',
  MULTILINE_IMPLICIT_KEY: 'a value runs over several lines; quote it, or check for a missing ":" or closing quote',
  BLOCK_AS_IMPLICIT_KEY: 'this line is indented differently from the lines around it; line it up with its neighbours and check the quotes',
  UNEXPECTED_TOKEN: 'unexpected text; quote values containing ":" or "#" and check the indentation',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as @, `, % or |); put it in quotes',
  MULTIPLE_DOCS: 'the frontmatter holds a second "---"; remove it',
};

export function parseFrontmatter(text: string): ParsedFrontmatter {
  const open = OPEN.exec(text);
  if (!open) {
    // Old Mac line endings (a lone CR): the "---" is there, but no line ends where the parser looks for it.
    if (CR_ONLY.test(text)) return failed(text, 1, 1, CR_ONLY_MESSAGE);
    const spoilt = spoiltFence(text.slice(0, text.search(/\r?\n|$/)));
    if (spoilt) return failed(text, 1, 1, spoilt);
    // Hugo's TOML (`+++`) or JSON front matter: named, with the YAML to write (round 27b #11).
    const foreign = foreignFrontmatter(text);
    if (foreign) return failed(text, 1, 1, foreign);
    return failed(text, 1, 1, 'the file does not start with a "---" line; frontmatter must come first');
  }
  const afterOpen = open[0].length;
  const rest = text.slice(afterOpen);
  // The closing fence may be the very first line (empty frontmatter).
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close || !CLOSE.test(rest)) {
    return failed(text, 1, 1, 'the frontmatter has no closing "---" line; add one after the last field');
  }
  const yamlText = rest.slice(0, close.index);
  // A lone CR in the frontmatter: lines saved with old Mac line endings after an LF first line; YAML would read the
  // fields as one line and blame a colon.
  if (/\r(?!\n)/.test(yamlText)) return failed(text, 1, 1, CR_ONLY_MESSAGE);
  let bodyStart = afterOpen + close.index + close[0].length;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  const body = text.slice(bodyStart);
  const bodyLine = countLines(text, bodyStart);
  const lineOffset = 1; // the opening `---` is line 1
  // Bounded before YAML reads it: 170,000 list lines or 300,000 `? ` keys took the parser 20–40 s (and its
  // composer overflowed the stack), while a news frontmatter is a few dozen lines.
  const size = frontmatterSizeProblem(yamlText);
  if (size) return { data: undefined, body, bodyLine, problems: [{ line: lineOffset + 1, column: 1, message: size }], locate: () => ({ line: 1, column: 1 }) };
  if (fastYaml()) {
    const fast = parseSimpleFrontmatter(yamlText, lineOffset + 1);
    if (fast) return { data: fast.data, body, bodyLine, problems: [], locate: fast.locate };
  }

  const lineCounter = new LineCounter();
  const deep = tooDeep(yamlText);
  if (deep) {
    const before = yamlText.slice(0, deep.offset);
    const line = before.split('\n').length + lineOffset;
    return { data: undefined, body, bodyLine, problems: [{ line, column: deep.offset - before.lastIndexOf('\n'), message: deep.message }], locate: () => ({ line: 1, column: 1 }) };
  }
  // One pass of YAML's parser: its tokens give both the document and the anchors, aliases, tags and directives.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(yamlText)];
  const doc = composeOne(tokens, yamlText.length);
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  // One problem per line: the parser often reports a single mistake several times over. Anchors, aliases, tags
  // and directives come first (they explain the parser's complaints on the same line), then errors, then warnings:
  // a warning (an unresolved tag, say) means YAML read something other than what was written, so it is an error too.
  const seenLines = new Set<number>();
  const problems: YamlProblem[] = [];
  // Text a comment would cut (`caption: Kabul #1 crossing`) is refused, but YAML still reads the rest of the file:
  // the schema's problems elsewhere (an empty alt beside that caption) are reported in the same run.
  let readable = 0;
  // `reportedAt` is where the parser noticed the problem, which can differ from where the fix goes (`offset`).
  const add = (offset: number, message: string, field?: string, reportedAt = offset) => {
    const line = toPos(reportedAt).line;
    if (seenLines.has(line)) return;
    seenLines.add(line);
    problems.push({ ...toPos(offset), message, ...(field ? { field } : {}) });
  };
  const features = findYamlFeatures(yamlText, tokens);
  for (const f of features) add(f.offset, f.message, f.field);
  const featureProblems = problems.length;
  // Read without complaint but not as meant: `"snake\_case"` (a no-break space), a `: value` line with no field,
  // `{date: 2026-11-20T11:00:00,5+04:30}` (the comma ends the value).
  // An odd escape leaves the document readable: its field is set aside (as a feature's is) and the file's other
  // fields are still checked in the same run (round 32c F6).
  const escapedFields = new Set<string>();
  let escapeProblems = 0;
  for (const e of oddEscapes(tokens)) {
    const field = fieldAt(yamlText, e.offset);
    const before = problems.length;
    add(e.offset, e.message, field);
    if (problems.length === before) continue;
    escapeProblems++;
    escapedFields.add(field?.split(/[.[]/)[0] ?? '');
  }
  for (const e of [...keylessPairs(doc, yamlText), ...commaDecimalDates(doc, yamlText)]) add(e.offset, e.message, e.field ?? fieldAt(yamlText, e.offset));
  const beforeComments = problems.length;
  for (const c of findCommentsInText(yamlText)) add(c.offset, c.message, fieldAt(yamlText, c.offset) ?? c.field);
  readable = problems.length - beforeComments;
  for (const c of findCommentsInLists(yamlText)) add(c.offset, c.message, fieldAt(yamlText, c.offset) ?? c.field);
  // A directive already reported explains the parser's "missing directives-end" complaint: one line is enough.
  const directive = features.some((f) => f.directive);
  // A layout slip (a no-break space after a colon, an indented first field) explains the parser's complaints.
  const slips = doc.errors.length > 0 ? yamlLayoutSlips(yamlText) : [];
  for (const s of slips) add(s.offset, s.message, s.field ?? fieldAt(yamlText, s.offset));
  // The parser's complaints from the first slip on are its consequences; those above it are mistakes of their own.
  const slipLine = slips[0] ? toPos(slips[0].offset).line : Infinity;
  for (const e of [...doc.errors, ...doc.warnings].filter((x) => toPos(x.pos[0]).line < slipLine)) {
    if (directive && /directive/i.test(e.message)) continue;
    // Explaining walks the document: only once per line, or 100,000 unclosed brackets would take quadratic time.
    if (seenLines.has(toPos(e.pos[0]).line)) continue;
    const { offset, hint } = explain(e, doc, yamlText);
    // Where the fix goes may be a line already explained (the list a "#" left open): one line is enough.
    if (seenLines.has(toPos(offset).line)) continue;
    add(offset, `${hint} (${firstLine(e.message)})`, undefined, e.pos[0]);
  }
  let data: Record<string, unknown> | undefined;
  // Anchors, aliases and tags in some fields (and nothing else wrong): the other fields are still read and checked.
  const unread = new Set([...features.map((f) => f.field?.split(/[.[]/)[0] ?? ''), ...escapedFields]);
  const setAside = featureProblems + escapeProblems;
  const onlyFeatures = setAside > 0 && !directive && !unread.has('') && problems.length === setAside + readable;
  if (problems.length === readable || onlyFeatures) {
    try {
      const js: unknown = doc.toJS({ maxAliasCount: 50 });
      if (js === null || js === undefined) data = {};
      else if (isMap(doc.contents)) data = js as Record<string, unknown>;
      else if (!onlyFeatures) problems.push({ line: 2, column: 1, message: tomlBetweenDashes(yamlText) ?? 'the frontmatter must be a list of "field: value" lines' });
      if (onlyFeatures && data) for (const key of unread) delete data[key];
    } catch (e) {
      // An alias to no anchor cannot be read, and is already one line.
      if (!onlyFeatures) problems.push({ line: 2, column: 1, message: `the YAML cannot be read (${firstLine(e instanceof Error ? e.message : String(e))})` });
    }
  }
  return { data, body, bodyLine, problems, locate: makeLocate(doc, toPos), ...(onlyFeatures ? { unread } : {}) };
}

/** What `parseDocument` does, from tokens already parsed: the first document, and an error if there is a second. */
function composeOne(tokens: CST.Token[], length: number): Document {
  // Keys are checked for repeats here, in one pass: the YAML library's own check compares every pair (20,000 keys
  // took minutes).
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, schema: 'core' });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose() always yields a document, an empty one for empty input.
  const composed = doc as Document;
  composed.errors.push(...repeatedKeys(composed));
  return composed;
}

/** The two pairs of each DUPLICATE_KEY error (its first writing and this one), for the merged list (duplicate-lists.ts). */
const repeatedPairs = new WeakMap<object, [Pair, Pair]>();

/** A DUPLICATE_KEY error for every key that repeats an earlier one in the same map, without recursion. */
function repeatedKeys(doc: Document): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<unknown, Pair>();
      for (const pair of node.items) {
        const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
        const value = isScalar(key) ? key.value : key;
        const first = seen.get(value);
        if (first && key?.range) {
          const error = new YAMLParseError([key.range[0], key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique');
          repeatedPairs.set(error, [first, pair]);
          errors.push(error);
        }
        if (!first) seen.set(value, pair);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * Turns a parser error into a hint an editor can act on, pointing at the place to fix: where an unclosed quote
 * or bracket opens rather than where the parser gave up, the over-indented line rather than the field above it.
 */
function explain(e: YAMLError | YAMLWarning, doc: Document, yaml: string): { offset: number; hint: string } {
  const at = e.pos[0];
  const fallback = { offset: at, hint: YAML_HINTS[e.code] ?? 'the YAML cannot be read' };
  if (e.code === 'BAD_SCALAR_START' && yaml[at] === '%' && (at === 0 || yaml[at - 1] === '\n')) {
    return { offset: at, hint: 'a line starting with "%" is a YAML directive, which does not belong in frontmatter; remove it (or quote the value it belongs to)' };
  }
  if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) {
    const start = openingOf(doc, at, (n) => isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'));
    const q = start === undefined ? '"' : yaml[start] ?? '"';
    return { offset: start ?? at, hint: `the value that starts with ${q} has no closing ${q}; add one at the end of the value` };
  }
  if (/end with an? [\]}]/.test(e.message)) {
    const start = openingOf(doc, at, (n) => isCollection(n) && n.flow === true);
    const [open, close] = yaml[start ?? -1] === '{' ? ['{', '}'] : ['[', ']'];
    return { offset: start ?? at, hint: `the list that starts with "${open}" has no closing "${close}"; add it after the last item` };
  }
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]+)/.exec(yaml.slice(at))?.[1]?.trim();
    const pairs = repeatedPairs.get(e);
    const merged = key && pairs ? mergedListHint(key, pairs[0], pairs[1], yaml) : undefined;
    return key ? { offset: at, hint: merged ?? `the field "${key}" appears twice; keep one` } : fallback;
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && /nested mappings/i.test(e.message)) {
    const lineEnd = yaml.indexOf('\n', at);
    const rest = yaml.slice(at, lineEnd === -1 ? undefined : lineEnd);
    if (/:(?:\s|$)/.test(rest)) return { offset: at, hint: 'the value contains ": ", which YAML reads as a new field; put the whole value in quotes' };
    const next = /\n[ \t]*(?=\S)/.exec(yaml.slice(at));
    if (next) {
      return {
        offset: at + next.index + next[0].length,
        hint: 'this line is indented more than the field above it; line it up with the other fields (or quote the value above if it continues here)',
      };
    }
  }
  return fallback;
}

/** Start offset of the innermost node matching `test` that runs up to `offset` (an unclosed quote or bracket). */
function openingOf(doc: Document, offset: number, test: (node: unknown) => boolean): number | undefined {
  let best: number | undefined;
  visit(doc, {
    Node(_, node) {
      const range = (node as { range?: [number, number, number] }).range;
      if (range && test(node) && range[0] < offset && offset <= range[2] && (best === undefined || range[0] > best)) best = range[0];
    },
  });
  return best;
}

function makeLocate(doc: Document, toPos: (offset: number) => Position) {
  // Each map's pairs by key, indexed once: finding 20,000 unknown fields one by one would be quadratic.
  const pairsOf = new WeakMap<YAMLMap, Map<unknown, Pair>>();
  const pairOf = (map: YAMLMap, key: PropertyKey): Pair | undefined => {
    let index = pairsOf.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const k = (pair.key as { value?: unknown } | null)?.value;
        if (!index.has(k)) index.set(k, pair as Pair);
        // `1: x`, `true: x`: YAML reads a number or a boolean, the data (and so every problem's path) has the text.
        const text = k === null || k === undefined ? '' : String(k);
        if (typeof k !== 'string' && !index.has(text)) index.set(text, pair as Pair);
      }
      pairsOf.set(map, index);
    }
    return index.get(key);
  };
  const childOf = (node: unknown, key: PropertyKey): unknown =>
    isMap(node) ? pairOf(node, key)?.value : isSeq(node) && typeof key === 'number' ? node.items[key] : undefined;
  const rangeOf = (node: unknown) => (node && typeof node === 'object' ? (node as { range?: [number, number, number] }).range : undefined);
  return (path: readonly PropertyKey[]): Position => {
    // The nodes along the path, as far as it exists.
    const nodes: unknown[] = [doc.contents];
    for (const key of path) {
      const next = childOf(nodes[nodes.length - 1], key);
      if (next === undefined || next === null) break;
      nodes.push(next);
    }
    for (let n = path.length; n > 0; n--) {
      const range = rangeOf(nodes[n]);
      if (range) return toPos(range[0]);
      // A key without a usable value node (e.g. `title:`): point at the key.
      const parent = nodes[n - 1];
      const keyRange = isMap(parent) ? rangeOf(pairOf(parent, path[n - 1] as PropertyKey)?.key) : undefined;
      if (keyRange) return toPos(keyRange[0]);
    }
    return { line: 1, column: 1 };
  };
}

/** Limits of the frontmatter (the text between the two `---` lines). */
export const FRONTMATTER_LIMITS = { bytes: 64 * 1024, lines: 1_000 } as const;

function frontmatterSizeProblem(yaml: string): string | undefined {
  const bytes = Buffer.byteLength(yaml);
  let lines = 1;
  for (let i = yaml.indexOf('\n'); i !== -1 && lines <= FRONTMATTER_LIMITS.lines; i = yaml.indexOf('\n', i + 1)) lines++;
  if (bytes <= FRONTMATTER_LIMITS.bytes && lines <= FRONTMATTER_LIMITS.lines) return undefined;
  const what = bytes > FRONTMATTER_LIMITS.bytes ? `is ${Math.ceil(bytes / 1024)} KB long` : `has more than ${FRONTMATTER_LIMITS.lines.toLocaleString('en-US')} lines`;
  return `the frontmatter ${what} (the limits are 64 KB and 1,000 lines; an article's needs a few dozen); keep its lists short (at most 20 related articles, 20 tags) and move long text into the body`;
}

function failed(text: string, line: number, column: number, message: string): ParsedFrontmatter {
  return {
    data: undefined,
    body: text,
    bodyLine: 1,
    problems: [{ line, column, message }],
    locate: () => ({ line: 1, column: 1 }),
  };
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}

function countLines(text: string, end: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A first line that looks like the fence but is not (round 16, finding 3): dashes autocorrect made long (`———`,
 * `—-`), or `---` with a no-break or other unusual space after it. Said as what the line holds, with the fix; the
 * same for the closing line is the YAML's own business (it is then text inside the frontmatter).
 */
function spoiltFence(line: string): string | undefined {
  const trimmed = line.replace(/^\uFEFF/, '');
  if (/^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{1,6}[ \t]*$/.test(trimmed) && /[^-]/.test(trimmed.trim())) {
    return `line 1 is "${trimmed.trim()}", dashes that autocorrect or a word processor made of "---"; write three hyphen-minus characters: ---`;
  }
  // A comment after the fence (`--- # front`): YAML's comment, but no fence for Markdown's frontmatter (32a F13).
  if (/^---[ \t]+#/.test(trimmed)) return `line 1 is "${trimmed.trim()}", a "---" line with a comment after it, which is not read as the start of the frontmatter; delete what follows "---" (a comment can go on a line of its own below it)`;
  const odd = /^---([^\S\r\n]+)$/.exec(trimmed)?.[1]?.replace(/[ \t]/g, '');
  if (odd) return `line 1 is "---" followed by ${[...odd].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')} (an unusual space, as a paste can leave), so it is not read as the start of the frontmatter; delete what follows "---"`;
  return undefined;
}
