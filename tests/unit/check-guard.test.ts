/**
 * Whatever throws while one file is checked becomes one line for that file (never a stack trace), and every other
 * file is still checked in the same run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '#/check/diagnostics.ts';

vi.mock('#/check/markdown-links.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('#/check/markdown-links.ts')>();
  return {
    ...real,
    markdownLinks: (body: string, line: number) => {
      if (body.includes('EXPLODE')) throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at markdownLinks (markdown-links.ts:1:1)");
      return real.markdownLinks(body, line);
    },
  };
});

const { checkContent } = await import('#/check/content-check.ts');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dateline-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an exception while checking one file', () => {
  it('is one line naming that file; the other files are still checked', () => {
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(work, 'content'), { recursive: true });
    const wheat = join(work, 'content/articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md');
    writeFileSync(wheat, `${readFileSync(wheat, 'utf8')}\nEXPLODE\n`);
    const envoy = join(work, 'content/articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md');
    writeFileSync(envoy, readFileSync(envoy, 'utf8').replace('section: diplomacy', 'section: diplomcy'));
    const result = checkContent({ root: work, visibility: { now: Date.parse('2026-11-28T12:00:00Z'), includeDrafts: false } });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "content/articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md:1:1  file  could not be checked: TypeError: Cannot read properties of undefined (reading 'x') (Dateline failed on something in this file rather than finding a broken rule; look for unusual content in it and report it to the site's developers)",
      'content/articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md:8:10  section  unknown section "diplomcy" (did you mean "diplomacy"?); fix the id or add content/sections/diplomcy.md',
    ]);
  });
});
