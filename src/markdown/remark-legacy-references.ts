/**
 * Raw HTML prints `&` and the letters after it as typed when they start with an old named reference (round 29a #3).
 * HTML reads 106 names without their `;` (`&not`, `&copy`, `&reg`, `&sect`, `&curren`, `&times`), also at the start
 * of a longer word: a pasted table cell `?id=5&section=2&currency=AFN` was printed `?id=5§ion=2¤cy=AFN`, and
 * `&notebook` as "¬ebook". Markdown reads a reference only with its `;`, so the same text outside raw HTML was
 * right. Such an `&` inside a word that no `;` ends is written `&amp;`; a whole reference (`&copy;`, `&notin;`) and
 * an old name on its own (`&copy 2026`) are read as HTML reads them. In an attribute, HTML already keeps the
 * letters (`href="?a=1&copy=2"`), and `&amp;` reads the same there.
 */
import type { Root } from 'mdast';
import { characterEntitiesLegacy } from 'character-entities-legacy';
import { visit } from 'unist-util-visit';

const NAMES = [...characterEntitiesLegacy].sort((a, b) => b.length - a.length).join('|');
const INSIDE_A_WORD = new RegExp(`&(?=(?:${NAMES})[A-Za-z0-9])(?![A-Za-z0-9]+;)`, 'g');

/** `html` (a raw HTML piece) with each `&` that would start an old reference inside a word written `&amp;`. */
export function keepLegacyLetters(html: string): string {
  return html.includes('&') ? html.replace(INSIDE_A_WORD, '&amp;') : html;
}

export default function remarkLegacyReferences() {
  return (tree: Root) => {
    visit(tree, 'html', (node) => {
      node.value = keepLegacyLetters(node.value);
    });
  };
}
