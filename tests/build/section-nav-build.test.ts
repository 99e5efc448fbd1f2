/**
 * Round-5 finding 15: sections must not multiply into every page. A newsroom with 30 sections (each with one
 * article) is built: every page's navigation names the first 12 by `order` and ends with "All sections", the
 * front page has at most 12 section blocks, and `/sections/` lists all 32. (The sample newsroom, within the limit,
 * gets no `/sections/` page: compared byte for byte by hand, see the README.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAV_SECTION_LIMIT } from '#/domain/section-nav.ts';
import { buildOnce, writeOverlayFile } from '../helpers/build-overlay.ts';

const SECTIONS = 30;

const build = buildOnce('sections', (overlay) => {
  for (let i = 1; i <= SECTIONS; i++) {
    const n = String(i).padStart(2, '0');
    writeOverlayFile(overlay, `sections/desk-${n}.md`, `---\nname: Desk ${n}\norder: ${10 + i}\n---\n`);
    writeOverlayFile(
      overlay,
      `articles/2026/11/desk-${n}-report.md`,
      `---\ntitle: Desk ${n} files its weekly report\ndescription: A short report from regional desk ${n}.\npublished: "2026-11-20T09:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: desk-${n}\n---\n\nThe desk filed its report.\n`,
    );
  }
});

const navOf = (html: string) => /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('a newsroom with more sections than the navigation shows', () => {
  it('builds', () => {
    expect(build().code, build().output.slice(-3000)).toBe(0);
  });

  it('names the first 12 sections by order on every page, then "All sections"', () => {
    for (const page of ['index.html', 'articles/desk-30-report/index.html', 'sections/desk-30/index.html']) {
      const nav = navOf(readFileSync(join(build().dist, page), 'utf8'));
      const sectionLinks = links(nav).filter((href) => href.startsWith('/sections/'));
      expect(sectionLinks, page).toHaveLength(NAV_SECTION_LIMIT + 1);
      expect(sectionLinks.at(-1), page).toBe('/sections/');
      expect(nav).toContain('>All sections</a>');
    }
  });

  it('the 404 page and the search page\'s "Browse by section" follow the same rule (round 26a #7)', () => {
    for (const [page, block] of [['404.html', /<nav aria-label="Where to go next"[\s\S]*?<\/nav>/], ['search/index.html', /<nav class="search-fallback"[\s\S]*?<\/nav>/]] as const) {
      const list = block.exec(readFileSync(join(build().dist, page), 'utf8'))?.[0] ?? '';
      const sectionLinks = links(list).filter((href) => href.startsWith('/sections/'));
      expect(sectionLinks, page).toHaveLength(NAV_SECTION_LIMIT + 1);
      expect(sectionLinks.at(-1), page).toBe('/sections/');
    }
  });

  it('gives the front page at most 12 section blocks', () => {
    const html = readFileSync(join(build().dist, 'index.html'), 'utf8');
    expect((html.match(/class="front-section"/g) ?? []).length).toBeLessThanOrEqual(NAV_SECTION_LIMIT);
  });

  it('lists every section on /sections/', () => {
    const html = readFileSync(join(build().dist, 'sections/index.html'), 'utf8');
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    const listed = links(main).filter((href) => /^\/sections\/[^/]+\/$/.test(href));
    expect(new Set(listed).size).toBe(SECTIONS + 2);
    expect(navOf(html)).toContain('aria-current="page">All sections');
  });
});
