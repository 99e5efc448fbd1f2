/**
 * Round 32b F1: a left-to-right headline or standfirst mixing a right-to-left phrase and a number
 * (`Talks in کابل: 2026 figures…`) was shown `Talks in 2026 :کابل figures…` on pages and cards, while the body's
 * same words were isolated. One rule (src/client/bidi-runs.ts) now serves the body, the page fields and the cards.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import FieldText from '../../src/components/FieldText.astro';
import LatestList from '../../src/components/LatestList.astro';
import { fieldParts, isolatedRuns, withIsolateMarks, type BidiPart } from '#/client/bidi-runs.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import type { Article } from '#/domain/newsroom.ts';
import { renderBody } from '#/build/render-batch.ts';
import { createCardRenderer } from '#/build/cards/draw.ts';

const TITLE = 'Talks in کابل: 2026 figures show ۱۲ crossings open';
const STANDFIRST = 'The sign read کابل 2026 and ځای 12 on Tuesday.';
const asHtml = (parts: BidiPart[]) => parts.map((p) => (p.isolate ? `<bdi>${p.text}</bdi>` : p.text)).join('');
const clean = (html: string) => html.replace(/\s*data-astro-[\w-]+="[^"]*"/g, '');

describe('the shared isolation rule', () => {
  it('isolates a right-to-left phrase that a number follows in a headline and a standfirst', () => {
    expect(isolatedRuns(TITLE)).toEqual([
      { text: 'Talks in ', isolate: false },
      { text: 'کابل', isolate: true },
      { text: ': 2026 figures show ۱۲ crossings open', isolate: false },
    ]);
    expect(asHtml(fieldParts(STANDFIRST, 'ltr'))).toBe('The sign read <bdi>کابل</bdi> 2026 and <bdi>ځای</bdi> 12 on Tuesday.');
    expect(withIsolateMarks(TITLE, 'ltr')).toBe('Talks in \u2068کابل\u2069: 2026 figures show ۱۲ crossings open');
  });

  it('changes no text that needs no island', () => {
    const quiet = [
      'Talks resume in Geneva: 2026 figures show 12 crossings open', // left to right only
      'د کابل او هرات ترمنځ خبرې بیا پیل شوې', // right to left only
      '2026: 12 of 40', // numbers only
      'Locals call it کابل, the capital', // no number after the phrase
      'The year ۱۴۰۵ کابل stays', // Arabic-Indic digits are no European number
      'In 2026 کابل grew',
    ];
    for (const text of quiet) {
      expect(isolatedRuns(text), text).toBeUndefined();
      expect(fieldParts(text, 'ltr'), text).toEqual([{ text, isolate: false }]);
      expect(withIsolateMarks(text, 'ltr'), text).toBe(text);
    }
  });

  it('leaves a right-to-left headline as written, as the body plugin leaves right-to-left bodies', () => {
    for (const text of ['په کابل کې NATO 2026 خبرې', 'کابل 2026 کې', TITLE]) {
      expect(fieldParts(text, 'rtl')).toEqual([{ text, isolate: false }]);
      expect(withIsolateMarks(text, 'rtl')).toBe(text);
    }
    expect(renderBody('کابل 2026 کې', 'ps').html).toBe('<p>کابل 2026 کې</p>');
  });

  it('isolates fields exactly where the body renderer does', () => {
    for (const text of [TITLE, STANDFIRST, 'Hebrew: שלום, 12 times', 'The sign read کابل ښار 2026 in red.']) {
      expect(`<p>${asHtml(fieldParts(text, 'ltr'))}</p>`).toBe(renderBody(text).html);
    }
  });

  it('never marks a card headline twice (isolate marks are no punctuation before a number)', () => {
    const once = withIsolateMarks(STANDFIRST, 'ltr');
    expect(withIsolateMarks(once, 'ltr')).toBe(once);
  });
});

describe('FieldText and the lists that use it', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('renders the runs as <bdi> elements, escaped, and right-to-left text untouched', async () => {
    expect(clean(await container.renderToString(FieldText, { props: { text: TITLE, dir: 'ltr' } }))).toBe('Talks in <bdi>کابل</bdi>: 2026 figures show ۱۲ crossings open');
    expect(clean(await container.renderToString(FieldText, { props: { text: TITLE, dir: 'rtl' } }))).toBe(TITLE);
    const hostile = clean(await container.renderToString(FieldText, { props: { text: '<script>x</script> & <b>"کابل" <2026>', dir: 'ltr' } }));
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<b>');
    expect(hostile.replace(/<\/?bdi>/g, '')).not.toMatch(/[<>]/);
    expect(hostile).toMatch(/^&lt;script&gt;x&lt;\/script&gt; &amp; &lt;b&gt;(&quot;|&#34;|")<bdi>کابل<\/bdi>/);
  });

  it('isolates the phrase in the front page\'s "Latest" rail', async () => {
    const parsed = parseNewsDate('2026-12-02T17:00:00+04:30', 'Asia/Kabul');
    if (!parsed.ok) throw new Error(parsed.problem);
    const article = { slug: 'mixed-bidi-headline', lang: undefined, dir: 'ltr', data: { title: TITLE, published: parsed.date } } as unknown as Article;
    const html = clean(await container.renderToString(LatestList, { props: { articles: [article], year: 2026 } }));
    expect(html).toContain('<a href="/articles/mixed-bidi-headline/">Talks in <bdi>کابل</bdi>: 2026 figures show ۱۲ crossings open</a>');
  });
});

describe('social card headline', () => {
  it('draws the isolated headline (FSI … PDI) for a left-to-right headline', async () => {
    const renderer = await createCardRenderer('Dateline', join(mkdtempSync(join(tmpdir(), 'cards-')), 'fonts'));
    const card = (title: string) => renderer.draw({ slug: 's', title, section: 'Diplomacy', siteName: 'Dateline' });
    const drawn = await card(TITLE);
    expect(drawn.equals(await card('Talks in \u2068کابل\u2069: 2026 figures show ۱۲ crossings open'))).toBe(true);
  });
});
