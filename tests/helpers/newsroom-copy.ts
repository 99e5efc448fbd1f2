/**
 * Copies of the base test newsroom (tests/fixtures/base-content) in the system's temp folder, outside the project,
 * each changed by the test and removed after the file's tests: what the check-level tests of whole newsrooms share.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { ROOT } from './build-overlay.ts';

const BASE = join(ROOT, 'tests/fixtures/base-content/content');
/** The base newsroom's article the tests change most, relative to its `content` folder. */
export const ENVOY = join('articles', '2026', '11', 'envoy-lands-in-kabul-ahead-of-doha-round.md');

/** `newsroom(edit)` returns the `content` folder of a fresh copy changed by `edit`; call at a test file's top level. */
export function newsroomCopies(prefix: string) {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  return (edit: (content: string) => void): string => {
    const work = mkdtempSync(join(tmpdir(), `dateline-${prefix}-`));
    temps.push(work);
    const content = join(work, 'content');
    cpSync(BASE, content, { recursive: true });
    edit(content);
    return content;
  };
}

/** Replaces `from` (which must be there) with `to` in the file. */
export function replaceIn(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text, `${path} holds ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}
