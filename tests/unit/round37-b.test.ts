/** Round 37, helper b: the blind tester's findings of round 36 (b). */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Byline from '../../src/components/Byline.astro';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { formatNewsDate, parseNewsDate, type NewsDate } from '#/domain/dates.ts';
import { bylineSource } from '#/domain/byline.ts';
import type { AuthorEntry } from '#/domain/newsroom.ts';
import { searchArticles } from '#/build/search-index.ts';
import { datelineMark } from '#/check/rules/dateline-prefix.ts';
import { scanRawLinks } from '#/check/rules/raw-links.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const MODES = ['fast', 'reference'] as const;

describe('#1 a link inside a link is a warning on the inner one', () => {
  const lines = (body: string) => checkArticles({ 'nested.md': testFrontmatter() + body }).filter((l) => l.includes('cannot hold another'));

  it('a Markdown link inside a raw <a>: its place, the loss and the fix', () => {
    expect(lines('Ploughed fields. <a href="https://x.org">see [the report](https://y.org)</a> and more.\n')).toEqual([
      'nested.md:9:46 link  warning: link [the report](https://y.org) sits inside the raw <a …>…</a> around it, and a link cannot hold another: the page keeps its words in the outer link and the inner link is lost; write one link, or two side by side (close the <a> with </a> before the "[")',
    ]);
  });

  it('a raw <a> inside a Markdown link\'s text', () => {
    expect(lines('Then [a <a href="https://x.org">raw</a> b](https://y.org) text.\n')).toEqual([
      'nested.md:9:9 link  warning: raw link <a href="https://x.org"> sits inside a Markdown link\'s text, and a link cannot hold another: the page splits them into two links and the words after </a> lose theirs; write one link, or two side by side (the <a>…</a> after the Markdown link\'s ")")',
    ]);
  });

  it('two links side by side, and a bare address shown in a raw link\'s words, are not told', () => {
    expect(lines('<a href="https://x.org">see</a> [the report](https://y.org) and [a](https://y.org) <a href="https://x.org">raw</a>.\n')).toEqual([]);
    expect(lines('<a href="https://x.org">our page https://x.org/a</a> and <a href="https://x.org">www.x.org</a>.\n')).toEqual([]);
  });

  it('a body of many is told the first 20, then how many more', () => {
    const body = Array.from({ length: 25 }, (_, i) => `<a href="https://x.org/${i}">see [it](https://y.org/${i})</a>`).join('\n\n');
    const out = checkArticles({ 'many.md': testFrontmatter() + body + '\n' }).filter((l) => l.includes('inside'));
    expect(out).toHaveLength(21);
    expect(out[20]).toBe('many.md:49:32 link  warning: …and 5 more links inside links below; fix them too');
  });

  it('the page is as before: one link kept, no link inside a link', () => {
    for (const mode of MODES) {
      expect(createMarkdownRenderer(mode)('<a href="https://x.org">see [the report](https://y.org)</a>').html).toBe('<p><a href="https://x.org">see the report</a></p>');
    }
  });
});

describe('#2 a dateline that ends with a comma, colon or semicolon', () => {
  it('is a warning with the value to write', () => {
    const out = checkArticles({ 'comma.md': testFrontmatter({ dateline: '"Kabul,"' }) + 'Ploughed fields lay quiet.\n' });
    expect(out).toEqual(['comma.md:7:11 dateline  warning: "Kabul," ends with ",", and the page puts its dash after it ("Kabul, —" would print); write "Kabul"']);
  });

  it('reads each mark, in any script; a plain value and a dash are not this line\'s', () => {
    expect(datelineMark('KABUL:')).toEqual({ mark: ':', kept: 'KABUL' });
    expect(datelineMark('Kabul ; ')).toEqual({ mark: ';', kept: 'Kabul' });
    expect(datelineMark('کابل،')).toEqual({ mark: '،', kept: 'کابل' });
    expect(datelineMark('Kabul')).toBeUndefined();
    expect(datelineMark(',')).toBeUndefined();
    expect(datelineMark('KABUL, Nov 5')).toBeUndefined();
    const dash = checkArticles({ 'dash.md': testFrontmatter({ dateline: '"KABUL —"' }) + 'Ploughed fields lay quiet.\n' });
    expect(dash.filter((l) => l.includes('dateline'))).toHaveLength(1);
  });
});

describe('#3 a source that is the author\'s own name is not printed after it', () => {
  const author = (id: string, name: string) => ({ id, collection: 'authors', data: { name } }) as unknown as AuthorEntry;

  it('bylineSource: the same name (case, spaces and compatibility forms aside) is left out; another source stays', () => {
    expect(bylineSource('Nadia Rahyab', ['Nadia Rahyab'])).toBeUndefined();
    expect(bylineSource(' nadia  RAHYAB ', ['Daud Sherzad', 'Nadia Rahyab'])).toBeUndefined();
    expect(bylineSource('Koh-e-Baba Wire', ['Nadia Rahyab'])).toBe('Koh-e-Baba Wire');
    expect(bylineSource(undefined, ['Nadia Rahyab'])).toBeUndefined();
  });

  it('the page\'s byline reads "By X", not "By X for X"', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Byline, { props: { authors: [author('n', 'Nadia Rahyab')], source: 'Nadia Rahyab' } });
    expect(html.replace(/<[^>]+>/g, '')).toBe('By Nadia Rahyab');
    const wire = await container.renderToString(Byline, { props: { authors: [author('n', 'Nadia Rahyab')], source: 'Koh-e-Baba Wire' } });
    expect(wire.replace(/<[^>]+>/g, '')).toBe('By Nadia Rahyab for Koh-e-Baba Wire');
  });

  it('search\'s byline too', () => {
    const entry = { id: 's', body: 'Farmers report better yields.', data: { title: 's', description: 'd', section: 'economy', authors: ['nadia-rahyab'], tags: [], source: 'Nadia Rahyab', published: { epoch: 0, iso: '2026-05-01T08:00:00Z', dateOnly: false } } };
    const authors = [{ id: 'nadia-rahyab', data: { name: 'Nadia Rahyab' } }];
    expect(searchArticles([entry] as never, [], '/tmp', authors as never)[0]?.byline).toBe('Nadia Rahyab');
  });
});

