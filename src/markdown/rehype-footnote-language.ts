/**
 * A body's footnote labels in the article's language: remark-rehype writes the footnotes' heading ("Footnotes",
 * hidden on screen, read by screen readers) and each way back's label ("Back to reference 2") in English, so a
 * Pashto or Dari article would be read its footnotes in English. The language is the article's `lang`, handed to
 * the renderer with the body (`file.data.lang`; the site's when unset); the words are the site's per-language
 * strings (src/i18n/locale.ts), the same that label the rest of the article page. The calls' numbers are written
 * in the language's digits, as its dates and numbered lists are (round 30b #5: `۱` in Dari, not `1`). Runs before
 * the sanitiser, on the nodes remark-rehype made.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { articleLocale } from '#/i18n/locale.ts';
import { site } from '#/site.config.ts';

/** remark-rehype's own label for a way back (its default `footnoteBackLabel`): the number is kept. */
const ENGLISH_BACK = /^Back to reference (.+)$/;

export default function rehypeFootnoteLanguage() {
  return (tree: Root, file: VFile) => {
    const lang = typeof file.data['lang'] === 'string' ? file.data['lang'] : site.lang;
    // The page's one resolution of its language (`pbt` → Pashto), the same that labels the byline and dates.
    const { messages: words, locale } = articleLocale(lang);
    const number = new Intl.NumberFormat(locale, { useGrouping: false });
    const ownDigits = number.format(1) !== '1';
    if (words.footnotes === 'Footnotes' && !ownDigits) return;
    const digits = (text: string) => (ownDigits ? text.replace(/\d+/g, (n) => number.format(Number(n))) : text);
    visit(tree, 'element', (node: Element) => {
      if (ownDigits && node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) {
        for (const child of node.children) if (child.type === 'text') child.value = digits(child.value);
        return;
      }
      if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) {
        const heading = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2');
        if (heading && heading.properties['id'] === 'footnote-label') heading.children = [{ type: 'text', value: words.footnotes }];
        return;
      }
      const label = node.properties['ariaLabel'];
      if (node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined && typeof label === 'string') {
        const n = ENGLISH_BACK.exec(label)?.[1];
        if (n !== undefined) node.properties['ariaLabel'] = words.backToReference(digits(n));
      }
    });
  };
}
