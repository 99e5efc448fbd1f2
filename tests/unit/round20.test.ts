/**
 * Round 20 (issue 10, blind): findings fixed in the content check.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { latinSlug } from '#/check/latin-slug.ts';
import { checkShortcodes } from '#/check/rules/shortcodes.ts';
import { uncoveredGrapheme } from '#/outputs/card-coverage.ts';
import { importFieldHint } from '#/check/rules/import-fields.ts';
import { renderBody } from '#/build/render-batch.ts';
import { checkTableLinkPipes } from '#/check/rules/table-link-pipes.ts';
import { contentCounts } from '#/check/summary.ts';

const newsroom = newsroomCopies('r20');

describe('slugs of Urdu and Uzbek Cyrillic headlines (round 20, findings 1 and 2)', () => {
  it('keeps Urdu\'s retroflex letters and writes Uzbek letters as one word', () => {
    expect(latinSlug('پاکستان میں ٹماٹر کی قیمتیں بڑھ گئیں')).toBe('pakstan-min-tmatr-ki-qimtin-bra-giyn');
    expect(latinSlug('ہرات میں ڈاکٹروں کی ہڑتال')).toBe('hrat-min-daktrun-ki-hrtal');
    expect(latinSlug('Ўзбекистон ғалла экспортини оширди')).toBe('uzbekiston-galla-eksportini-oshirdi');
    expect(latinSlug('Қозоғистон ҳамда Ўзбекистон')).toBe('kozogiston-khamda-uzbekiston');
  });
});

describe('shortcodes from a WordPress or Hugo import (findings 3 and 4)', () => {
  it('each is one line naming it; a bracketed word in a sentence is left alone', () => {
    const body = [
      'Traders said the week was busy [sic] at the bazaar.',
      '',
      '[caption id="attachment_1234" width="640"]Bales stacked at the yard[/caption]',
      '',
      '[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]',
      '',
      '{{< youtube dQw4w9WgXcQ >}}',
      '',
      '`{{< not-a-shortcode-in-code >}}`',
    ].join('\n');
    const lines = checkShortcodes(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message.slice(0, p.message.indexOf(' (template'))}`);
    expect(lines).toEqual([
      '12:1 "[caption id="attachment_1234" width="640"]" is a WordPress shortcode',
      '12:68 "[/caption]" is a WordPress shortcode',
      '14:1 "[embed]" is a WordPress shortcode',
      '14:51 "[/embed]" is a WordPress shortcode',
      '16:1 "{{< youtube dQw4w9WgXcQ >}}" is a Hugo shortcode',
    ]);
  });
});

describe('cards draw the region\'s Cyrillic letters (finding 6)', () => {
  it('Uzbek, Tajik, Kazakh and Kyrgyz headlines are covered by the card fonts', () => {
    expect(uncoveredGrapheme('Ўзбекистон Афғонистонга 100 минг тонна ғалла экспорт қилди')).toBeUndefined();
    expect(uncoveredGrapheme('Тоҷикистон ва Қазоқистон: ӣ ӯ Ә ң ү ө')).toBeUndefined();
  });
});

describe('an import\'s fields that keep a story back (finding 7)', () => {
  it('are told the line that keeps it back here, never "remove it" alone', () => {
    expect(importFieldHint('status', 'draft')).toBe('"status" is how a CMS keeps a story back; this site\'s field is draft: write draft: true instead (removing the line alone would publish the story)');
    expect(importFieldHint('post_status', 'pending')).toContain('write draft: true instead');
    expect(importFieldHint('is_draft', true)).toContain('write draft: true instead');
    expect(importFieldHint('publish', false)).toContain('write draft: true instead');
    expect(importFieldHint('publishDate', '2026-12-25')).toContain('write that time as published and remove this line');
    expect(importFieldHint('embargo', '2026-12-25T10:00:00+04:30')).toContain('a time in the future keeps the article hidden until then');
    expect(importFieldHint('expiryDate', '2027-01-01')).toContain('is an expiry date, which this site does not have');
    expect(importFieldHint('status', 'publish')).toContain('remove the line');
    expect(importFieldHint('hidden', false)).toContain('remove the line');
    expect(importFieldHint('colour', 'red')).toBeUndefined();
  });
});

describe('a bare URL ends at a square or curly bracket (finding 4)', () => {
  it('in brackets or before a closing shortcode, the link is the address alone', () => {
    const { html } = renderBody('See [https://dateline.example.org/articles/a/] and {https://x.org/b/} and https://example.org/tables[see annex] and http://[::1]:8080/c.');
    // (An address of this site is written site-relative.)
    expect(html).toContain('[<a href="/articles/a/">https://dateline.example.org/articles/a/</a>]');
    expect(html).toContain('{<a href="https://x.org/b/" class="url-text">https://x.org/b/</a>}');
    expect(html).toContain('<a href="https://example.org/tables" class="url-text">https://example.org/tables</a>[see annex]');
    expect(html).not.toMatch(/%5[BD]|%7[BD]/);
  });
});

describe('a | inside a link\'s words in a table row (finding 9)', () => {
  it('is one line naming the link; an escaped \\| and a link in a cell are fine', () => {
    const body = ['| Crossing | Status |', '|---|---|', '| [Torkham|Khyber](/articles/a/) | open |', '| [Spin Boldak\\|Chaman](/articles/b/) | closed |', '| [Hairatan](/articles/c/) | open |'].join('\n');
    const lines = checkTableLinkPipes(body, 10);
    expect(lines.map((p) => `${p.pos.line}:${p.pos.column}`)).toEqual(['12:3']);
    expect(lines[0]!.message).toContain('the "|" inside the link\'s words ends the table cell there');
  });
});

describe('the summary counts front.md (finding 8)', () => {
  it('names it when it has an error', () => {
    const counts = contentCounts({ files: { articles: ['content/articles/a.md'], authors: [], sections: [], tags: [] }, diagnostics: [{ file: 'content/front.md', field: 'lead', message: 'x', severity: 'error' }] });
    expect(counts).toBe('1 article, 0 authors, 0 sections, front.md (with errors)');
  });
});

describe('a body that opens with a heading under a dateline (finding 11)', () => {
  it('is a warning: the dateline would stand alone above it', () => {
    const content = newsroom((c) => replaceIn(join(c, ENVOY), 'The convenor of the regional contact group made', '## Key points\n\nThe convenor of the regional contact group made'));
    const lines = checkNewsroom(content).filter((d) => d.file.endsWith('envoy-lands-in-kabul-ahead-of-doha-round.md'));
    expect(lines.map((d) => `${d.severity} ${d.message}`)).toContain('warning the body starts with a heading, so the dateline the page prints ("KABUL —") stands alone above it; start the body with the lead paragraph');
  });
});
