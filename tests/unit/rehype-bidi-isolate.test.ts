/** src/markdown/rehype-bidi-isolate.ts, through the whole renderer (round 25 leftover: digits after a Dari phrase). */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { renderBody } from '#/build/render-batch.ts';

describe('rehype-bidi-isolate', () => {
  it('isolates a right-to-left phrase that a number follows, after spaces or punctuation', () => {
    expect(renderBody('The sign read کابل ښار 2026 in red.').html).toBe('<p>The sign read <bdi>کابل ښار</bdi> 2026 in red.</p>');
    expect(renderBody('Hebrew: שלום, 12 times; *قیمت* — 40 afghani.').html).toBe('<p>Hebrew: <bdi>שלום</bdi>, 12 times; <bdi><em>قیمت</em></bdi> — 40 afghani.</p>');
  });

  it('leaves phrases no number follows, Arabic-Indic digits, code, own-direction elements and right-to-left articles alone', () => {
    const quiet = ['Locals call it کابل, the capital.', 'The year ۱۴۰۵ کابل stays.', 'Run `کابل 2026` now.', '<span dir="rtl">کابل 2026</span>', 'In 2026 کابل grew.'];
    for (const body of quiet) expect(renderBody(body).html, body).not.toContain('<bdi>');
    expect(renderBody('کابل 2026 کې', 'ps').html).toBe('<p>کابل 2026 کې</p>');
  });

  it('renders the same in the reference pipeline', () => {
    const body = 'A quote: «پیسې» 3 times, then کندهار 1.';
    expect(createMarkdownRenderer('reference')(body).html).toBe(renderBody(body).html);
  });
});