describe('#4 <acronym> keeps its title as <abbr>', () => {
  it.each(MODES)('%s', (mode) => {
    const html = createMarkdownRenderer(mode)('<acronym title="World Health Organization">WHO</acronym> said so.').html;
    expect(html).toBe('<p><abbr title="World Health Organization">WHO</abbr> said so.</p>');
  });
});

describe('#5 a bare www. address links with https://', () => {
  it.each(MODES)('%s', (mode) => {
    const html = createMarkdownRenderer(mode)('See www.example.org/report, (www.example.org) and "www.example.org/a”.').html;
    expect(html).toContain('<a href="https://www.example.org/report" class="url-text">www.example.org/report</a>');
    expect(html).toContain('<a href="https://www.example.org" class="url-text">www.example.org</a>');
    expect(html).toContain('<a href="https://www.example.org/a" class="url-text">www.example.org/a</a>');
    expect(html).not.toContain('http://');
  });

  it('an address written with http:// stays so, and the check judges the https:// link the page makes', () => {
    for (const mode of MODES) expect(createMarkdownRenderer(mode)('See http://www.example.org/old.').html).toContain('href="http://www.example.org/old"');
    expect(scanRawLinks('See www.example.org/x.\n').map((l) => l.href)).toEqual(['https://www.example.org/x']);
  });
});

describe('#6 one headline under two slugs', () => {
  const base = 'Envoy lands in Kabul a week ahead of the Doha round';

  it('the later published is told, with the other file and the fix', () => {
    const out = checkArticles({ 'envoy-again.md': testFrontmatter({ title: `"${base}"` }) + 'Ploughed fields lay quiet.\n' });
    expect(out.map((l) => l.replace(/ \S*content\/articles\//, ' content/articles/'))).toEqual([
      `envoy-again.md:2:8 title  warning: "${base}" is also the headline of content/articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md, so readers see two stories they cannot tell apart; give this one a headline of its own, or delete this file if it is the same story`,
    ]);
  });

  it('letter case and spaces aside; the earlier file is not told, whichever its name', () => {
    const out = checkArticles({
      'a-first.md': testFrontmatter({ title: '"Wheat  prices EASE"', published: '"2026-11-21T10:00:00+04:30"' }) + 'Ploughed fields lay quiet.\n',
      'z-earlier.md': testFrontmatter({ title: '"Wheat prices ease"', published: '"2026-11-20T10:00:00+04:30"' }) + 'Ploughed fields lay quiet.\n',
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^a-first\.md:2:8 title {2}warning: "Wheat {2}prices EASE" is also the headline of .*z-earlier\.md,/);
  });

  it('only stories readers see count: a draft or a scheduled story reusing a headline is quiet until it goes live', () => {
    const text = (fields: Record<string, string>) => testFrontmatter({ title: '"Wheat prices ease"', ...fields }) + 'Ploughed fields lay quiet.\n';
    const out = checkArticles({ 'live.md': text({}), 'draft.md': text({ draft: 'true' }), 'later.md': text({ published: '"2026-12-20T10:00:00+04:30"' }) });
    expect(out.filter((l) => l.includes('also the headline'))).toEqual([]);
  });

  it('a copy named as one is told once, by the copies rule', () => {
    const text = testFrontmatter({ title: '"Wheat prices ease"' }) + 'Ploughed fields lay quiet.\n';
    const out = checkArticles({ 'wheat.md': text, 'wheat copy.md': text });
    expect(out.filter((l) => l.includes('also the headline'))).toEqual([]);
    expect(out.filter((l) => l.startsWith('wheat copy.md'))).toHaveLength(1);
  });
});

describe('#7 dates in a calendar with an era', () => {
  const date = (s: string): NewsDate => {
    const r = parseNewsDate(s, 'Asia/Kabul');
    if (!r.ok) throw new Error(r.problem);
    return r.date;
  };
  const shown = (s: string, locale: string) => formatNewsDate(date(s), { locale, timeZone: 'Asia/Kabul', timeZoneLabel: 'AFT' });

  it('keep the separator before the time the site uses, and no trailing space', () => {
    expect(shown('2026-11-20T10:00:00+04:30', 'en')).toBe('Nov 20, 2026, 10:00 AM AFT');
    expect(shown('2026-11-20T10:00:00+04:30', 'en-u-ca-islamic')).toMatch(/ 1448, 10:00 AM AFT$/);
    expect(shown('2026-11-20', 'en-u-ca-islamic')).toMatch(/\S 1448$/);
    expect(shown('2026-11-20T10:00:00+04:30', 'en-u-ca-persian')).toMatch(/ 1405, 10:00 AM AFT$/);
    expect(shown('2026-11-20', 'en-u-ca-buddhist')).toMatch(/, 2569$/);
  });

  it('an era written first (Pashto\'s Solar Hijri) is dropped with the space after it, as before', () => {
    expect(shown('2026-11-20', 'ps-u-ca-persian')).toBe('۱۴۰۵ لړم ۲۹');
  });
});
