/**
 * The one rule for the ids body headings get: github-slugger's `slug()` of the heading's text as written
 * (before typography, in composed form: NFC, with what prints nothing dropped and every space a space:
 * src/domain/reader-text.ts), made unique against every id already on the page. Used by the renderer's rehype step
 * (rehype-article-html.ts) and so, through src/markdown/page-ids.ts, by the content check's anchor rule: a link
 * to `#some-heading` is checked against exactly the ids readers' pages carry.
 */
import { slug } from 'github-slugger';
import { literalText } from './escaped-literals.ts';
import { dropInvisible } from '#/domain/reader-text.ts';

/**
 * Ids the article page itself uses around the body (src/layouts/Base.astro, src/pages/articles/[slug].astro).
 * A body heading never takes one of them ("## Main" becomes `main-1`), so ids stay unique on the page; nor `top`,
 * which browsers scroll to the top of the page for when no element has it, as the README promises `#top` does
 * ("## Top" becomes `top-1`: round 15, finding 7).
 */
export const RESERVED_IDS: readonly string[] = ['main', 'top', 'corrections-title', 'related-title'];

const EMOJI_PARTS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u{E0020}-\u{E007F}]/gu;

/**
 * Gives headings their ids in document order. `taken` holds every id already on the page (it is added to).
 * Each base remembers where its count stopped (ids are only ever added, so no smaller number can have come free),
 * so 40,000 headings with the same text cost 40,000 steps, not 800 million.
 */
export function headingIdAssigner(taken: Set<string>, fallbacks?: Set<string>): (text: string, ordinal: number) => string {
  const next = new Map<string, number>();
  return (text, ordinal) => {
    // `slug()` of text with no letters or digits is empty; such headings get `section-N` (N: the heading's
    // place among the body's headings), never `-1`.
    // In composed form (NFC): a heading typed with decomposed accents (e + U+0301, as macOS and some keyboards
    // write them) gets the id a link typed the usual way names, byte for byte, so the browser finds it.
    // What prints nothing is left out and a no-break space is a space (`## Trade︎` is #trade, `## Kabul talks`
    // with U+00A0 is #kabul-talks): the id is what the editor can type after reading the heading.
    // Spaces at either end are not the heading's words (`## Key figures <!-- desk note -->` left one before the
    // comment, and the id was `key-figures-`: round 31a #13).
    // Variation selectors and emoji tag characters are kept by dropInvisible as part of an emoji, which slug()
    // drops: alone they would be the id (`## ❤️` had `id="\uFE0F"`).
    const words = slug(dropInvisible(literalText(text)).normalize('NFC').trim()).replace(EMOJI_PARTS, '');
    // Hyphens alone (the spaces of `## ☎︎ 🏳️‍🌈`) are no words either.
    const base = /[^-]/.test(words) ? words : `section-${ordinal}`;
    if (base !== words) fallbacks?.add(base);
    let id = base;
    let n = next.get(base) ?? 1;
    if (taken.has(id)) for (id = `${base}-${n}`; taken.has(id); n++) id = `${base}-${n + 1}`;
    next.set(base, n);
    taken.add(id);
    return id;
  };
}

/**
 * The id an in-page link `#target` lands on. The sanitiser prefixes ids written in the Markdown (footnotes,
 * editors' anchors) with `user-content-` so they cannot clobber globals; an in-page link is pointed at the prefixed
 * id when that is the one that exists. Footnote links always mean the footnote, even when a heading's own id is
 * the unprefixed name ("## Fn 1").
 */
export function inPageTarget(target: string, ids: ReadonlySet<string>, footnote = false): string {
  return (footnote || !ids.has(target)) && ids.has(`user-content-${target}`) ? `user-content-${target}` : target;
}
