/**
 * A link address a word processor wrapped in quotes (`[the report](“https://example.org/r”)`, `(‘…’)`, `(«…»)`,
 * a raw `<a href="“…”">`) or that ends in a closing quote (`(https://example.org/r”)`): to CommonMark and to HTML
 * the quotes are part of the address, so the page links nowhere (a relative address the page drops) or to a wrong
 * URL (`…/r%E2%80%9D`); a same-site one points to a file named after the quotes (round 13, finding 13). One line
 * that names the quotes and the address to write, before any other judgement of the address.
 */
import { truncateGraphemes as truncate } from './graphemes.ts';

/**
 * Quotation marks that open a quote (curly, low-9, guillemets, fullwidth and straight double), and the closing
 * ones, which Swedish, Finnish and Danish open with and which Word's autocorrect types after `=` (`href=”…”`):
 * `”https://…”` was "ends with the curly quote", its fix keeping the first one (round 24a #1).
 */
const OPENING = /^["“‘„‚‟‛«‹＂＇”’»›]/;
/** Quotation marks that close one (German and Polish close with “ and ‘; French with »); not the apostrophe. */
const CLOSING = /["”’“‘»›«‹＂＇]$/;
/** A straight apostrophe wraps an address only with one on each side (`'https://…'`). */
const APOSTROPHES = /^'.*'$/s;

/** What the page does with a quoted address: a link's, or an image's (`![x](“./images/a.png”)`). */
const EFFECT = {
  address: 'which are not part of a web address: the page would link nowhere or to a wrong address',
  path: 'which are not part of a path or web address: the page would show no photo',
} as const;

/**
 * The line for a link whose address (`address`: as the browser reads it, Markdown's `<…>` and escapes removed) is
 * wrapped in quotes or starts or ends with one, else undefined. `label`: `link [the report]` or `link https://…`
 * (`image ![alt]` with `what: 'path'`).
 */
export function quotedAddress(label: string, address: string, what: keyof typeof EFFECT = 'address'): string | undefined {
  const apostrophes = APOSTROPHES.test(address);
  const opens = apostrophes || OPENING.test(address);
  const closes = apostrophes || (address.length > 1 && CLOSING.test(address));
  if (!opens && !closes) return undefined;
  const inner = address.slice(opens ? 1 : 0, closes ? address.length - 1 : address.length).trim();
  const curly = /^["']|["']$/.test(address) ? '' : 'curly ';
  const write = inner === '' ? `and paste the ${what}` : `(write ${truncate(inner, 120)})`;
  const typed = curly ? ' (as a word processor types them)' : '';
  if (opens && closes) {
    return `the ${what} of ${label} is wrapped in ${curly}quotes ${address[0]}…${address[address.length - 1]}${typed}, ${EFFECT[what]}; remove them ${write}`;
  }
  const mark = opens ? address[0] : address[address.length - 1];
  return `the ${what} of ${label} ${opens ? 'starts' : 'ends'} with the ${curly}quote ${mark}, ${EFFECT[what].replace(/^which are/, 'which is')}; remove it ${write}`;
}
