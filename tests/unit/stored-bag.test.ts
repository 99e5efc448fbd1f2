/**
 * The related engine's bag as the content store keeps it (src/build/article-facts.ts): one packed string an
 * article, read back into exactly the bag the pipeline made, so the related picks cannot change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsOf, packBag, unpackBag } from '#/build/article-facts.ts';
import { relatedBag } from '#/domain/related/inputs.ts';

describe('the stored related bag', () => {
  it('packs into one string and reads back equal, names and multi-word names included', () => {
    const bag = relatedBag(
      [
        { text: 'Mes Aynak copper mine reopens', heading: true },
        { text: 'Workers at Mes Aynak returned on Monday, said the Kunar River council. The mine, the mine and the road.', heading: false },
        { text: 'Ministerium für Bergbau', heading: false },
      ],
      'en',
    );
    expect(bag.terms.length).toBeGreaterThan(3);
    const packed = packBag(bag);
    expect(typeof packed).toBe('string');
    expect(unpackBag(packed)).toEqual(bag);
  });
  it('an empty bag and a missing one read as no terms', () => {
    const empty = { terms: [], counts: [], named: [], words: 0 };
    expect(unpackBag(packBag(empty))).toEqual(empty);
    expect(unpackBag(undefined)).toEqual(empty);
  });
  it('a term with a tab or line break keeps the object form; an entry stored before packing is read as it is', () => {
    const odd = { terms: ['a\tb', 'c'], counts: [1, 2], named: [0, 1], words: 3 };
    expect(packBag(odd)).toBe(odd);
    expect(unpackBag(odd)).toBe(odd);
    const facts = factsOf({ rendered: { html: '<p>x</p>', metadata: { relatedBag: odd } } });
    expect(facts.relatedBag).toEqual(odd);
  });
  it('factsOf reads the packed bag', () => {
    const bag = { terms: ['kabul', 'mes aynak'], counts: [3, 2], named: [0, 2], words: 40 };
    expect(factsOf({ rendered: { html: '', metadata: { relatedBag: packBag(bag) } } }).relatedBag).toEqual(bag);
  });
  it('factsOf reads a bag kept in its own file, when asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-bag-'));
    try {
      const bag = { terms: ['helmand', 'water'], counts: [4, 2], named: [4, 0], words: 90 };
      const file = join(dir, 'x.bag');
      const facts = factsOf({ rendered: { html: '', metadata: { relatedBagFile: file } } });
      writeFileSync(file, packBag(bag) as string);
      expect(facts.relatedBag).toEqual(bag);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
