import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNewsDate } from '#/domain/dates.ts';
import type { Article } from '#/domain/newsroom.ts';
import { newsLanguage, newsSitemapXml } from '#/outputs/news-sitemap.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');
function article(slug: string, published: string, extra: Record<string, unknown> = {}): Article {
  const date = parseNewsDate(published, 'Asia/Kabul');
  if (!date.ok) throw new Error(date.problem);
  return { slug, data: { title: `Title of ${slug} & "more"`, published: date.date, ...extra } } as unknown as Article;
}
const xsd = join(process.cwd(), 'node_modules', 'sitemap', 'schema', 'sitemap.xsd');
/** xmllint against sitemaps.org's schema, with the news:* elements (Google's schema is not shipped) removed. */
function validate(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'news-sitemap-')), 'core.xml');
  writeFileSync(file, xml.replace(/<news:news>[\s\S]*?<\/news:news>/g, ''));
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr;
}

describe('news sitemap', () => {
  it('lists only the last two days, canonical copies only, and validates', () => {
    const xml = newsSitemapXml(
      [
        article('fresh', '2026-11-28T09:00:00+04:30'),
        article('syndicated', '2026-11-28T08:00:00+04:30', { canonical: 'https://example.org/x' }),
        article('pashto', '2026-11-27T10:00:00+04:30', { lang: 'ps' }),
        article('old', '2026-11-20T09:00:00+04:30'),
      ],
      NOW,
    );
    expect(xml).toBeDefined();
    expect(xml).toContain('/articles/fresh/');
    expect(xml).toContain('<news:language>ps</news:language>');
    expect(xml).toContain('&amp; &quot;more&quot;');
    expect(xml).not.toContain('/articles/syndicated/');
    expect(xml).not.toContain('/articles/old/');
    expect(validate(xml!)).toBe('');
  });

  it('is not written at all when nothing is recent (an empty urlset fails the schema)', () => {
    expect(newsSitemapXml([article('old', '2026-11-20T09:00:00+04:30')], NOW)).toBeUndefined();
    expect(newsSitemapXml([], NOW)).toBeUndefined();
    expect(validate('<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n')).not.toBe('');
  });

  it('maps languages to the codes Google News takes', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('fa-AF')).toBe('fa');
    expect(newsLanguage('prs')).toBe('fa');
    expect(newsLanguage('zh-Hant')).toBe('zh-tw');
    // Chinese by its script (round 22): Hong Kong and Macau write Traditional characters, Singapore Simplified.
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-HK']) expect(newsLanguage(tag), tag).toBe('zh-tw');
    for (const tag of ['zh', 'zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hans-HK']) expect(newsLanguage(tag), tag).toBe('zh-cn');
  });
});
