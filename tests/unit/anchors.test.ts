/**
 * Links to a place on a page (round-4 finding 4): the check knows the ids the renderer gives headings, footnotes and
 * editors' anchors, because it reads them with the renderer's own pipeline (src/markdown/page-ids.ts).
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
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const work = mkdtempSync(join(tmpdir(), 'dateline-anchors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base newsroom with `body` appended to the talks article (and `wheat` to the wheat article); its link lines. */
function linkLines(body: string, wheat = '', bio = ''): string[] {
  const dir = mkdtempSync(join(work, 'case-'));
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(dir, 'content'), { recursive: true });
  const append = (rel: string, text: string) => {
    const path = join(dir, 'content', rel);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${text}\n`);
  };
  append(TALKS, body);
  if (wheat) append(WHEAT, wheat);
  if (bio) append('authors/nadia-rahyab.md', bio);
  const { diagnostics } = checkContent({ root: ROOT, contentDir: join(dir, 'content'), visibility: { now: NOW, includeDrafts: false } });
  return diagnostics.map((d) => `${d.file.replace(/^.*?content\//, '')}:${d.line}:${d.column}  ${d.field}  ${d.message}`);
}

describe('links to a place on a page', () => {
  it('a missing in-page anchor is one line with the nearest ids', () => {
    const lines = linkLines('## Key figures\n\n## Key dates\n\nSee [the figures](#key-figure) and [nowhere](#no-such-heading).');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^articles\/2026\/11\/transit-.*\.md:\d+:\d+  link  link \[the figures\]\(#key-figure\) names the place #key-figure, which that page does not have .*did you mean #key-figures\b/);
    expect(lines[1]).toContain('link [nowhere](#no-such-heading) names the place #no-such-heading, which that page does not have');
  });

  it('existing headings, footnotes, editors\' anchors, page ids, #top and # pass', () => {
    const body = [
      '## Key figures', '', '## Key figures', '', 'A claim.[^1] <a id="box"></a>', '', '[^1]: The source.', '',
      '[a](#key-figures) [b](#key-figures-1) [c](#user-content-fn-1) [d](#box) [e](#main) [f](#related-title) [g](#top) [Back to top](#)',
      '[i](#key%2Dfigures) [j](/articles/transit-talks-open-in-doha-with-trade-on-the-agenda/#key-figures)',
    ].join('\n');
    expect(linkLines(body)).toEqual([]);
  });

  it('links to another article by URL or by file check that article\'s ids', () => {
    const wheat = '## Prices in Balkh\n\nText.';
    const lines = linkLines(
      [
        '[ok](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets/#prices-in-balkh)',
        '[bad](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets/#no-such-id)',
        '[file](../10/wheat-prices-ease-as-northern-harvest-reaches-markets.md#nope)',
        '[near](../10/wheat-prices-ease-as-northern-harvest-reaches-markets.md#prices-in-balk)',
      ].join('\n\n'),
      wheat,
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('link [bad](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets/#no-such-id) names the place #no-such-id');
    expect(lines[1]).toContain('#nope, which that page does not have');
    expect(lines[2]).toContain('did you mean #prices-in-balkh?');
  });

  it('an editor\'s anchor linked from another page needs the prefix the page carries', () => {
    const lines = linkLines('[x](../10/wheat-prices-ease-as-northern-harvest-reaches-markets.md#box)', '<a id="box"></a>Text.');
    expect(lines).toEqual([expect.stringContaining('did you mean #user-content-box?')]);
  });

  it('list pages keep only #main', () => {
    const lines = linkLines('[a](/sections/economy/#main) [b](/sections/economy/#latest) [c](/rss.xml#x)');
    expect(lines).toEqual([expect.stringContaining('link [b](/sections/economy/#latest) names the place #latest on a page other than an article')]);
  });

  it('a bio links its own headings', () => {
    const lines = linkLines('', '', '## Beats\n\n[ok](#beats) [bad](#beat-list)');
    expect(lines).toEqual([expect.stringMatching(/^authors\/nadia-rahyab\.md:\d+:\d+  link  link \[bad\]\(#beat-list\) names the place/)]);
  });

  it('thousands of headings and links stay linear', () => {
    const headings = Array.from({ length: 900 }, (_, i) => `## Part ${i}`).join('\n\n');
    const links = Array.from({ length: 2000 }, (_, i) => `[x](#part-${i})`).join(' ');
    const lines = linkLines(`${headings}\n\n${links}`);
    expect(lines).toHaveLength(1100); // parts 900–1999 are missing (the printer shows 20 and a count)
    expect(lines[0]).toContain('#part-900'); // only the first ten get a "did you mean"
    expect(lines[1099]).not.toContain('did you mean');
  }, 60_000);
});

describe('one rule for heading ids', () => {
  it('the ids the check reads are the ids the renderer writes', () => {
    const body = '# Top\n\n## Key figures\n\n## Key figures\n\n## Main\n\n## !!!\n\n### *Emphasis* and `code`\n\nA claim.[^a]\n\n[^a]: Note.\n\n<h2 id="x">Raw</h2>';
    const html = createMarkdownRenderer()(body).html;
    const written = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(createIdReader()(body)).toEqual(written);
    expect([...written]).toEqual(expect.arrayContaining(['top-1', 'key-figures', 'key-figures-1', 'main-1', 'section-5', 'emphasis-and-code', 'user-content-fn-a']));
  });
});
