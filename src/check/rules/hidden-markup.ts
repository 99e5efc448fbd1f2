/**
 * Markup that CommonMark reads as raw HTML the page then drops with its words, besides comments (the one note
 * syntax, `<!-- … -->`, handled in body-text.ts): an XML processing instruction `<?…?>`, a CDATA section
 * `<![CDATA[…]]>` and a declaration `<!Note …>`. Closed, each drops the words inside it; never closed at the start
 * of a line, each starts an HTML block that runs to the end of the story (`<?`, `<![CDATA[`) or to the next line
 * holding a ">" (`<!X`), hiding every paragraph in between. Unclosed inside a line they are shown as typed, so
 * they pass. One pass over the body (code and comments already blanked): each search resumes where the last one
 * stopped, and a closer known to be missing is not searched for again.
 */
export interface HiddenMarkup {
  offset: number;
  message: string;
}

interface Kind {
  close: string;
  what: string;
  fix: string;
}

const KINDS = {
  pi: { close: '?>', what: 'an XML processing instruction', fix: 'write "&lt;?" to show it as text, or write a note to the desk as <!-- … -->' },
  cdata: { close: ']]>', what: 'a CDATA section (from XML)', fix: 'write the words without "<![CDATA[" and "]]>"' },
  declaration: { close: '>', what: 'an HTML declaration', fix: 'write "&lt;!" to show it as text, or write a note to the desk as <!-- … -->' },
} satisfies Record<string, Kind>;

const OPENER = /<(?:\?|!\[CDATA\[|![A-Za-z])/g;
/** What may stand before an HTML block on its line: indentation, blockquote markers and list markers. */
const LINE_START = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*$/;

export function hiddenMarkup(text: string): HiddenMarkup[] {
  if (!text.includes('<?') && !text.includes('<!')) return [];
  const out: HiddenMarkup[] = [];
  const missing = new Set<Kind>();
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const at = m.index;
    const kind: Kind = m[0] === '<?' ? KINDS.pi : m[0].startsWith('<![') ? KINDS.cdata : KINDS.declaration;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const atLineStart = at - lineStart <= 200 && LINE_START.test(text.slice(lineStart, at));
    // A declaration's words start at its letter (`<!Note`); the other openers are all markup.
    const from = at + (kind === KINDS.declaration ? 2 : m[0].length);
    const close = missing.has(kind) ? -1 : text.indexOf(kind.close, from);
    const opener = shown(text.slice(at, Math.min(text.length, at + 60)).split('\n')[0] ?? '');
    if (close === -1) {
      missing.add(kind);
      if (!atLineStart) continue;
      const rest = words(text.slice(from, from + 2000));
      out.push({ offset: at, message: `"${opener}" starts ${kind.what} that is never closed (no "${kind.close}" follows), so the page drops everything after it${rest ? ` ("${rest}")` : ''}; ${kind.fix}` });
      break;
    }
    const hidden = words(text.slice(from, close));
    const lines = text.slice(at, close).split('\n').length;
    const span = lines > 1 ? ` and the ${lines - 1} ${lines === 2 ? 'line' : 'lines'} after it up to the next "${kind.close}"` : '';
    out.push({ offset: at, message: `"${opener}" reads as ${kind.what}, which the page drops with its words${span}${hidden ? ` ("${hidden}")` : ''}; ${kind.fix}` });
    OPENER.lastIndex = close + kind.close.length;
  }
  return out;
}

function words(s: string): string {
  const w = s.replace(/\s+/g, ' ').trim();
  return w.length > 40 ? `${w.slice(0, 40)}…` : w;
}

function shown(s: string): string {
  const t = s.trimEnd();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
