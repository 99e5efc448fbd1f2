/**
 * Round 37e: in-page links checked against the ids the page really gives (the page's own boxes, headings with no
 * letters, footnote calls in headings).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { createIdReader } from '#/markdown/page-ids.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = Date.parse('2026-11-29T12:00:00Z');
const TALKS = 'articles/2026/11/transit-talks-open-in-doha-with-trade-on-the-agenda.md';
const work = mkdtempSync(join(tmpdir(), 'dateline-r37e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base newsroom with `body` appended to the talks article (its `published:` replaced); its diagnostic lines. */
function lines(body: string, published?: string, template?: string): string[] {
  const dir = mkdtempSync(join(work, 'case-'));
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(dir, 'content'), { recursive: true });
  const path = join(dir, 'content', TALKS);
  let text = readFileSync(path, 'utf8');
  if (published) text = text.replace(/^published:.*$/m, `published: ${published}`);
  writeFileSync(path, `${text}\n${body}\n`);
  if (template !== undefined) writeFileSync(join(dir, 'content/articles/_template.md'), template);
  const { diagnostics } = checkContent({ root: ROOT, contentDir: join(dir, 'content'), visibility: { now: NOW, includeDrafts: false } });
  return diagnostics.map((d) => `${d.file.replace(/^.*?content\//, '')}:${d.line}:${d.column}  ${d.field}  ${d.message}`);
}

const ids = (html: string) => [...html.matchAll(/<h2 id="([^"]*)"/g)].map((m) => m[1]);

describe('round 37e #1: in-page links and the ids the page gives', () => {
  it('a heading with the words of a page box: the link is told to write the -1 id', () => {
    const body = '## Related title\n\n## Corrections title\n\n## User content footnote label\n\nA claim.[^1] [r](#related-title) [c](#corrections-title) [l](#user-content-footnote-label)\n\n[^1]: Source.';
    const found = lines(body);
    expect(found.find((l) => l.includes('[r](#related-title)'))).toContain(`page's Related box, not the heading of that name in the body (its id is #related-title-1); write "#related-title-1"`);
    expect(found.find((l) => l.includes('[l](#user-content-footnote-label)'))).toContain('write "#user-content-footnote-label-1"');
  });

  it('a link to a heading with no letters\' id, when "Section 1" comes after it, names the right id', () => {
    const found = lines('[part one](#section-1)\n\n## 🚀\n\n## Section 1\n\nText.');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('which is the id of a heading with no letters or digits');
    expect(found[0]).toContain('write "#section-1-1"');
    // "Section 1" written twice: the first has #section-1, and the link is fine.
    expect(lines('[part one](#section-1)\n\n## Section 1\n\n## Section 1\n\nText.')).toEqual([]);
  });

  it('a heading of an emoji with a variation selector gets the fallback id, not a lone U+FE0F', () => {
    const html = createMarkdownRenderer()('## ❤️\n\nText.\n\n## ☎︎ 🏳️‍🌈\n\nMore.').html;
    expect(ids(html)).toEqual(['section-1', 'section-2']);
  });

  it('a footnote call is not part of the heading id', () => {
    const body = '## Prices[^1]\n\nText.\n\n[^1]: Source.';
    expect(ids(createMarkdownRenderer()(body).html)[0]).toBe('prices');
    expect(createIdReader()(body).has('prices')).toBe(true);
    expect(lines(`${body}\n\n[p](#prices)`)).toEqual([]);
  });
});

describe('round 37e #2: the sample date is the template in the folder being checked', () => {
  it('no _template.md in the folder: the template\'s old sample moment is no warning', () => {
    for (const published of ['"2026-11-24T09:30:00+04:30"', '2026-11-24T05:00:00Z']) {
      expect(lines('More text.', published).filter((l) => l.includes('sample date'))).toEqual([]);
    }
  });

  it('a copy of the folder\'s own template keeps its date: the warning quotes the template\'s value', () => {
    const template = readFileSync(join(ROOT, 'content/articles/_template.md'), 'utf8').replace(/^published:.*$/m, 'published: "2026-10-01T08:00:00+04:30"');
    const found = lines('More text.', '2026-10-01T03:30:00Z', template).filter((l) => l.includes('sample date'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('published  is still the sample date from content/articles/_template.md (2026-10-01T08:00:00+04:30, the same moment written another way)');
  });
});

describe('round 37e #4: a number is quoted as written', () => {
  it('published: 99999999999999999999999 is named as written, not as 1e+23', () => {
    const found = lines('More text.', '99999999999999999999999').filter((l) => l.includes('published'));
    expect(found.join('\n')).toContain('the number 99999999999999999999999');
    expect(found.join('\n')).not.toContain('1e+23');
  });
});
