import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCards } from '#/build/cards/writer.ts';
import { cardHash } from '#/outputs/social-cards.ts';

const inputs = [
  { slug: 'envoy', title: 'Envoy lands in Kabul', section: 'World', siteName: 'Dateline' },
  { slug: 'cricket', title: 'د کرکټ ملي لوبډله', section: 'ټولنه', siteName: 'Dateline' },
];

describe('publishing social cards from the cache', () => {
  afterEach(() => {
    delete process.env['DATELINE_CARD_LINKS'];
  });

  it('copies each card into the site, or links it with DATELINE_CARD_LINKS=on: the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-publish-'));
    const cache = join(dir, 'cache');
    process.env['DATELINE_CARD_LINKS'] = 'on';
    expect((await writeCards(inputs, cache, join(dir, 'linked'), 1)).drawn).toBe(2);
    delete process.env['DATELINE_CARD_LINKS'];
    expect((await writeCards(inputs, cache, join(dir, 'copied'), 1)).reused).toBe(2);
    for (const { slug } of inputs) {
      const cached = join(cache, `${cardHash(inputs.find((i) => i.slug === slug)!)}.png`);
      const [linked, copied] = ['linked', 'copied'].map((d) => join(dir, d, 'og', `${slug}.png`));
      expect(statSync(linked!).ino).toBe(statSync(cached).ino);
      expect(statSync(copied!).ino).not.toBe(statSync(cached).ino);
      expect(readFileSync(copied!).equals(readFileSync(cached))).toBe(true);
    }
  });

  it('draws a card again when a published link was rewritten in place, and replaces an earlier build’s file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-publish-'));
    const cache = join(dir, 'cache');
    const out = join(dir, 'dist');
    process.env['DATELINE_CARD_LINKS'] = 'on';
    await writeCards(inputs, cache, out, 1);
    const published = join(out, 'og', 'envoy.png');
    const drawn = readFileSync(published);
    writeFileSync(published, 'optimised by some tool'); // in place: the cache's file changes with it
    const again = await writeCards(inputs, cache, out, 1);
    expect(again).toMatchObject({ drawn: 1, reused: 1 });
    expect(readFileSync(published).equals(drawn)).toBe(true);
  });
});
