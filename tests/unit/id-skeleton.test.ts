/**
 * The anchor rule reads ids from a body's skeleton (src/markdown/id-skeleton.ts) instead of the whole body (round 7,
 * finding 3: one small article linking `#key` in twenty large articles cost 20 s of check CPU). The skeleton must
 * never change the ids: compared here, through the renderer's own id reader, on every Markdown file of the
 * fixtures and the sample newsroom, on hand-picked traps and on generated bodies (fast-check, fixed seed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSkeleton } from '#/markdown/id-skeleton.ts';
import { createIdReader } from '#/markdown/page-ids.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { anchorIndex } from '#/check/rules/anchors.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = createIdReader();
const ids = (body: string) => [...read(body)].sort();

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the id skeleton keeps every id', () => {
  const bodies = [...markdownFiles(join(ROOT, 'content')), ...markdownFiles(join(ROOT, 'tests/fixtures'))]
    .map((path) => ({ path: path.slice(ROOT.length), body: parseFrontmatter(readFileSync(path, 'utf8')).body }))
    .filter((b) => b.body.trim() !== '' && !nestingProblem(b.body));

  it('on every fixture and the sample newsroom', () => {
    expect(bodies.length).toBeGreaterThan(50);
    for (const b of bodies) expect(ids(idSkeleton(b.body)), b.path).toEqual(ids(b.body));
  });

  it.each([
    ['a setext heading over several lines', 'Para one.\n\nKey figures\nfor the year\n============\n\nText.'],
    ['a setext heading in a list item', '- Trade rose\n  ---\n- Other item'],
    ['a raw HTML heading over lines', '<h2>\nKey figures of the year\n</h2>\n\nText.'],
    ['an unclosed raw HTML heading', '<h3>Opening\n\nwords that run into it\n\nmore words'],
    ['a heading in a fence is code', '```\n## Not a heading\n```\n\n## Real'],
    ['a reference link in a heading', '## [Key][ref] figures\n\n[ref]:\nhttps://example.org/a\n\nText.'],
    ['an invalid definition stays text', '## [Key][ref]\n\n[ref]:\nhttps://example.org/a b\n\nText.'],
    ['footnotes and editors\' anchors', 'Claim[^1] and <a id="here"></a> and <a\nname="x">y</a>.\n\n[^1]: The note\n    goes on.'],
    ['headings that repeat', '## Key\n\nKey\n---\n\n## Key\n\nplain text line\n\n# Key'],
    ['blockquotes and lists', '> ## Quoted\n> plain quoted line\n\n1. item\n   ## In a list\n   plain'],
    ['indented code after a list', '- item\n\n      ## code or heading\n\n    plain'],
    ['a table', 'a | b\n--|--\nc | d\nplain row\n\n## After'],
  ])('%s', (_name, body) => {
    expect(ids(idSkeleton(body))).toEqual(ids(body));
  });

  it('on generated bodies (fast-check, seed 7)', () => {
    const line = fc.oneof(
      fc.constantFrom('## Key', '# Key figures', 'Key', '===', '---', '- item', '1. item', '> quote', '```', '~~~', '', '', '', 'plain words here',
        'https://example.org/a https://example.org/b', '<h2>', '</h2>', '<h2 id="own">Own</h2>', '<a id="x"></a>', 'Claim[^a].', '[^a]: A note.',
        '[ref]: https://example.org/', '[Key][ref]', '    indented words', '  continued words', '<div>', '</div>', '| a | b |', '|---|---|',
        '<!-- note -->', '\\## escaped', '## `code` heading', '## **Bold** words', 'words *with* emphasis'),
      fc.stringMatching(/^[a-z ]{1,20}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const body = lines.join('\n');
        if (nestingProblem(body)) return;
        expect(ids(idSkeleton(body))).toEqual(ids(body));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('anchor links into long articles (round 7, finding 3)', () => {
  it('reads each target from its skeleton: twenty 1 MiB bodies of bare URLs are a few bytes each', () => {
    const big = `## Key\n\n${'https://example.org/a '.repeat(45_000)}\n`;
    expect(idSkeleton(big)).toBe('## Key\n\nx\n');
    const index = anchorIndex({ article: (slug) => ({ body: `${big}\n## ${slug}\n`, corrections: false }) });
    for (let i = 0; i < 20; i++) {
      expect(index.onArticle(`t-${i}`, 'key', { suggest: true, inPage: false })).toBeUndefined();
      expect(index.onArticle(`t-${i}`, `t-${i}`, { suggest: true, inPage: false })).toBeUndefined();
      expect(index.onArticle(`t-${i}`, 'kye', { suggest: true, inPage: false })).toMatch(/did you mean #key\?/);
    }
  });
});
