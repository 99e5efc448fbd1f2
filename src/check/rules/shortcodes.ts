/**
 * Shortcodes from a WordPress or Hugo import (round 20): `[caption id="…"]…[/caption]`, `[gallery ids="…"]`,
 * `[embed]https://…[/embed]`, `{{< youtube … >}}`, `{{% figure … %}}`; and Jekyll's Liquid (round 23):
 * `{% include related.html %}`, `{{ page.author }}`. This site runs no shortcodes, so the page,
 * the listings and the feeds would print them as typed (and a bare address before `[/embed]` would take the closing
 * code into its link). Hugo's delimiters are never news copy; WordPress's are read only with the names WordPress and
 * its common plugins register, so a bracketed word in a sentence (`[sic]`, `[the minister]`) is left alone. Page
 * builders' shortcodes (round 24b #5: WPBakery `[vc_row]`, Divi `[et_pb_section]`, Avada `[fusion_text]`) carry a
 * prefix no sentence has, so they are read bare too. Any other name is read by its form (round 30a #1), never by a
 * list: with a quoted attribute (`[pullquote align="right"]`), Jetpack's `[youtube=https://…]`, a name and an
 * address alone (`[tweet https://…]`), or closed further on (`[dropcap]T[/dropcap]he`, `[footnote]…[/footnote]`);
 * brackets in copy have none of these (`[sic]`, `[1]`, `[Updated 10:00]`, `[the minister]`). Kramdown's notes and
 * attribute lists and plugins' footnotes: foreign-notes.ts. Outside code (blankCode), one pass per pattern.
 */
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { matchesOf, onePerLine, type Find, type LineProblem } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { foreignNotes } from './foreign-notes.ts';

/** Page builders' shortcodes, opening or closing, with or without attributes: the prefix is never prose. */
const BUILDERS = String.raw`\/?(?:vc|et_pb|fusion)_[a-z0-9_]{1,40}(?:\s[^\]\n]{0,400})?`;
const NAMES = 'caption|wp_caption|gallery|embed|video|audio|playlist|youtube|vimeo|tweet|twitter|instagram|soundcloud|googlemaps|contact-form-7|contact-form';
/**
 * As WordPress writes them (lower case): with attributes (`[gallery ids="12,13"]`), closing (`[/caption]`), or bare
 * where the name is never prose (`[embed]`, `[caption]`). `[gallery summit]` or `[Video]` in a sentence is not one.
 * An attribute's name may hold digits (`[audio mp3="…"]`, round 24b #5: only its `[/audio]` was read).
 */
const WORDPRESS = new RegExp(String.raw`\[(?:(?:${NAMES})(?:\s+[a-z][a-z0-9_-]{0,39}=(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|“[^”\n]{0,400}”|[^\s\]]{1,400})){1,20}\s*\/?|\/(?:${NAMES})|embed|caption|wp_caption|gallery|playlist|${BUILDERS})\]`, 'g');
const WORDPRESS_WHOLE = new RegExp(`^(?:${WORDPRESS.source})$`);
/** Whether `[…]` as written is a WordPress shortcode (missing-references.ts leaves those to this rule). */
export const isShortcode = (bracketed: string) => WORDPRESS_WHOLE.test(bracketed);
/** A shortcode's name as WordPress registers them: lower case, digits, `_` and `-`. */
const NAME = '[a-z][a-z0-9_-]{1,39}';
const QUOTED = String.raw`(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|“[^”\n]{0,400}”)`;
/**
 * Any name by its form: quoted attributes (`[pullquote align="right"]`), or unquoted ones after a name of three
 * letters or more (`[slideshare id=1234&doc=x]`; `[n=12]` and `[see p=3]` in copy are not), Jetpack's `[youtube=https://…]` (a name of
 * three letters or more, so a ratio `[n=12]` is not one), or a name and an address alone (`[tweet https://…]`, not
 * the text of a link: no `(` or `[` after it).
 */
const BY_FORM = new RegExp(String.raw`\[${NAME}(?:(?:\s+[a-z][a-z0-9_-]{0,39}=${QUOTED}){1,20}\s*\/?|(?<=\[[a-z][a-z0-9_-]{2,39})(?:\s+[a-z][a-z0-9_-]{1,39}=(?:${QUOTED}|[^\s\]"'“”]{1,400})){1,20}\s*\/?|(?<=\[[a-z][a-z0-9_-]{2,39})=[^\s\]][^\]\n]{0,400}|\s+https?:\/\/[^\s\]]{1,2000}\s*)\](?![(\[])`, 'g');
/** A closing `[/name]`: with an opening `[name]` or `[name …]` before it, the pair is a shortcode whatever its name. */
const CLOSING = new RegExp(String.raw`\[\/(${NAME})\]`, 'g');
/** How far back an opening is looked for (a shortcode's words are a paragraph, not a story). */
const PAIR_REACH = 4000;
const MAX_CLOSINGS = 200;
/** After `[name`: the opening's end or a space before its attributes (`[dropcap]`, `[pullquote align=…]`). */
const OPENING_END = /^[\]\s]$/;
const HUGO = /\{\{[<%]\s*\/?\s*[A-Za-z][\w-]*[^}\n]{0,400}?[>%]\}\}/g;
/** Liquid tags and outputs (Jekyll, Shopify, Eleventy): `{% tag … %}`, `{{ page.author | upcase }}`. */
const LIQUID = /\{%-?\s*[a-z_]+\b[^%\n]{0,400}?-?%\}|\{\{-?\s*[A-Za-z_][\w]*(?:\.[\w]+|\[[^\]\n]{1,40}\])*\s*(?:\|[^{}\n]{0,200})?-?\}\}/g;

