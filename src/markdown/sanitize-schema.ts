/**
 * The allow-list for HTML in article bodies, kept in one place. Anything not listed here is removed:
 * scripts, styles, event handlers, forms, iframes and embeds, and URLs other than http(s), mailto and tel.
 * It keeps what news copy needs: figures, tables, abbreviations, super/subscript, details, quotes. `<data>` keeps no `value`: a
 * value no reader sees was published in the page and the feeds (round 15, finding 9); without it the element
 * is a `<span>` (rehype-valid-html.ts). No `cite` on quotes, `<del>` and `<ins>` either: an address no browser
 * shows, which carried words into the page source and every feed (round 16, finding 1). `<bdo>` keeps the
 * direction it overrides (`dir`, as on every element; rehype-valid-html.ts makes one without "ltr" or "rtl" a
 * `<span>`): it was unwrapped, and a name quoted right to left lost its direction without a line (round 17).
 * `<ruby>`, `<rt>` and `<rp>` (a reading over a word: furigana, a pronunciation) are kept with no attributes of their
 * own: unwrapped, the reading was printed glued to the word, "東京とうきょう" (round 15, finding 9);
 * rehype-valid-html.ts puts them in the order HTML allows (and a reading outside a ruby gives way to its words,
 * spaced from the word before it).
 * A list keeps its numbering (`<ol type="a">`, `<li value="7">`) and a column its `span` (`<col span="2">`): dropped,
 * a list read 1., 2. where the editor's was a., b., and column markup covered fewer columns than the table, which
 * the W3C checker refuses (round 24b, findings 1 and 2); rehype-valid-html.ts drops values HTML does not allow.
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

const common = ['title', 'lang', 'dir'];

export const sanitizeSchema: SanitizeSchema = {
  tagNames: [
    'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del',
    'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small',
    'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
    'u', 'ul', 'var', 'wbr',
  ],
  attributes: {
    '*': common,
    a: ['href', 'hrefLang', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', 'id',
      ['className', 'data-footnote-backref']],
    abbr: ['title'],
    code: [['className', /^language-[\w-]+$/]],
    col: ['span'],
    colgroup: ['span'],
    del: ['dateTime'],
    details: ['open'],
    h2: ['id', ['className', 'sr-only']],
    img: ['src', 'alt', 'width', 'height'],
    ins: ['dateTime'],
    li: ['id', 'value'],
    ol: ['start', 'reversed', 'type'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['colSpan', 'rowSpan', ['align', 'left', 'right', 'center']],
    th: ['colSpan', 'rowSpan', 'scope', ['align', 'left', 'right', 'center']],
    time: ['dateTime'],
  },
  // Ids written by editors are prefixed so they can never clobber globals such as `window.name`.
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  clobberPrefix: 'user-content-',
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  ancestors: {
    tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'],
    caption: ['table'], col: ['table'], colgroup: ['table'], figcaption: ['figure'], summary: ['details'],
  },
  // Removed together with their content (everything else unknown is unwrapped, keeping its text). The raw-text
  // elements (title, xmp, noembed, noframes) are here so their markup is not printed as visible text.
  strip: [
    'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select',
    'button', 'title', 'xmp', 'noembed', 'noframes', 'applet',
  ],
};
