/**
 * Round 36b, readers' outputs: print (tables, figures, footnote links), body photos' size, wide tables on a phone, an
 * Arabic face the device already has, and the Latest rail's language and dates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
/** The body of every `@media print { … }` block, one after another. */
const printCss = [...css.matchAll(/@media print \{\n([\s\S]*?)\n\}/g)].map((m) => m[1]).join('\n');

describe('#1: print', () => {
  it('a table fits the page, keeps its rows whole and repeats its header row; figures stay whole', () => {
    expect(printCss).toContain('.story-body table { width: 100%; font-size: 9pt; }');
    expect(printCss).toContain('.story-body tr { break-inside: avoid; }');
    expect(printCss).toContain('.story-body thead { display: table-header-group; }');
    expect(printCss).toMatch(/^ {2}\.story-body p, \.story-body blockquote, figure, table \{ break-inside: avoid; \}$/m);
    expect(printCss).toContain('.story-image img, .story-image img:not(.fit), .story-body img { max-height: 9cm; width: auto; }');
  });

  it('hides the footnotes\' ↩ links and the table box\'s scroll shadows', () => {
    expect(printCss).toContain('.story-body [data-footnote-backref] { display: none; }');
    expect(printCss).toContain('.table-scroll { background: none; }');
  });
});
