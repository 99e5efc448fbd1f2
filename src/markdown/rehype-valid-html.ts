/**
 * Repairs the structure of sanitised body HTML so every page is valid HTML (the W3C Nu checker accepts it), where a
 * line from the content check would be noise: raw HTML an editor pasted may hold a figure with two captions, a
 * `<dt>` without `<dd>`, a stray `<li>`, a `<div>` inside a heading, `colspan=99999`. Nothing an editor wrote is
 * lost: an element in a place it may not stand gives way to its content, a second caption is merged into the
 * first, a misplaced one becomes a plain block. Malformed addresses the check reports are also removed here, so a
 * page never carries one. Runs right after rehype-sanitize; one walk, each node handled a bounded number of times
 * (nesting is bounded by the content check before rendering).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { isUsableLanguageTag } from '#/domain/language-tags.ts';
import { laterHashesEncoded, urlProblem } from '#/domain/url-syntax.ts';
import { validDateTime } from './valid-datetime.ts';
import { fixTableColumns } from './table-columns.ts';

type Parent = Root | Element;
type Child = RootContent | ElementContent;

/** Elements allowed where only phrasing content may stand (of those the sanitiser keeps). */
const PHRASING = new Set('a abbr b bdi bdo br cite code data del dfn em i img ins kbd mark q ruby s samp small span strong sub sup time u var wbr'.split(' '));
/** Elements whose content must be phrasing. */
const PHRASING_ONLY = new Set('p h1 h2 h3 h4 h5 h6 pre span em strong b bdi bdo i u s small sub sup mark abbr cite code kbd samp var q dfn time data summary ruby rt rp'.split(' '));
/** A ruby's readings and their fallback parentheses: children of a `<ruby>`, where phrasing content stands too. */
const RUBY_PARTS = new Set(['rt', 'rp']);
/** Their content model is their parent's. */
const TRANSPARENT = new Set(['a', 'del', 'ins']);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section'];
/** Elements that may not appear anywhere inside these. */
const NO_DESCENDANT: Record<string, readonly string[]> = {
  a: ['a', 'details'],
  dfn: ['dfn'],
  ruby: ['ruby'],
  th: HEADINGS,
  dt: HEADINGS,
  caption: ['table'],
};
/** Elements that may only be children of these. */
const PARENTS: Record<string, readonly string[]> = {
  li: ['ol', 'ul'],
  dt: ['dl'],
  dd: ['dl'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  caption: ['table'],
  colgroup: ['table'],
  col: ['colgroup'],
  figcaption: ['figure'],
  summary: ['details'],
  rt: ['ruby'],
  rp: ['ruby'],
};
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

interface Context {
  phrasing: boolean;
  forbidden: ReadonlySet<string>;
  /** A `<div>` grouping one term and its definitions in a `<dl>`: its `<dt>`s and `<dd>`s stand (round 26b #6). */
  definitionGroup?: boolean;
}

export default function rehypeValidHtml() {
  return (tree: Root) => {
    // Footnotes' own ids (calls, notes, the label) win over an editor's raw `id="fn-1"`: the links must land.
    const owned = new Map<string, Element>();
    const claim = (node: Root | Element, inFootnotes: boolean) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const p = child.properties;
        if (typeof p['id'] === 'string' && (inFootnotes || p['dataFootnoteRef'] !== undefined) && !owned.has(p['id'])) owned.set(p['id'], child);
        claim(child, inFootnotes || p['dataFootnotes'] !== undefined);
      }
    };
    claim(tree, false);
    const ids = new Set<string>();
    const walk = (parent: Parent, ctx: Context) => {
      fixChildren(parent, ctx);
      if (parent.type === 'element') fixElement(parent, ids, owned);
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        const name = child.tagName;
        const extra = NO_DESCENDANT[name];
        walk(child, {
          phrasing: PHRASING_ONLY.has(name) || (TRANSPARENT.has(name) && ctx.phrasing),
          forbidden: extra ? new Set([...ctx.forbidden, ...extra]) : ctx.forbidden,
          // fixDefinitionList kept this `<dl>` only if each `<div>` in it is one group.
          definitionGroup: name === 'div' && parent.type === 'element' && parent.tagName === 'dl',
        });
      }
    };
    walk(tree, { phrasing: false, forbidden: new Set() });
  };
}

const isElement = (n: Child | undefined): n is Element => n?.type === 'element';
const significant = (n: Child) => n.type === 'element' || (n.type === 'text' && n.value.trim() !== '');
const named = (name: string, children: ElementContent[] = []): Element => ({ type: 'element', tagName: name, properties: {}, children });

