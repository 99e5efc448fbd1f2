/**
 * Every printed problem is one line an attacker's file name cannot rewrite, counts characters as readers do, and a
 * file with thousands of problems prints a summary instead of megabytes.
 */
import { describe, expect, it } from 'vitest';
import { graphemeCount, truncateGraphemes } from '#/check/rules/graphemes.ts';
import { diagnosticLines, escapeControls, formatDiagnostic, MAX_LINES_PER_FILE, type Diagnostic } from '#/check/diagnostics.ts';
import { articleFrontmatterSchema } from '../../src/schemas/article.ts';

const at = (file: string, message = 'x', line = 1): Diagnostic => ({ file, line, column: 1, field: 'file', message, severity: 'error' });

describe('printed names are escaped', () => {
  it('shows ANSI escapes, carriage returns and bidi overrides visibly', () => {
    const line = formatDiagnostic(at('content/articles/\u001b[2K\r\u2713 content is valid\u202e.md', 'bad \u001b[31mred'));
    expect(line).toBe('content/articles/\\x1b[2K\\r\u2713 content is valid\\u202e.md:1:1  file  bad \\x1b[31mred');
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('keeps one line per problem', () => {
    expect(formatDiagnostic(at('a\nb.md', 'first\nsecond'))).toBe('a\\nb.md:1:1  file  first second');
    expect(escapeControls('tab\there \u0085 \u2028')).toBe('tab\\there \\x85 \\u2028');
  });

  it('leaves ordinary text alone (Pashto, emoji, joiners)', () => {
    expect(escapeControls('کابل 😀 ‌ی')).toBe('کابل 😀 ‌ی');
  });
});

describe('a file with many problems', () => {
  it(`prints at most ${MAX_LINES_PER_FILE} lines for it, then how many more`, () => {
    const list = [...Array.from({ length: 5000 }, (_, i) => at('a.md', `p${i}`, i + 1)), at('b.md')];
    const lines = diagnosticLines(list);
    expect(lines).toHaveLength(MAX_LINES_PER_FILE + 2);
    expect(lines[MAX_LINES_PER_FILE]).toBe(`a.md  file  …and ${5000 - MAX_LINES_PER_FILE} more problems in this file (fix the ones above first)`);
    expect(lines.at(-1)).toBe('b.md:1:1  file  x');
  });
});

describe('characters as readers count them', () => {
  it('counts graphemes', () => {
    expect(graphemeCount('😀'.repeat(201))).toBe(201);
    expect(graphemeCount('🇦🇫👩🏽‍💻é')).toBe(3);
    expect(truncateGraphemes('🇦🇫🇦🇫🇦🇫', 2)).toBe('🇦🇫…');
    expect(truncateGraphemes('😀😀', 2)).toBe('😀😀');
  });

  const base = { description: 'd', published: '2026-01-01', authors: ['a'], section: 's' };
  it('a headline of 201 emoji is 201 characters; 200 emoji pass', () => {
    const over = articleFrontmatterSchema.safeParse({ ...base, title: '😀'.repeat(201) });
    expect(over.error?.issues.map((i) => i.message)).toEqual(['is 201 characters long; the limit is 200, so shorten it by 1 character']);
    expect(articleFrontmatterSchema.safeParse({ ...base, title: '😀'.repeat(200) }).success).toBe(true);
    expect(articleFrontmatterSchema.safeParse({ ...base, title: '👩🏽‍💻'.repeat(200) }).success).toBe(true);
  });

  it('a list of 75,000 pins is one problem', () => {
    const related = Array.from({ length: 75_000 }, (_, i) => `s-${i}`);
    const result = articleFrontmatterSchema.safeParse({ ...base, title: 't', related });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['related', 'lists 75000 related articles; at most 20 are allowed, keep the most important']]);
  });
});
