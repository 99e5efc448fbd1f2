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
    // Links to this site in any spelling (http or https, any case, default port, protocol-relative) count.
    let url: URL;
    try {
      url = new URL(path.startsWith('//') ? `https:${path}` : path);
    } catch {
      return { kind: 'other' };
    }
    if (!/^https?:$/.test(url.protocol) || url.host !== new URL(siteUrl).host) return { kind: 'other' };
    path = url.pathname;
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
  return scan(markdown, firstLine, 'links');
}

/** Inline images `![alt](src)` in Markdown, skipping code; `text` is the alt text. */
export function scanImages(markdown: string, firstLine = 1): BodyLink[] {
  return scan(markdown, firstLine, 'images');
}

function scan(markdown: string, firstLine: number, want: 'links' | 'images'): BodyLink[] {
  // No "](" and no "]:" means no inline link, image or definition to find.
  if (!markdown.includes('](') && !markdown.includes(']:')) return [];
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
  const inline = /(!?)\[((?:[^\[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  for (let m = inline.exec(text); m; m = inline.exec(text)) {
    if ((m[1] === '!') !== (want === 'images')) continue;
    out.push({ text: m[2] ?? '', href: m[3] ?? '', ...pos(m.index) });
  }
  if (want === 'images') return out;
  // Footnote definitions (`[^1]: …`) are not link definitions.
  const defs = /^ {0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
  for (let m = defs.exec(text); m; m = defs.exec(text)) {
    out.push({ text: m[1] ?? '', href: m[2] ?? '', ...pos(m.index) });
  }
  return out;
}

/**
 * Replaces code (fenced blocks, indented blocks outside lists, inline code spans) with spaces, keeping offsets
 * and line breaks, so links inside code are neither checked nor counted.
 */
export function blankCode(md: string): string {
  // Most bodies have no code at all: no backtick, no tilde fence, no line indented by four spaces or a tab.
  if (!md.includes("`") && !md.includes("~~~") && !/(^|\n)( {4}|\t)/.test(md)) return md;
  const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');
  const lines = md.split('\n');
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  let inIndentedCode = false;
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*\r?$/.exec(line);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      lines[i] = blank(line);
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open?.[1] && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      lines[i] = blank(line);
      continue;
    }
    const isBlank = /^[ \t]*\r?$/.test(line);
    if (!isBlank && /^( {4}|\t)/.test(line) && (previousBlank || inIndentedCode) && !inList) {
      inIndentedCode = true;
      lines[i] = blank(line);
      continue;
    }
    if (!isBlank) {
      inIndentedCode = false;
      if (/^ {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)/.test(line)) inList = true;
      else if (previousBlank && !/^[ \t]/.test(line)) inList = false;
    }
    previousBlank = isBlank;
  }
  // Inline code spans never cross a blank line (a paragraph break).
  return lines.join('\n').replace(/(`+)(?!`)((?:(?!\n[ \t]*\r?\n)[\s\S])*?[^`])\1(?!`)/g, blank);
}
