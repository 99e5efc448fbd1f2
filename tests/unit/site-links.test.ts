/** `resolveSiteLink`: every spelling of a link to this site, and the canonical href the pages get. */
import { describe, expect, it } from 'vitest';
import { canonicalHref, resolveSiteLink } from '#/domain/site-links.ts';
import rehypeSiteLinks from '../../src/markdown/rehype-site-links.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';

const SITE = 'https://dateline.example.org';
const href = (h: string) => {
  const r = resolveSiteLink(h, SITE);
  return r.kind === 'other' ? 'other' : canonicalHref(r);
};

describe('resolveSiteLink', () => {
  it('reads article file paths with and without .md as the article', () => {
    expect(resolveSiteLink('../10/torkham-crossing-shut.md', SITE)).toEqual({ kind: 'article', slug: 'torkham-crossing-shut', file: '../10/torkham-crossing-shut.md', suffix: '' });
    expect(resolveSiteLink('../10/torkham-crossing-shut', SITE)).toEqual({ kind: 'article', slug: 'torkham-crossing-shut', file: '../10/torkham-crossing-shut.md', suffix: '' });
    expect(resolveSiteLink('./sibling#quote', SITE)).toEqual({ kind: 'article', slug: 'sibling', file: './sibling.md', suffix: '#quote' });
    expect(resolveSiteLink('sibling', SITE)).toMatchObject({ kind: 'article', slug: 'sibling', file: 'sibling.md' });
  });

  it('reads article URLs in every spelling', () => {
    for (const h of ['/articles/x/', '/articles/x', 'https://dateline.example.org/articles/x', 'http://DATELINE.example.org/articles/x/', '//dateline.example.org/articles/x/', '../x/', '../x', '../../articles/x/']) {
      expect(href(h), h).toBe('/articles/x/');
    }
  });

  it('gives other pages of the site their canonical path and keeps query and fragment', () => {
    expect(href('/sections/economy')).toBe('/sections/economy/');
    expect(href('../../tags/rail')).toBe('/tags/rail/');
    expect(href('https://dateline.example.org/archive/2026/11')).toBe('/archive/2026/11/');
    expect(href('/search/?q=wheat')).toBe('/search/?q=wheat');
    expect(href('/rss.xml')).toBe('/rss.xml');
    expect(href('/tags/%D8%B3%D9%88%D9%84%D9%87/')).toBe('/tags/سوله/');
  });

  it('leaves other sites, fragments and non-web schemes alone', () => {
    for (const h of ['https://example.com/articles/x/', '#section', 'mailto:desk@example.org', 'tel:+93700000000', '', '?page=2']) expect(href(h), h).toBe('other');
  });

  it('an image or other file next to the article is a path the site has no page for', () => {
    expect(resolveSiteLink('./images/chart.png', SITE, '/articles/story/')).toMatchObject({ kind: 'page', path: '/articles/story/images/chart.png' });
  });

  it('never puts its placeholder for the page itself into a link or a message', () => {
    // Without the page's path (the renderer), a link beside the page is left as written for the browser.
    expect(resolveSiteLink('./images/chart.png', SITE)).toEqual({ kind: 'other' });
    expect(resolveSiteLink('x.html', SITE)).toEqual({ kind: 'other' });
    expect(resolveSiteLink('./', SITE)).toEqual({ kind: 'other' });
    const { html } = createMarkdownRenderer()('[a](x.html) [b](./)');
    expect(html).not.toMatch(/%00|\u0000|…/);
    expect(resolveSiteLink('x.html', SITE, '/authors/nadia/')).toMatchObject({ kind: 'page', path: '/authors/nadia/x.html' });
  });
});

describe('rehype-site-links', () => {
  it('rewrites links in the rendered body to canonical paths', () => {
    expect(typeof rehypeSiteLinks).toBe('function');
    const render = createMarkdownRenderer();
    const { html } = render('[a](../10/other) [b](/sections/economy) [c](https://dateline.example.org/tags/rail) [d](https://example.com/x)');
    expect(html).toContain('href="/articles/other/"');
    expect(html).toContain('href="/sections/economy/"');
    expect(html).toContain('href="/tags/rail/"');
    expect(html).toContain('href="https://example.com/x"');
  });
});
