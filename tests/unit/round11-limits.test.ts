/**
 * Round 11 leftovers of issue 10 (bounded work): a long setext heading with a backtick on every line no longer
 * makes the anchor rule parse the whole of it (src/markdown/id-skeleton.ts cuts it to one token), and long runs of
 * words beside look-alike tags are cut before the tag rules parse a line (src/check/rules/text-runs.ts). Both cuts
 * must leave the answers as they were: the ids other than the cut heading's, and the parse's blocks and inline
 * nodes. Timings are the stress script's (scripts/stress-cases.ts); here, sizes and equality.
 */
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { anchorIndex } from '#/check/rules/anchors.ts';
import { cutTextRuns } from '#/check/rules/text-runs.ts';
import { checkTextTags } from '#/check/rules/text-tags.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { idSkeleton, LONG_HEADING } from '#/markdown/id-skeleton.ts';
import { createIdReader } from '#/markdown/page-ids.ts';

const WORDS = 'wheat price trade border kabul market rail freight minister talks crossing traders flour harvest'.split(' ');
const prose = (lines: number, mark: (line: string, i: number) => string) =>
  Array.from({ length: lines }, (_, i) => mark(Array.from({ length: 16 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' '), i)).join('\n');

describe('a long setext heading with code (anchor targets)', () => {
  const long = prose(8_700, (l) => l.replace(' ', ' `'));

  it('is one token in the id skeleton, so a 1 MB heading costs the anchor rule a few bytes', () => {
    const body = `## Key\n\n${long}\n===\n\n## Key\n`;
    expect(body.length).toBeGreaterThan(900_000);
    const skeleton = idSkeleton(body);
    expect(skeleton.markdown.length).toBeLessThan(100);
    expect(skeleton.longIds).toBe(LONG_HEADING);
  });

  it('leaves every other id as the page has it', () => {
    const read = createIdReader();
    const body = `## Key\n\n${prose(60, (l) => l.replace(' ', ' `'))}\n===\n\n## Key\n\nSome *text*.\n\nShort \`code\` heading\n---\n\n## Key\n`;
    const skeleton = idSkeleton(body);
    expect(skeleton.longIds).toBe(LONG_HEADING);
    const short = (ids: Set<string>) => [...ids].filter((id) => id.length < LONG_HEADING).sort();
    expect(short(read(skeleton.markdown, skeleton.texts))).toEqual(short(read(body)));
    expect(short(read(body))).toEqual(['key', 'key-1', 'key-2', 'short-code-heading']);
  });

  it('a short heading with code is kept as written (its id exact)', () => {
    const body = `## Key\n\nThe \`rail\` yard\n===\n`;
    const skeleton = idSkeleton(body);
    expect(skeleton.longIds).toBeUndefined();
    expect(createIdReader()(skeleton.markdown, skeleton.texts)).toEqual(createIdReader()(body));
  });

  it('links into such an article are judged; a fragment as long as the cut heading is not', () => {
    const index = anchorIndex({ article: () => ({ body: `## Key\n\n${long}\n===\n\n## Key\n`, corrections: false }) });
    const opts = { suggest: false, inPage: false };
    expect(index.onArticle('t', 'key', opts)).toBeUndefined();
    expect(index.onArticle('t', 'key-1', opts)).toBeUndefined();
    expect(index.onArticle('t', 'nope', opts)).toMatch(/names the place #nope, which that page does not have/);
    expect(index.onArticle('t', 'x'.repeat(LONG_HEADING), opts)).toBeUndefined();
  });
});

/** The parse's shape: every node's type, and the tags of raw HTML (what decides where a tag stands). */
function shape(markdown: string): string[] {
  const out: string[] = [];
  const visit = (node: Nodes) => {
    out.push(node.type === 'html' ? `html ${node.value.match(/<[^<>]*>?/g)?.join(' ')}` : node.type);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(parseBody(markdown));
  return out;
}

describe('long runs of words beside tags (the tag rules\' parse)', () => {
  const run = 'the minister said traders at the northern crossing had waited for days 2026';

  it('are cut to their ends, and offsets map back', () => {
    const line = `${run} ${run} <a href=x?a=b>label</a> ${run} ${run}.`;
    const cut = cutTextRuns(line);
    expect(cut.text.length).toBeLessThan(60);
    const at = cut.text.indexOf('<a href');
    expect(cut.toSource(at)).toBe(line.indexOf('<a href'));
    expect(cut.toSource(cut.text.indexOf('</a>'))).toBe(line.indexOf('</a>'));
  });

  it('leave the parse\'s blocks, inline nodes and tags as they were (generated bodies)', () => {
    const pieces = [run, `${run} ${run}`, ' ', '<a href=x?a=b>', '<b x=y=>', '<b>', '</b>', '<a href="https://e.org/">', '</a>', '`', '``', '*', '_', '~~', '\n', '\n\n', '1. ', '- ', '> ', '    ', '| a | b |\n|---|---|\n', '[x](https://e.org/ "t") ', '<!-- note --> ', 'www.example.org ', '12. ', '&amp; ', '\\<b> ', '<span title="a > b">', '#'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (parts) => {
        const body = parts.join('');
        expect(shape(cutTextRuns(body).text)).toEqual(shape(body));
      }),
      { seed: 1111, numRuns: 300 },
    );
  });

  it('a 1 MB paragraph of look-alike tags is parsed from a few KB, with the same lines', () => {
    const body = Array.from({ length: 800 }, () => `${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} ${run} <a href=x?a=b>label</a>`).join(' ');
    expect(body.length).toBeGreaterThan(900_000);
    expect(cutTextRuns(body).text.length).toBeLessThan(50_000);
    // One line a line (the body is one line); the place is the first look-alike's.
    const lines = checkTextTags(body, 10);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toMatch(/^"<a href=x\?a=b>" is not read as an HTML tag/);
    expect(lines[0]?.pos).toEqual({ line: 10, column: body.indexOf('<a href') + 1 });
    const twoLines = checkTextTags(`${body}\n\n${body}`, 10);
    expect(twoLines.map((l) => l.pos)).toEqual([{ line: 10, column: body.indexOf('<a href') + 1 }, { line: 12, column: body.indexOf('<a href') + 1 }]);
  });
});
