/** The date and byline components rendered through Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Byline from '../../src/components/Byline.astro';
import FormattedDate from '../../src/components/FormattedDate.astro';
import { parseNewsDate, type NewsDate } from '#/domain/dates.ts';
import type { AuthorEntry } from '#/domain/newsroom.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const date = (s: string): NewsDate => {
  const r = parseNewsDate(s, 'Asia/Kabul');
  if (!r.ok) throw new Error(r.problem);
  return r.date;
};
const author = (id: string, name: string) => ({ id, collection: 'authors', data: { name } }) as unknown as AuthorEntry;
// Dev rendering adds data-astro-source-* attributes; compare on text and the attributes that matter.
const clean = (html: string) => html.replace(/\s*data-astro-[\w-]+="[^"]*"/g, '');

describe('FormattedDate', () => {
  it('puts the full ISO value with offset in datetime and newsroom time in the text', async () => {
    const html = clean(await container.renderToString(FormattedDate, { props: { date: date('2019-12-05T05:00:00Z') } }));
    expect(html).toBe('<time datetime="2019-12-05T05:00:00+00:00">Dec 5, 2019, 9:30 AM AFT</time>');
  });
  it('shows a date-only value as a date', async () => {
    const html = clean(await container.renderToString(FormattedDate, { props: { date: date('2019-12-05') } }));
    expect(html).toBe('<time datetime="2019-12-05T00:00:00+04:30">Dec 5, 2019</time>');
  });
});

describe('Byline', () => {
  it('links every author and joins names as a list', async () => {
    const html = clean(
      await container.renderToString(Byline, {
        props: { authors: [author('a-one', 'Ana One'), author('b-two', 'Bo Two'), author('c-three', 'Cy Three')] },
      }),
    );
    expect(html).toContain('<a href="/authors/a-one/" rel="author">Ana One</a>');
    expect(html).toContain('<a href="/authors/c-three/" rel="author">Cy Three</a>');
    expect(html.replace(/<[^>]+>/g, '')).toBe('By Ana One, Bo Two, and Cy Three');
  });
  it('adds "for <source>" for wire copy', async () => {
    const html = clean(await container.renderToString(Byline, { props: { authors: [author('d', 'Dee')], source: 'Koh-e-Baba Wire' } }));
    expect(html.replace(/<[^>]+>/g, '')).toBe('By Dee for Koh-e-Baba Wire');
  });
  it('escapes names and sources', async () => {
    const html = clean(await container.renderToString(Byline, { props: { authors: [author('x', '<img src=x onerror=alert(1)>')], source: '</span><script>' } }));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img');
  });
  it('can render names without links inside cards', async () => {
    const html = clean(await container.renderToString(Byline, { props: { authors: [author('d', 'Dee')], link: false } }));
    expect(html).not.toContain('<a ');
    expect(html.replace(/<[^>]+>/g, '')).toBe('By Dee');
  });
});
