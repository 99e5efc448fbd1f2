/**
 * Property-based fuzzing (fast-check, fixed seed, bounded runs): hostile frontmatter and Markdown built from
 * the pieces that break parsers (nesting, unbalanced brackets and backticks, raw HTML, control and bidi
 * characters, entities, huge lines). Whatever comes in, the content check answers with one-line diagnostics
 * naming the file (or passes), the renderer returns HTML that the hostile-content judge (tests/helpers/
 * html-safety.ts, the same one tests/unit/sanitize.test.ts uses) finds safe, and neither throws.
 */
import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { formatDiagnostic } from '#/check/diagnostics.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { problems } from '../helpers/html-safety.ts';

const SEED = 20261129;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const render = createMarkdownRenderer();

/** Pieces that make parsers and sanitisers work hard, or used to. */
const MARKDOWN_PIECES = [
  '[', ']', '](', '(', ')', '![', '<', '>', '`', '``', '```', '~~~', '*', '_', '**', '~~', '\\', '&', '&amp;', '&#x3C;', '&lt;script&gt;',
  '> ', '- ', '1. ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '#', '## ', '|', '|---|', '[^1]', '[^1]: note', '[r]: https://e.org/',
  '<div>', '</div>', '<b>', '</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>', '<template>', '</template>', '<!--', '-->', '<![CDATA[', ']]>', '<iframe src="https://e.org">', '<style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', '<details open ontoggle=alert(1)>', '<a href=" jav&#x09;ascript:x">',
  'javascript:alert(1)', 'https://example.org/a_(b)', '[x](javascript:alert(1))', '[x](<javascript:alert(1)>)', '![x](data:text/html,x)',
  '\u0000', '\u0007', '\u001b[2J', '\u007f', '\u200b', '\u202e', '\u2066', '\u2069', '\ufeff', '\ud800', '😀', 'د کابل', 'word', ' ',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MARKDOWN_PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  // Long runs: huge lines, deep nesting, floods of one delimiter.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MARKDOWN_PIECES), fc.integer({ min: 2, max: 400 })).map(([p, n]) => p.repeat(n)) },
);
const markdown = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const YAML_VALUES = [
  'plain', '"quoted"', "'single'", '*alias', '&anchor value', '!tag value', '!!js/function x', '[a, b', '{a: 1', '- item', '|', '>',
  ': colon', '# comment', '---', '...', '%YAML 1.1', '"\\u202e"', '"\\0"', '\t', '2026-02-30', '0024-05-01', '1e999', 'null', '~', 'yes',
  '<img src=x onerror=alert(1)>', '"unclosed', "'unclosed", '`backtick`', '@at', '? key', '[*KABUL*]', '2026-11-06T10:00:00',
];
const yamlValue = fc.oneof(fc.constantFrom(...YAML_VALUES), fc.string({ maxLength: 20 }));
const FIELDS = ['title', 'description', 'published', 'updated', 'authors', 'section', 'tags', 'related', 'dateline', 'source', 'image', 'lang', 'corrections', 'canonical', 'draft', 'pubished', '__proto__', 'constructor'];

/** A frontmatter that starts valid and has some fields replaced by hostile values or lines. */
const frontmatter = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...FIELDS), yamlValue), { maxLength: 6 }), fc.array(fc.constantFrom(...MARKDOWN_PIECES, ...YAML_VALUES), { maxLength: 4 }))
  .map(([overrides, junk]) => {
    const fields = new Map<string, string>([
      ['title', 'Envoy lands in Kabul'],
      ['description', 'A short standfirst.'],
      ['published', '2026-11-06T10:00:00+04:30'],
      ['authors', '[zarlasht-niazai]'],
      ['section', 'economy'],
    ]);
    for (const [k, v] of overrides) fields.set(k, v);
    return [...[...fields].map(([k, v]) => `${k}: ${v}`), ...junk].join('\n');
  });

const dir = mkdtempSync(join(tmpdir(), 'dateline-fuzz-'));
const content = join(dir, 'content');
cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
mkdirSync(join(content, 'articles/2026/11'), { recursive: true });
const FILE = join(content, 'articles/2026/11/fuzzed-article.md');
/** The content folder as messages print it: relative to the project. */
const SHOWN = relative(ROOT, content).split(sep).join('/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(source: string): string[] {
  writeFileSync(FILE, source);
  const result = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false } });
  return result.diagnostics.map(formatDiagnostic);
}

describe('fuzzing (fast-check, seed ' + SEED + ')', () => {
  it('the renderer returns safe HTML for any body the check accepts, and never throws', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        if (nestingProblem(md)) return;
        const out = render(md);
        expect(problems(out.html), `${JSON.stringify(md)} rendered as ${out.html}`).toEqual([]);
        expect(typeof out.text).toBe('string');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the check answers any file with one-line diagnostics naming it, or passes', () => {
    fc.assert(
      fc.property(frontmatter, markdown, fc.boolean(), (fm, md, closed) => {
        const lines = check(`---\n${fm}\n${closed ? '---\n' : ''}\n${md}\n`);
        for (const line of lines) {
          expect(line, line).not.toMatch(/[\n\r\u2028\u2029]/);
          expect(line.startsWith(`${SHOWN}/`), line).toBe(true);
          expect(line.slice(SHOWN.length + 1)).toMatch(/^[^\s:]+(:\d+:\d+)?  \S+  \S/);
        }
        expect(lines.filter((l) => !l.startsWith(`${SHOWN}/articles/2026/11/fuzzed-article.md`))).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('bodies with huge lines and deep nesting are refused in one line or rendered, never crash', () => {
    const deep = fc.tuple(fc.constantFrom('> ', '- ', '<div>', '<b>', '[', '*_', '`', '](', '1. ', '  - '), fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('', 'x', 'x](y)', '\n\ntext'));
    fc.assert(
      fc.property(deep, ([unit, n, tail]) => {
        const body = unit.repeat(n) + tail;
        const refused = nestingProblem(body);
        if (refused) {
          expect(refused.message).not.toMatch(/\n/);
          return;
        }
        const out = render(body);
        expect(problems(out.html)).toEqual([]);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
