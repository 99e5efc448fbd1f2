/** Every URL the site makes (src/domain/urls.ts). */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, archivePath, articlePath, authorPath, paged, sectionPath, tagPath, tagSlug } from '#/domain/urls.ts';
import { site } from '../../src/site.config.ts';

describe('paths', () => {
  it('article, section, author and tag paths end with a slash', () => {
    expect(articlePath('doha-round-ends')).toBe('/articles/doha-round-ends/');
    expect(sectionPath('diplomacy')).toBe('/sections/diplomacy/');
    expect(authorPath('nadia-rahyab')).toBe('/authors/nadia-rahyab/');
    expect(tagPath('transit')).toBe('/tags/transit/');
  });

  it('archive paths pad the month', () => {
    expect(archivePath()).toBe('/archive/');
    expect(archivePath(2026, 3)).toBe('/archive/2026/03/');
    expect(archivePath(2026, 11)).toBe('/archive/2026/11/');
  });

});

describe('paged URLs', () => {
  it('page 1 is the list itself; later pages are numbered directories', () => {
    expect(paged('/sections/diplomacy/', 1)).toBe('/sections/diplomacy/');
    expect(paged('/sections/diplomacy/', 2)).toBe('/sections/diplomacy/2/');
    expect(paged('/sections/diplomacy/', 10)).toBe('/sections/diplomacy/10/');
  });

  it('page numbers below 1 fall back to the first page', () => {
    expect(paged('/x/', 0)).toBe('/x/');
    expect(paged('/x/', -3)).toBe('/x/');
  });

  it('every list builder pages the same way', () => {
    expect(sectionPath('security', 1)).toBe('/sections/security/');
    expect(sectionPath('security', 3)).toBe('/sections/security/3/');
    expect(authorPath('wahid-tanin', 2)).toBe('/authors/wahid-tanin/2/');
    expect(tagPath('transit', 4)).toBe('/tags/transit/4/');
    expect(paged(archivePath(), 2)).toBe('/archive/2/');
    expect(archivePath(2026, 9, 2)).toBe('/archive/2026/09/2/');
  });
});

describe('tagSlug', () => {
  it.each([
    ['transit', 'transit'],
    ['TRANSIT', 'transit'],
    ['Regional Contact Group', 'regional-contact-group'],
    ['2026 election', '2026-election'],
    ['U.N.', 'un'],
    ['Kabul/Herat', 'kabulherat'],
    ['Ελλάδα', 'ελλάδα'],
    ['<script>', 'script'],
  ])('%j → %j', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('Pashto and Dari tags keep their letters; spaces become hyphens', () => {
    expect(tagSlug('د اوبو تړون')).toBe('د-اوبو-تړون');
    expect(tagSlug('سوله')).toBe('سوله');
    expect(tagSlug('العربية')).toBe('العربية');
  });

  it('case and Unicode normalisation do not split a tag into two pages', () => {
    expect(tagSlug('Water Rights')).toBe(tagSlug('water rights'));
    expect(tagSlug('Caf\u00E9')).toBe(tagSlug('Cafe\u0301'));
    expect(tagSlug('Caf\u00E9')).toBe('caf\u00E9');
  });

  it('is stable: the same tag always gives the same slug (no "-1" suffixes between calls)', () => {
    expect(tagSlug('transit')).toBe('transit');
    expect(tagSlug('transit')).toBe('transit');
  });

  it('a tag with no letters or digits still gets a usable slug', () => {
    expect(tagSlug('???')).toBe('tag');
    expect(tagSlug('')).toBe('tag');
  });

  it('the slug is URL-safe once encoded', () => {
    const path = tagPath(tagSlug('د اوبو تړون'));
    expect(new URL(path, 'https://x.example').pathname).toBe(encodeURI(path));
  });

  // A tag typed with a double space must not get a page of its own.
  it('runs of spaces become one hyphen', () => {
    expect(tagSlug('Water  Rights')).toBe('water-rights');
  });
  it('leading and trailing spaces are not hyphens', () => {
    expect(tagSlug(' transit ')).toBe('transit');
  });
});

describe('absoluteUrl', () => {
  it('resolves a path against the production site', () => {
    expect(absoluteUrl('/articles/x/')).toBe(`${new URL(site.url).origin}/articles/x/`);
    expect(absoluteUrl('/')).toBe(`${new URL(site.url).origin}/`);
  });

  it('percent-encodes non-ASCII paths', () => {
    expect(absoluteUrl('/tags/سوله/')).toBe(`${new URL(site.url).origin}/tags/%D8%B3%D9%88%D9%84%D9%87/`);
  });
});
