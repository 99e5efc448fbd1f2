/**
 * The bag of terms and names the build keeps for each body instead of its text (src/domain/related/bag.ts), read
 * from the blocks readers see (rehype-article-facts.ts), and what names do to the score.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { computeRelated } from '#/domain/related/engine.ts';
import { relatedBag, toRelatedInput } from '#/domain/related/inputs.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';
import { input } from './related-input.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/related-corpus/', import.meta.url));
const PROD: VisibilityContext = { now: Date.parse('2026-06-01T00:00:00Z'), includeDrafts: false };
const render = createMarkdownRenderer();

describe('the build keeps a bag of terms instead of the text', () => {
  const content = checkContent({ root: ROOT, contentDir: `${FIXTURE}content`, visibility: PROD });
  const visible = content.articles.filter((a) => isVisible(a.data, PROD));
  // Long bodies: each fixture body followed by another story's paragraphs, and a link.
  const filler = visible.map((a) => a.body).join('\n\n');
  const long = visible.map((a, i) => ({ ...a, body: `${a.body}\n\n${filler.slice(i * 97, i * 97 + 12_000)}\n\nSee [the earlier story](/articles/${visible[0]!.id}/).` }));

  it('gives the same related picks, scores and explanations as the full text', () => {
    const opts = { count: 4, nearMisses: 5, explain: 6 };
    const facts = long.map((a) => render(a.body));
    const kept = computeRelated(
      long.map((a, i) => toRelatedInput({ slug: a.id, bag: relatedBag(facts[i]!.blocks, a.data.lang), linked: facts[i]!.linked, data: a.data })),
      opts,
    );
    const full = computeRelated(
      long.map((a, i) => ({ ...toRelatedInput({ slug: a.id, bag: relatedBag([], undefined), linked: facts[i]!.linked, data: a.data }), body: facts[i]!.blocks })),
      opts,
    );
    expect([...kept]).toEqual([...full]);
    expect(facts[1]!.linked).toContain(visible[0]!.id);
  });

  it('is much smaller than a long body, and reads it to the end', () => {
    const body = `${long[0]!.body}\n\nAt the end, the mediator Ottilie Brann met the Saltmere dockers.`;
    const bag = relatedBag(render(body).blocks, 'en');
    expect(JSON.stringify(bag).length).toBeLessThan(body.length / 3);
    expect(bag.terms).toContain('ottilie brann');
    expect(bag.named[bag.terms.indexOf('saltmere')]).toBe(1);
  });
});

describe('names', () => {
  const bagOf = (markdown: string, lang = 'en') => {
    const bag = relatedBag(render(markdown).blocks, lang);
    return Object.fromEntries(bag.terms.map((t, k) => [t, [bag.counts[k], bag.named[k]]]));
  };

  it('finds names capitalised inside sentences and multi-word names, not sentence starts or headings', () => {
    const bag = bagOf('## Copper Road Works\n\nWorkers at Mes Aynak struck. Copper prices rose, the Logar governor said.\n\nFarmers met in Logar.');
    expect(bag['mes aynak']).toEqual([1, 1]);
    expect(bag['logar']).toEqual([2, 2]);
    expect(bag['copper']).toEqual([2, 0]); // a heading and a sentence start
    expect(bag['copper road']).toBeUndefined();
    expect(bag['worker']).toEqual([1, 0]);
  });

  it('has no names in languages that capitalise every noun, or in scripts without capitals', () => {
    expect(bagOf('Die Arbeiter in Kabul streiken.', 'de')['kabul']).toEqual([1, 0]);
    expect(Object.values(bagOf('د بغلان ولایت په نهرین ولسوالۍ کې', 'ps')).every(([, named]) => named === 0)).toBe(true);
  });

  it('a shared rare name outweighs several shared common words', () => {
    const list = [
      input('a', { title: 'Talks on water', body: 'The minister said the river talks with Ottilie Brann went well. Water levels fell.' }),
      input('name', { day: 30, section: 'economy', authors: ['x'], title: 'Judge named', body: 'A retired judge, Ottilie Brann, was named.' }),
      input('words', { day: 1, title: 'Water talks', body: 'The minister said the river water talks went well and levels fell.' }),
      ...Array.from({ length: 30 }, (_, k) => input(`filler-${k}`, { day: 40 + k, title: `Report ${k}`, body: 'The minister said the river and the water talks went well and levels fell.' })),
    ];
    const picks = computeRelated(list, { count: 2, explain: 3 }).get('a')?.picks ?? [];
    expect(picks[0]?.slug).toBe('name');
    expect(picks[0]?.shared?.slice(0, 3).map((e) => `${e.kind} ${e.value}`)).toContain('name ottilie brann');
  });
});

describe('story evidence before context', () => {
  // A desk of unrelated stories that all carry the generic tags, and one story told twice.
  const desk = Array.from({ length: 12 }, (_, k) =>
    input(`desk-${k}`, {
      day: k,
      title: `${['Wheat prices', 'School reopens', 'Clinic opens', 'Road paved', 'Bank auction', 'Cricket final'][k % 6]} ${k}`,
      body: ['Bakers in the city said flour cost more.', 'Pupils returned to classrooms.', 'Doctors treated children.', 'Lorries use the new road.', 'Dollars sold at auction.', 'Fans filled the stadium.'][k % 6] ?? '',
      tags: ['politics', 'asia'],
    }),
  );
  const story = input('valley-flood', {
    day: 5,
    title: 'Flood sweeps the valley',
    body: 'Relief coordinator Abdul Wahid Zarif said the Rokha bridge in Paryan was washed away.',
    tags: ['politics', 'asia'],
  });
  const followUp = input('bridge-reopens', {
    day: 160,
    section: 'economy',
    authors: ['someone-else'],
    title: 'New crossing opens to lorries',
    body: 'Abdul Wahid Zarif opened the rebuilt Rokha bridge, and lorries reached Paryan again.',
  });

  it('a follow-up in another section, by another author, months later, beats the same desk, author and week', () => {
    const result = computeRelated([...desk, story, followUp], { count: 4, nearMisses: 5, explain: 4 }).get('valley-flood');
    expect(result?.picks[0]?.slug).toBe('bridge-reopens');
    expect(result?.picks[0]?.shared?.filter((e) => e.kind === 'name').map((e) => e.value)).toEqual(expect.arrayContaining(['rokha', 'paryan']));
    for (const p of [...(result?.picks ?? []), ...(result?.nearMisses ?? [])]) {
      // Context never adds more than a quarter of the direct evidence.
      expect(p.parts.section + p.parts.author + p.parts.time).toBeLessThanOrEqual(0.25 * (p.parts.tags + p.parts.text) + 1e-9);
    }
  });

  it('tags spread over unrelated stories are generic, whatever their name, and alone make no link', () => {
    const result = computeRelated([...desk, story, followUp], { count: 4, nearMisses: 5 }).get('desk-0');
    const picks = [...(result?.picks ?? []), ...(result?.nearMisses ?? [])];
    // desk-6 is the same kind of story (wheat prices); the other desk pieces share only the two generic tags.
    expect(picks.map((p) => p.slug)).toContain('desk-6');
    for (const p of picks) expect(p.parts.tags).toBeLessThan(0.25);
  });
});
