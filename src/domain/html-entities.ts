/**
 * Character references in HTML the site wrote (an attribute's `&amp;`, `&#39;`, `&#x27;`), read back as text: the
 * one reader for the page code that swaps photos (body-images-html.ts) and the build's sweep of stale outputs.
 * A reference that names no character (an unknown name, a number past U+10FFFF) stays as written.
 */
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? all;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
