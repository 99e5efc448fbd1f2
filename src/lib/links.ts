/**
 * How a link in an article body points at another article. Shared by the content check (which reports links
 * to articles that do not exist) and the remark plugin (which rewrites `./other.md` to `/articles/other/`).
 */
import { posix } from 'node:path';

export type ArticleLink =
  | { kind: 'file'; /** path as written, without the #fragment */ path: string; slug: string; hash: string }
  | { kind: 'url'; slug: string; hash: string }
  | { kind: 'other' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function classifyHref(href: string, siteUrl: string): ArticleLink {
  const raw = href.trim().replace(/^<|>$/g, '');
  const hashAt = raw.indexOf('#');
  const hash = hashAt === -1 ? '' : raw.slice(hashAt);
  let path = hashAt === -1 ? raw : raw.slice(0, hashAt);
  const q = path.indexOf('?');
  if (q !== -1) path = path.slice(0, q);
  if (SCHEME.test(path) || path.startsWith('//')) {
    const origin = new URL(siteUrl).origin;
    if (!path.startsWith(origin + '/')) return { kind: 'other' };
    path = path.slice(origin.length);
  }
  const url = /^\/articles\/([^/]+)\/?$/.exec(path);
  if (url?.[1]) return { kind: 'url', slug: safeDecode(url[1]), hash };
  if (!path.startsWith('/') && /\.md$/i.test(path)) {
    return { kind: 'file', path, slug: posix.basename(path).replace(/\.md$/i, ''), hash };
  }
  return { kind: 'other' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface BodyLink {
  text: string;
  href: string;
  line: number;
  column: number;
}

/**
 * Finds inline links `[text](href)` and reference definitions `[id]: href` in Markdown, skipping code.
 * A scanner rather than a full parse keeps `check:content` fast; the remark plugin sees the real tree.
 */
export function scanLinks(markdown: string, firstLine = 1): BodyLink[] {
  const text = blankCode(markdown);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const pos = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + firstLine, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const out: BodyLink[] = [];
  const inline = /(!?)\[((?:[^\[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  for (let m = inline.exec(text); m; m = inline.exec(text)) {
    if (m[1] === '!') continue;
    out.push({ text: m[2] ?? '', href: m[3] ?? '', ...pos(m.index) });
  }
  const defs = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
  for (let m = defs.exec(text); m; m = defs.exec(text)) {
    out.push({ text: m[1] ?? '', href: m[2] ?? '', ...pos(m.index) });
  }
  return out;
}

/** Replaces fenced code blocks and inline code spans with spaces, keeping offsets and line breaks. */
function blankCode(md: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return md
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}