const FIX = 'which this site does not run: readers would see it as typed; write it in Markdown (a photo: ![what it shows](./images/file.jpg) with its caption on the next line; a video or a post: a link to it) or remove it';

/** What to do with the words a pair wraps: a footnote, a quote, or just the words. */
function pairFix(name: string, opening: string): string {
  const codes = `remove "${truncate(opening, 40)}" and "[/${name}]"`;
  if (/note|^ref$|^efn$/.test(name)) return `${codes} and write the words as a Markdown footnote: [^n] where it goes and "[^n]: …" at the end of the story, n a number no other footnote of the story has`;
  if (/quote/.test(name)) return `${codes} and write the quote on a line of its own starting with "> "`;
  return `${codes} and keep the words between them`;
}

/** Pairs `[name …]…[/name]` of any name: the opening's offset, and the pair as written (shortened). */
function* pairs(text: string): Generator<{ index: number; name: string; opening: string; shown: string }> {
  let looked = 0;
  for (const m of text.matchAll(CLOSING)) {
    // Each closing looks back at most PAIR_REACH characters, and only so many closings: linear, bounded.
    if (++looked > MAX_CLOSINGS) return;
    const name = m[1] ?? '';
    const from = Math.max(0, m.index - PAIR_REACH);
    const window = text.slice(from, m.index);
    let at = window.lastIndexOf(`[${name}`);
    while (at !== -1 && !OPENING_END.test(window.charAt(at + name.length + 1))) at = at > 0 ? window.lastIndexOf(`[${name}`, at - 1) : -1;
    if (at === -1) continue;
    const index = from + at;
    const close = text.indexOf(']', index);
    if (close === -1 || close > m.index || close - index > 400 || text.slice(index, close).includes('\n')) continue;
    const opening = text.slice(index, close + 1);
    const inner = text.slice(close + 1, m.index);
    yield { index, name, opening, shown: `${truncate(opening, 40)}${truncate(inner.replace(/\s+/g, ' '), 20)}${m[0]}` };
  }
}

export function checkShortcodes(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('[') && !body.includes('{') && !body.includes('((')) return [];
  const text = blankCode(body);
  const wordpress = new Map<number, Find>();
  // By list, then by form, then pairs: one find at an opening, the most telling one. Names on the list keep
  // their own lines, the opening's and the closing's (round 20).
  for (const f of matchesOf(WORDPRESS, text, (m) => `"${truncate(m, 60)}" is a WordPress shortcode (template code from an import), ${FIX}`)) wordpress.set(f.index, f);
  const listed = new Set(wordpress.keys());
  for (const f of matchesOf(BY_FORM, text, (m) => `"${truncate(m, 60)}" is a WordPress shortcode (template code from an import), ${FIX}`)) if (!wordpress.has(f.index)) wordpress.set(f.index, f);
  for (const p of pairs(text)) {
    if (listed.has(p.index)) continue;
    wordpress.set(p.index, { index: p.index, message: `"${p.shown}" is a WordPress shortcode (template code from an import), which this site does not run: readers would see it as typed; ${pairFix(p.name, p.opening)}` });
  }
  const hugo = [...matchesOf(HUGO, text, (m) => `"${truncate(m, 60)}" is a Hugo shortcode (template code from an import), ${FIX}`)];
  // `{{% notice %}}` holds `{% notice %}`: Hugo's line alone, not Liquid's too.
  const hugoAt = new Set(hugo.map((h) => h.index + 1));
  const liquid = [...matchesOf(LIQUID, text, (m) => `"${truncate(m, 60)}" is Jekyll (Liquid) template code from an import, ${liquidFix(m)}`)].filter((f) => !hugoAt.has(f.index));
  const finds = [...wordpress.values(), ...hugo, ...liquid, ...foreignNotes(text, body)].sort((a, b) => a.index - b.index);
  return onePerLine(finds, positionFinder(body, bodyLine), (n) => `…and ${n} more lines with shortcodes below; replace them too`);
}

/** `{{ site.url }}` before a path: the path alone is the fix. */
function liquidFix(written: string): string {
  return /^\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}$/.test(written) ? 'which this site does not run: readers would see it as typed (and a link or photo path holding it leads nowhere); remove it and keep the path after it' : FIX;
}
