/**
 * Every generated worst case (scripts/stress-cases.ts) once through the content check and, when it passes, the
 * renderer (a refusal is one line: a limit, or a body rule such as an unclosed comment). No timing is asserted (the stress script measures it): the generous timeout is there so a scanner
 * or plugin that turns quadratic again, or a stack overflow, fails the suite instead of hanging CI.
 */
import { describe, expect, it } from 'vitest';
import { runStressCase, STRESS_CASES } from '../../scripts/stress-cases.ts';

describe('worst-case bodies within the 1 MiB limit', () => {
  it.each(STRESS_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // No timing here, so cases with other articles are checked once (not again without the case, to measure it).
    const r = runStressCase(c, { share: false });
    if (c.refused) expect(r.diagnostics).toHaveLength(c.lines ?? 1);
    if (c.rendered) expect(r.diagnostics).toEqual([]);
    if (r.diagnostics.length) {
      // Refused before rendering, in one line naming the file, the line and the limit (or the body rule's places).
      expect(r.diagnostics).toHaveLength(c.lines ?? 1);
      for (const line of r.diagnostics) expect(line).toMatch(/^\S*content\/articles\/2026\/11\/stress-case\.md:\d+:\d+  body  [^\n]*(limit|never closed|not closed|no visible text|invisible|not read as an HTML tag|tags printed as text|printed as typed|is read as �|inside a sentence|not a delimiter row)/);
      // A path that skipped the check gets one line from the renderer, never a quadratic parse.
      if (c.renderAnyway) expect(r.renderError).toMatch(/^raw HTML openers .* are left unclosed in a long paragraph/);
      else expect(r.renderMs).toBeUndefined();
    } else {
      // Rendered (a body that is one unclosed comment renders to nothing, rightly).
      expect(r.htmlBytes).toBeGreaterThanOrEqual(0);
    }
  }, 120_000);
});

describe('huge frontmatter lists', () => {
  it('75,000 related entries: checked in one pass, at most 20 lines printed and one saying how many more', async () => {
    const { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, relative } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { checkContent } = await import('#/check/content-check.ts');
    const { diagnosticLines, MAX_LINES_PER_FILE } = await import('#/check/diagnostics.ts');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'dateline-related-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(root, 'tests/fixtures/base-content/content'), content, { recursive: true });
      mkdirSync(join(content, 'articles/2026/11'), { recursive: true });
      const related = `[${Array.from({ length: 75_000 }, (_, i) => `m${i % 1000}`).join(', ')}]`;
      writeFileSync(
        join(content, 'articles/2026/11/many-related.md'),
        `---\ntitle: Many related\ndescription: A list far too long.\npublished: 2026-11-06T10:00:00+04:30\nauthors: [zarlasht-niazai]\nsection: economy\nrelated: ${related}\n---\n\nBody.\n`,
      );
      const result = checkContent({ root, contentDir: content, visibility: { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false } });
      const lines = diagnosticLines(result.diagnostics).filter((l) => l.startsWith(`${relative(root, content)}/articles/2026/11/many-related.md`));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(MAX_LINES_PER_FILE + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
