/**
 * Footnote labels follow the article's language (issue 10, left10a item 6): the base newsroom plus a Pashto, a
 * Dari and an English article with footnotes is built, and each built page's footnotes heading and back-reference
 * labels are in the article's language (the site's per-language strings, src/i18n/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, writeOverlayFile } from '../helpers/build-overlay.ts';

const ARTICLES = [
  { slug: 'footnotes-ps', lang: 'ps', title: 'د غنمو بیې راټیټې شوې', heading: 'لمنلیکونه', back: 'بېرته ۱ حوالې ته' },
  { slug: 'footnotes-fa', lang: 'fa-AF', title: 'قیمت گندم کاهش یافت', heading: 'پاورقی‌ها', back: 'بازگشت به ارجاع ۱' },
  { slug: 'footnotes-en', lang: undefined, title: 'Wheat prices ease', heading: 'Footnotes', back: 'Back to reference 1' },
];

const build = buildOnce('footnote-language', (overlay) => {
  for (const a of ARTICLES) {
    writeOverlayFile(
      overlay,
      `articles/2026/11/${a.slug}.md`,
      `---\ntitle: ${a.title}\ndescription: ${a.title}.\npublished: "2026-11-20T09:30:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n${a.lang ? `lang: ${a.lang}\n` : ''}---\n\n${a.title}[^1], ${a.title}[^1].\n\n[^1]: ${a.title}.\n`,
    );
  }
});

describe('footnote labels on the built page', () => {
  it('builds', () => {
    if (build().code !== 0) console.error(build().output.slice(-3000));
    expect(build().code).toBe(0);
  });

  it.each(ARTICLES)('$slug ($lang): heading and back-reference labels in the article\'s language', (a) => {
    const html = readFileSync(join(build().dist, `articles/${a.slug}/index.html`), 'utf8');
    const notes = /<section[^>]*data-footnotes[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(notes).toMatch(new RegExp(`<h2 [^>]*id="user-content-footnote-label"[^>]*>${a.heading}</h2>`));
    expect(notes).toContain(`aria-label="${a.back}"`);
    if (a.lang) expect(notes).not.toMatch(/Footnotes|Back to reference/);
  });
});
