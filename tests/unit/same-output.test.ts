/** The byte-identical proof's comparison (scripts/same-output.ts): every difference is reported, by name. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../scripts/same-output.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'same-output-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('compareTrees', () => {
  it('equal trees have no differences', () => {
    const files = { 'index.html': '<p>a</p>', 'articles/x/index.html': '<p>x</p>' };
    expect(compareTrees(tree(files), tree(files))).toEqual({ onlyInA: [], onlyInB: [], different: [], normalised: [], files: 2 });
  });

  it('names files that differ by one byte, and files in one tree only', () => {
    const a = tree({ 'index.html': '<p>a</p>', 'gone.xml': '<x/>', 'same.txt': 's' });
    const b = tree({ 'index.html': '<p>b</p>', 'new/index.html': 'n', 'same.txt': 's' });
    expect(compareTrees(a, b)).toEqual({ onlyInA: ['gone.xml'], onlyInB: ['new/index.html'], different: ['index.html'], normalised: [], files: 4 });
  });

  it('counts files that differ only where a normalising pattern matches apart, and nothing else', () => {
    const a = tree({ 'a.html': '{"wordCount":443,"x":1}', 'b.html': '{"wordCount":1,"x":1}' });
    const b = tree({ 'a.html': '{"wordCount":440,"x":1}', 'b.html': '{"wordCount":2,"x":2}' });
    expect(compareTrees(a, b, [/"wordCount":\d+/g])).toMatchObject({ different: ['b.html'], normalised: ['a.html'] });
  });
});