/** Elements that may not stand where they are give way to their content; images without an address go. */
function fixChildren(parent: Parent, ctx: Context): void {
  const parentName = parent.type === 'element' ? parent.tagName : '';
  const out: Child[] = [];
  // A stack, not splices: the children of an element that gives way are judged in its place, each node once per
  // level it rises, so thousands of stray elements cost thousands of steps.
  const pending: Child[] = [...parent.children].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (!isElement(node)) {
      out.push(node);
      continue;
    }
    const name = node.tagName;
    const required = PARENTS[name];
    const rubyPart = RUBY_PARTS.has(name) && parentName === 'ruby';
    const grouped = ctx.definitionGroup === true && (name === 'dt' || name === 'dd');
    if ((required && !required.includes(parentName) && !grouped) || (ctx.phrasing && !PHRASING.has(name) && !rubyPart) || ctx.forbidden.has(name)) {
      // A block that gives way keeps its words apart from its neighbours' ("item" "term", not "itemterm").
      const gap: Child[] = PHRASING.has(name) ? [] : [{ type: 'text', value: ' ' }];
      const rising = [...gap, ...node.children, ...gap];
      for (let i = rising.length - 1; i >= 0; i--) pending.push(rising[i] as Child);
      continue;
    }
    if (name === 'img' && !validAddress(node, 'src')) continue;
    // `<bdo>` needs the direction it overrides: "ltr" or "rtl" (not "auto"); without one it is a span, words kept.
    if ((name === 'time' && !timeIsValid(node)) || (name === 'data' && node.properties['value'] === undefined) || (name === 'bdo' && !overridesDirection(node))) node.tagName = 'span';
    out.push(node);
  }
  parent.children = out as typeof parent.children;
}

function fixElement(el: Element, ids: Set<string>, owned: ReadonlyMap<string, Element>): void {
  fixAttributes(el, ids, owned);
  switch (el.tagName) {
    case 'ul':
    case 'ol':
      return wrapListItems(el);
    case 'dl':
      return fixDefinitionList(el);
    case 'figure':
      return fixFigure(el);
    case 'details':
      return fixDetails(el);
    case 'table':
      return fixTable(el);
    case 'ruby':
      return fixRuby(el);
  }
}

/**
 * A `<ruby>` as HTML allows it: words, then their reading (`<rt>…</rt>`, or `<rp>(</rp><rt>…</rt><rp>)</rp>`),
 * and again. `<rp>`s out of that order go (they are the fallback parentheses, which browsers that show ruby hide:
 * `<rp>words</rp><rt>k</rt>` would hide words); words after the last reading, or in a ruby with none, get an empty
 * `<rt>`, so they stay where they were and read as written.
 */
function fixRuby(ruby: Element): void {
  const out: ElementContent[] = [];
  let notes: Element[] = [];
  let gap: ElementContent[] = [];
  let words = false;
  const close = () => {
    const readings = notes.filter((n) => n.tagName === 'rt');
    const order = notes.map((n) => n.tagName).join(' ');
    if (readings.length > 0) {
      out.push(...(/^(?:rt(?: rt)*|rp rt rp(?: rt rp)*)$/.test(order) ? notes : readings));
      words = false;
    }
    out.push(...gap);
    notes = [];
    gap = [];
  };
  for (const child of ruby.children) {
    if (isElement(child) && RUBY_PARTS.has(child.tagName)) {
      notes.push(child);
      gap = [];
    } else if (notes.length > 0 && !significant(child)) {
      gap.push(child);
    } else {
      if (notes.length > 0) close();
      out.push(child);
      if (significant(child)) words = true;
    }
  }
  close();
  if (words || !out.some((n) => isElement(n) && n.tagName === 'rt')) out.push(named('rt'));
  ruby.children = out;
}

function validAddress(el: Element, key: 'href' | 'src' | 'cite'): boolean {
  // A "#" after the first is written %23, as the check's line says (round 26b #3): a footnote labelled [^a#b] keeps
  // its links (rehype-article-html.ts finds the note by the decoded fragment).
  if (typeof el.properties[key] === 'string') el.properties[key] = laterHashesEncoded(el.properties[key]);
  const value = el.properties[key];
  return typeof value === 'string' && value !== '' && urlProblem(value, { html: true }) === undefined;
}

const BOOLEAN_ATTRIBUTES = ['open', 'reversed'] as const;

