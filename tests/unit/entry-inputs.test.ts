/**
 * A stored content entry is redone when anything that shapes it changes (src/build/entry-inputs.ts): every site
 * setting is part of its digest, taken from the one place settings are declared, so none can be forgotten.
 */
import { describe, expect, it } from 'vitest';
import { entryInputs } from '#/build/entry-inputs.ts';
import { siteSchema, type SiteConfig } from '#/schemas/site.ts';

const base = siteSchema.parse({ timeZoneLabel: 'AFT' });
const inputs = (settings: SiteConfig) => entryInputs('10', 'fast', true, settings);

/** A different valid value for each kind of setting. */
function changed(value: unknown): unknown {
  if (value === 'site' || value === 'generated') return value === 'site' ? 'generated' : 'site';
  // A locale and a time zone are checked as such: another valid one.
  if (value === 'en-US') return 'en-GB';
  if (value === 'Asia/Kabul') return 'Europe/London';
  if (typeof value === 'string') return value.startsWith('https://') ? 'https://other.example' : `${value}x`;
  if (typeof value === 'number') return value === 1 ? 2 : 1;
  if (Array.isArray(value)) return [...value, 'images.example.org'];
  if (value && typeof value === 'object') return { ...value, ps: 'gregory' };
  throw new Error(`no change known for ${JSON.stringify(value)}`);
}

describe('stored entries are keyed by every setting', () => {
  it.each(Object.keys(siteSchema.shape))('changing %s redoes every stored entry', (key) => {
    const settings = { ...base, [key]: changed(base[key as keyof SiteConfig]) } as SiteConfig;
    expect(siteSchema.safeParse(settings).success, `a valid ${key}`).toBe(true);
    expect(inputs(settings)).not.toBe(inputs(base));
  });

  it('and by the pipeline version and the speed-ups', () => {
    expect(entryInputs('11', 'fast', true, base)).not.toBe(inputs(base));
    expect(entryInputs('10', 'reference', true, base)).not.toBe(inputs(base));
    expect(entryInputs('10', 'fast', false, base)).not.toBe(inputs(base));
  });
});
