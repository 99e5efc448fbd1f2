/**
 * The one judge of "safe HTML" for the hostile-content tests (tests/unit/sanitize.test.ts) and the fuzz tests
 * (tests/unit/fuzz.test.ts). Markup is parsed with parse5, the HTML5 parser browsers follow, so attribute and
 * nesting tricks are judged the way a browser would see them rather than by regex.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type El = DefaultTreeAdapterMap['element'];

export function parse(markup: string) {
  return parseFragment(markup);
}

export function isElement(n: Node): n is El {
  return 'tagName' in n;
}

/** Every node, depth first (iterative: deeply nested hostile markup cannot overflow the test's stack). */
export function walk(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    out.push(n);
    const kids: Node[] = 'childNodes' in n ? [...n.childNodes] : [];
    // <template> keeps its children in `content`.
    if (isElement(n) && n.tagName === 'template' && 'content' in n) kids.push((n as unknown as { content: Node }).content);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

export function elements(markup: string): El[] {
  return walk(parse(markup)).filter(isElement);
}

export const $ = (markup: string, tag: string) => elements(markup).filter((e) => e.tagName === tag);
export const attr = (e: El, name: string) => e.attrs.find((a) => a.name === name)?.value;

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'svg', 'math', 'meta', 'base', 'link',
  'noscript', 'template', 'textarea', 'select', 'frame', 'frameset', 'applet', 'title', 'xmp', 'audio', 'video',
  'source', 'portal',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction', 'action', 'target', 'srcset', 'xlink:href', 'http-equiv', 'background', 'poster']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme a browser would see: entities are already decoded by the parser; browsers also drop leading C0
 * controls and spaces and ignore tab/newline anywhere in a URL, and schemes are case-insensitive.
 */
function scheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** Every rule a rendered body must satisfy, whatever the input. Returns the problems found. */
export function problems(markup: string): string[] {
  const found: string[] = [];
  for (const n of walk(parse(markup))) {
    if (n.nodeName === '#comment') found.push(`comment <!--${(n as DefaultTreeAdapterMap['commentNode']).data}-->`);
    if (!isElement(n)) continue;
    if (FORBIDDEN_ELEMENTS.has(n.tagName)) found.push(`element <${n.tagName}>`);
    if (n.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`foreign element <${n.tagName}>`);
    for (const { name, value } of n.attrs) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) found.push(`event handler ${name} on <${n.tagName}>`);
      if (FORBIDDEN_ATTRIBUTES.has(lower)) found.push(`attribute ${name} on <${n.tagName}>`);
      if (URL_ATTRIBUTES.has(lower)) {
        const s = scheme(value);
        if (s !== undefined && !SAFE_SCHEMES.has(s)) found.push(`${name}="${value}" on <${n.tagName}>`);
      }
      if (lower === 'id' || lower === 'name') {
        // Editors' ids are prefixed; the only bare ids are headings' generated slugs.
        if (!value.startsWith('user-content-') && !/^h[2-6]$/.test(n.tagName)) found.push(`unprefixed ${name}="${value}"`);
      }
    }
  }
  return found;
}