function fixAttributes(el: Element, ids: Set<string>, owned: ReadonlyMap<string, Element>): void {
  const p = el.properties;
  for (const key of ['href', 'cite'] as const) if (p[key] !== undefined && !validAddress(el, key)) delete p[key];
  // Boolean attributes (`open`, `reversed`) mean "on" by their presence, whatever their value: `reversed="no"` would
  // reverse the list and fail validation. An editor's off-word removes it; any other value is the plain attribute.
  for (const key of BOOLEAN_ATTRIBUTES) {
    const value = p[key];
    if (typeof value === 'string') {
      if (/^\s*(false|no|off|0)\s*$/i.test(value)) delete p[key];
      else p[key] = true;
    }
  }
  if (p['hrefLang'] !== undefined && (p['href'] === undefined || !isUsableLanguageTag(String(p['hrefLang'])))) delete p['hrefLang'];
  if (p['lang'] !== undefined && !isUsableLanguageTag(String(p['lang']))) delete p['lang'];
  if (p['dir'] !== undefined) {
    const dir = String(p['dir']).toLowerCase();
    if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') p['dir'] = dir;
    else delete p['dir'];
  }
  if (p['id'] !== undefined) {
    const id = String(p['id']);
    // Ids are unique on a page and hold no spaces; the first keeps it.
    const owner = owned.get(id);
    if (/\s/.test(id) || id === '' || ids.has(id) || (owner !== undefined && owner !== el)) delete p['id'];
    else ids.add(id);
  }
  if (el.tagName === 'img') {
    if (p['alt'] === undefined) p['alt'] = '';
    for (const key of ['width', 'height']) if (p[key] !== undefined && !/^\d+$/.test(String(p[key]))) delete p[key];
  }
  if (el.tagName === 'ol' && p['start'] !== undefined && !/^-?\d+$/.test(String(p['start']))) delete p['start'];
  // Round 24b #2: a list's numbering style (`1`, `a`, `A`, `i`, `I`, case-sensitive) and an item's number.
  if (el.tagName === 'ol' && p['type'] !== undefined && !/^[1aAiI]$/.test(String(p['type']).trim())) delete p['type'];
  else if (el.tagName === 'ol' && p['type'] !== undefined) p['type'] = String(p['type']).trim();
  if (el.tagName === 'li' && p['value'] !== undefined && !/^-?\d+$/.test(String(p['value']).trim())) delete p['value'];
  if ((el.tagName === 'del' || el.tagName === 'ins') && p['dateTime'] !== undefined && !validDateTime(String(p['dateTime']), 'date-or-datetime')) delete p['dateTime'];
  if (el.tagName === 'th' && p['scope'] !== undefined) {
    const scope = String(p['scope']).toLowerCase();
    if (SCOPES.has(scope)) p['scope'] = scope;
    else delete p['scope'];
  }
}

function overridesDirection(el: Element): boolean {
  const dir = String(el.properties['dir'] ?? '').toLowerCase();
  return dir === 'ltr' || dir === 'rtl';
}

function timeIsValid(el: Element): boolean {
  const value = el.properties['dateTime'];
  if (value !== undefined) {
    if (validDateTime(String(value), 'any')) return true;
    delete el.properties['dateTime'];
  }
  return validDateTime(textOf(el), 'any');
}

function textOf(node: Child): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/**
 * Content of a list that is not in a list item goes into one (a `<p>` or text straight inside `<ul>`). An item's
 * number (`value`) is for items of an `<ol>` only.
 */
function wrapListItems(list: Element): void {
  if (list.tagName === 'ul') for (const child of list.children) if (isElement(child)) delete child.properties['value'];
  const out: ElementContent[] = [];
  let loose: ElementContent[] = [];
  const flush = () => {
    if (loose.some(significant)) out.push(named('li', loose));
    else out.push(...loose);
    loose = [];
  };
  for (const child of list.children) {
    if (isElement(child) && child.tagName === 'li') {
      flush();
      out.push(child);
    } else loose.push(child);
  }
  flush();
  list.children = out;
}

/**
 * A `<dl>` must be groups of `<dt>`s followed by `<dd>`s, or `<div>`s each holding one such group (HTML allows both,
 * not mixed: round 26b #6 flattened the `<div>` form); one that is not becomes plain blocks, words kept.
 */
function fixDefinitionList(dl: Element): void {
  const shapeOf = (el: Element, group: boolean): string =>
    el.children
      .filter(significant)
      .map((c) => (isElement(c) && c.tagName === 'dt' ? 't' : isElement(c) && c.tagName === 'dd' ? 'd' : group && isElement(c) && c.tagName === 'div' && /^t+d+$/.test(shapeOf(c, false)) ? 'g' : 'x'))
      .join('');
  const shape = shapeOf(dl, true);
  if (/^(t+d+)*$/.test(shape) || /^g+$/.test(shape)) return;
  dl.tagName = 'div';
  for (const child of dl.children) if (isElement(child) && (child.tagName === 'dt' || child.tagName === 'dd')) child.tagName = 'div';
}

