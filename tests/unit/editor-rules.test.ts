/** Tag identity, scaffold slugs, id hints and workflow annotations (issue 11). */
import { describe, expect, it } from 'vitest';
import { checkTags } from '#/check/rules/tags.ts';
import { idHint } from '#/check/rules/ids.ts';
import { formatAnnotation } from '#/check/diagnostics.ts';
import { headlineProblem, PLACEHOLDER_BODY, scaffold, slugFromHeadline } from '#/check/scaffold.ts';
import { tagHasOwnUrl, tagKey, topicsOf } from '#/domain/tags.ts';

type Line = [string, string, string, string];
function tags(articles: Record<string, string[]>): Line[] {
  const out: Line[] = [];
  checkTags(
    new Map(),
    Object.entries(articles).map(([file, list], i) => ({ file, tags: list, published: i, at: () => undefined })),
    (file, field, message, _pos, severity = 'error') => out.push([severity, file, field, message]),
  );
  return out;
}

describe('tag identity', () => {
  it('is the URL slug; tags without letters or digits have no URL of their own', () => {
    expect(tagKey('Food Prices')).toBe(tagKey('food prices'));
    expect(tagKey('C++')).toBe(tagKey('C'));
    for (const t of ['!!!', '---', '...', '😀']) expect(tagHasOwnUrl(t), t).toBe(false);
    expect(tagHasOwnUrl('tag')).toBe(true);
    expect(tagHasOwnUrl('سوله')).toBe(true);
    expect(topicsOf(['Rail', 'rail', 'trade'])).toEqual([{ slug: 'rail', name: 'Rail' }, { slug: 'trade', name: 'trade' }]);
  });

  it('reports a variant spelling with the spelling the other articles use and how many', () => {
    const out = tags({ a: ['rail'], b: ['rail'], c: ['RAIL'] });
    expect(out).toEqual([['error', 'c', 'tags[0]', expect.stringContaining('which 2 articles spell "rail"; a topic has one spelling: write "rail"')]]);
  });

  it('refuses tags without letters beside a real "tag", and C++ beside C', () => {
    const out = tags({ a: ['tag', '!!!', '😀'], b: ['C'], c: ['C++'] });
    expect(out.filter((l) => l[3].includes('no letters or digits')).map((l) => l[2])).toEqual(['tags[1]', 'tags[2]']);
    expect(out.some((l) => l[1] === 'c' && l[3].includes('write "C"'))).toBe(true);
  });

  it('warns about a new tag close to an existing topic', () => {
    const out = tags({ a: ['Torkham', 'rail'], b: ['Torkham', 'rail'], c: ['Torkam', 'railways'] });
    expect(out).toEqual([
      ['warning', 'c', 'tags[0]', expect.stringContaining('the topic "Torkham" (2 articles) is spelt almost the same; did you mean "Torkham"?')],
      ['warning', 'c', 'tags[1]', expect.stringContaining('the topic "rail" (2 articles) is spelt almost the same; did you mean "rail"?')],
    ]);
    expect(tags({ a: ['water'], b: ['water'], c: ['winter'] })).toEqual([]);
  });
});

describe('npm run new', () => {
  it('makes Latin slugs from any script, cut at a word', () => {
    expect(slugFromHeadline('Envoy’s “quick” stop — in Kabul')).toBe('envoys-quick-stop-in-kabul');
    expect(slugFromHeadline('喀布尔河水位上涨')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(slugFromHeadline('د کابل سیند کې اوبه لوړې شوې')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(slugFromHeadline('!!!')).toBe('');
    const long = slugFromHeadline('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('word')).toBe(true);
  });

  it('refuses a headline the schema would refuse', () => {
    expect(headlineProblem('a'.repeat(201))).toMatch(/201 characters long; the limit is 200/);
    expect(headlineProblem('Envoy lands')).toBeUndefined();
  });

  it('writes a draft with the placeholders the check knows', () => {
    const text = scaffold({ headline: 'A "quoted" headline', authors: [], section: '', tags: ['rail'], draft: true, published: '2026-11-29T10:00:00+04:30' });
    expect(text).toMatch(/^draft: true/m);
    expect(text).toContain('title: "A \\"quoted\\" headline"');
    expect(text).toContain(PLACEHOLDER_BODY);
  });
});

describe('ids written as names', () => {
  const sections = [{ id: 'economy', name: 'Economy' }, { id: 'diplomacy', name: 'Diplomacy' }];
  it('gives the id to use and the valid ids', () => {
    expect(idHint('Economy', sections, 'section')).toBe('"Economy" is the section "Economy": write its id "economy"; sections: diplomacy, economy');
    expect(idHint('economics', sections, 'section')).toBe('did you mean "economy"?; sections: diplomacy, economy');
    expect(idHint('Sport', sections, 'section')).toBe('no section is called "Sport"; sections: diplomacy, economy');
  });
});

describe('workflow annotations', () => {
  it('prints errors and warnings as GitHub workflow commands with escaped properties and data', () => {
    expect(formatAnnotation({ file: 'content/a,b.md', line: 7, column: 3, field: 'published', message: '50% off: "x"\nnext', severity: 'error' })).toBe(
      '::error file=content/a%2Cb.md,line=7,col=3,title=published::50%25 off: "x" next',
    );
    expect(formatAnnotation({ file: 'content/x.md', field: 'tags[0]', message: 'did you mean "rail"?', severity: 'warning' })).toBe('::warning file=content/x.md,title=tags[0]::did you mean "rail"?');
  });
});

describe('links that resolve pass the check', () => {
  it('accepts every spelling of a link to a page the build writes', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkContent } = await import('#/check/content-check.ts');
    const work = mkdtempSync(join(tmpdir(), 'dateline-links-'));
    try {
      cpSync('tests/fixtures/base-content/content', join(work, 'content'), { recursive: true });
      writeFileSync(
        join(work, 'content/articles/2026/11/links-everywhere.md'),
        `---
title: Links everywhere
description: An article linking every kind of page.
published: "2026-11-12T10:00:00+04:30"
authors: [nadia-rahyab]
section: diplomacy
tags: [Doha talks]
---

[a](../11/envoy-lands-in-kabul-ahead-of-doha-round) [b](./envoy-lands-in-kabul-ahead-of-doha-round.md) [c](../envoy-lands-in-kabul-ahead-of-doha-round/)
[d](/sections/economy) [e](https://dateline.example.org/tags/doha-talks) [f](/archive/2026/11/) [g](/authors/nadia-rahyab/)
[h](/rss.xml) [i](/sections/diplomacy/rss.xml) [j](/search/?q=wheat) [k](/) [l](/favicon.svg) [m](/archive/) [n](#top)

![The envoy arriving](./images/envoy-arrival.png)
`,
      );
      const result = checkContent({ root: process.cwd(), contentDir: join(work, 'content'), visibility: { now: Date.parse('2026-11-20T00:00:00Z'), includeDrafts: false } });
      expect(result.diagnostics).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
