/**
 * Shortcodes from a WordPress or Hugo import (round 20): `[caption id="…"]…[/caption]`, `[gallery ids="…"]`,
 * `[embed]https://…[/embed]`, `{{< youtube … >}}`, `{{% figure … %}}`; and Jekyll's Liquid (round 23):
 * `{% include related.html %}`, `{{ page.author }}`. This site runs no shortcodes, so the page,
 * the listings and the feeds would print them as typed (and a bare address before `[/embed]` would take the closing
 * code into its link). Hugo's delimiters are never news copy; WordPress's are read only with the names WordPress and
 * its common plugins register, so a bracketed word in a sentence (`[sic]`, `[the minister]`) is left alone. Page
 * builders' shortcodes (round 24b #5: WPBakery `[vc_row]`, Divi `[et_pb_section]`, Avada `[fusion_text]`) carry a
 * prefix no sentence has, so they are read bare too. Outside code (blankCode), one pass per pattern.
 */
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { matchesOf, onePerLine, type LineProblem } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

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
const HUGO = /\{\{[<%]\s*\/?\s*[A-Za-z][\w-]*[^}\n]{0,400}?[>%]\}\}/g;
/** Liquid tags and outputs (Jekyll, Shopify, Eleventy): `{% tag … %}`, `{{ page.author | upcase }}`. */
const LIQUID = /\{%-?\s*[a-z_]+\b[^%\n]{0,400}?-?%\}|\{\{-?\s*[A-Za-z_][\w]*(?:\.[\w]+|\[[^\]\n]{1,40}\])*\s*(?:\|[^{}\n]{0,200})?-?\}\}/g;

const FIX = 'which this site does not run: readers would see it as typed; write it in Markdown (a photo: ![what it shows](./images/file.jpg) with its caption on the next line; a video or a post: a link to it) or remove it';

export function checkShortcodes(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('[') && !body.includes('{')) return [];
  const text = blankCode(body);
  const finds = [
    ...matchesOf(WORDPRESS, text, (m) => `"${truncate(m, 60)}" is a WordPress shortcode (template code from an import), ${FIX}`),
    ...matchesOf(HUGO, text, (m) => `"${truncate(m, 60)}" is a Hugo shortcode (template code from an import), ${FIX}`),
    ...matchesOf(LIQUID, text, (m) => `"${truncate(m, 60)}" is Jekyll (Liquid) template code from an import, ${FIX}`),
  ].sort((a, b) => a.index - b.index);
  return onePerLine(finds, positionFinder(body, bodyLine), (n) => `…and ${n} more lines with shortcodes below; replace them too`);
}