/** One `<figcaption>`, first or last in its figure; any other becomes a plain block. */
function fixFigure(figure: Element): void {
  const parts = figure.children.filter(significant);
  const first = parts[0];
  const last = parts.at(-1);
  const keep = isElement(first) && first.tagName === 'figcaption' ? first : isElement(last) && last.tagName === 'figcaption' ? last : undefined;
  for (const child of figure.children) if (isElement(child) && child.tagName === 'figcaption' && child !== keep) child.tagName = 'div';
}

/** A `<details>` opens with its one `<summary>`; without one it is a plain block (its text shown). */
function fixDetails(details: Element): void {
  const summaries = details.children.filter((c): c is Element => isElement(c) && c.tagName === 'summary');
  const summary = summaries[0];
  if (!summary) {
    details.tagName = 'div';
    delete details.properties['open'];
    return;
  }
  for (const extra of summaries.slice(1)) extra.tagName = 'div';
  details.children = [summary, ...details.children.filter((c) => c !== summary)];
}

/**
 * Caption first (one), then column groups, head, bodies, foot; cells span no further than the table reaches, and
 * column markup covers its columns exactly (table-columns.ts).
 */
function fixTable(table: Element): void {
  const kids = table.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  const captions = kids.filter((c): c is Element => isElement(c) && c.tagName === 'caption');
  const caption = captions[0];
  for (const extra of captions.slice(1)) caption?.children.push({ type: 'text', value: ' ' }, ...extra.children);
  const of = (name: string) => kids.filter((c): c is Element => isElement(c) && c.tagName === name);
  const [head, ...extraHeads] = of('thead');
  const [foot, ...extraFoots] = of('tfoot');
  for (const extra of [...extraHeads, ...extraFoots]) extra.tagName = 'tbody';
  const rest = kids.filter((c) => !(isElement(c) && ['caption', 'colgroup', 'thead', 'tfoot'].includes(c.tagName)) || c === head || c === foot);
  const body = rest.filter((c) => c !== head && c !== foot);
  table.children = [...(caption ? [caption] : []), ...of('colgroup'), ...(head ? [head] : []), ...body, ...(foot ? [foot] : [])];

  // Row groups: a table's own rows are one group. Rows without cells are dropped (no row may be empty).
  const groups: Element[] = [table, ...table.children.filter((c): c is Element => isElement(c) && ['thead', 'tbody', 'tfoot'].includes(c.tagName))];
  const rowsOf = (g: Element) => g.children.filter((c): c is Element => isElement(c) && c.tagName === 'tr');
  for (const g of groups) g.children = g.children.filter((c) => !(isElement(c) && c.tagName === 'tr' && !c.children.some((x) => isElement(x) && (x.tagName === 'td' || x.tagName === 'th'))));
  const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
  let width = 0;
  for (const g of groups) for (const tr of rowsOf(g)) width = Math.max(width, cellsOf(tr).length);
  for (const g of groups) {
    const rows = rowsOf(g);
    rows.forEach((tr, r) => {
      const cells = cellsOf(tr);
      let used = 0;
      cells.forEach((cell, c) => {
        const p = cell.properties;
        // Every column a span reaches must have a cell starting in it somewhere: at most the widest row.
        const room = Math.max(1, width - used - (cells.length - c - 1));
        const colSpan = clampSpan(p['colSpan'], Math.min(room, 1000));
        if (colSpan === undefined) delete p['colSpan'];
        else p['colSpan'] = colSpan;
        used += colSpan ?? 1;
        const rowSpan = clampSpan(p['rowSpan'], Math.min(rows.length - r, 65534));
        if (rowSpan === undefined) delete p['rowSpan'];
        else p['rowSpan'] = rowSpan;
        alignAsClass(cell);
      });
    });
  }
  fixTableColumns(table);
}

/**
 * A column's alignment from the delimiter row (`---:`) as a class the stylesheet sets (round 25b #3): HTML's `align`
 * is obsolete (validators flag it, and the stylesheet's `text-align` overrode it, so figures stood at the start).
 */
function alignAsClass(cell: Element): void {
  const align = cell.properties['align'];
  if (align === undefined) return;
  delete cell.properties['align'];
  if (align === 'left' || align === 'right' || align === 'center') cell.properties['className'] = [`align-${align}`];
}

/** A span of at least 2 and at most `max`, or undefined (the default, 1). */
function clampSpan(value: unknown, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2) return undefined;
  return max < 2 ? undefined : Math.min(n, max);
}
