/**
 * Counts on the site's own pages (the reporters' and sections' indexes, the archive): "1 article", "12 articles".
 * The words are the site's English, so English plural rules pick the form; the digits follow the site's locale.
 * (The search page says the same in the browser, src/client/search-client.ts.)
 */
import { site } from '#/site.config.ts';

const plural = new Intl.PluralRules('en');
const digits = new Intl.NumberFormat(site.locale);

/** `n` articles, grammatically: "1 article", "0 articles", "1,204 articles". */
export function articleCount(n: number): string {
  return `${digits.format(n)} ${plural.select(n) === 'one' ? 'article' : 'articles'}`;
}
