import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHtmlFile } from '#/build/html-store.ts';

describe('the rendered-HTML store', () => {
  it('makes a missing folder on the first write and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-store-'));
    const file = join(dir, 'ab', 'cd', 'abcd.html');
    writeHtmlFile(file, '<p>one</p>');
    writeHtmlFile(file, '<p>two</p>');
    expect(readFileSync(file, 'utf8')).toBe('<p>two</p>');
    expect(readdirSync(join(dir, 'ab', 'cd'))).toEqual(['abcd.html']);
  });
});
