/**
 * The link parse leaves out blocks that hold no link (src/check/linkless-blocks.ts). It must find exactly the
 * links, stray definitions and footnote calls it finds in the whole body, with the same lines, columns, quoted
 * text and addresses: on every Markdown file of the repository, on the cases where a block decides what a later
 * one is (an indented continuation, a note or fence over blank lines), and on generated bodies (fixed seed).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownLinks } from '#/check/markdown-links.ts';
import { linklessBlocks } from '#/check/linkless-blocks.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const same = (body: string) => expect(markdownLinks(body, 5)).toEqual(markdownLinks(body, 5, { leaveOutLinkless: false }));

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) markdownFiles(path, out);
    else if (st?.isFile() && name.endsWith('.md') && st.size < 200_000) out.push(path);
  }
  return out;
}

describe('blocks without links', () => {
  it('are left out only when they start at the first column and so does the next block', () => {
    const lines = ['## Prices', '', 'Plain words.', '', '- a list', '', '    indented: part of the list', '', 'See [a](b).', '', 'Last words.'];
    expect(linklessBlocks(lines)).toEqual([true, false, true, false, false, false, false, false, false, false, true]);
  });

  it('are kept when they hold a bracket, a tag, a note or a fence mark', () => {
    for (const block of ['words [x words', 'words <!-- words', 'words --> words', '```', '~~~', 'a <b>tag</b>']) {
      expect(linklessBlocks([block, '', 'next'])[0]).toBe(false);
    }
  });

  it('change no link where a block decides what a later one is', () => {
    for (const body of [
      '- item\n\n    [a](https://e.org/a) is in the item\n\nwords\n\n[b](https://e.org/b)',
      '[^1]: a note\n\nwords\n\n    [a](https://e.org/a) continues the note?\n',
      '<!-- a note\n\nwords\n\n--> [a](https://e.org/a)\n\nwords\n\n[b](https://e.org/b)',
      '```\n\nwords\n\n[a](https://e.org/a)\n\n```\n\n[b](https://e.org/b)',
      'words\n\n[a]: https://e.org/a\n\nwords\n\nSee [a].',
      'Title\n===\n\nwords\n\n| a | b |\n|---|---|\n| [x](https://e.org/x) | y |',
    ]) {
      same(body);
    }
  });

  it('change no link in any Markdown file of the repository', () => {
    const files = [...markdownFiles(join(ROOT, 'content')), ...markdownFiles(join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) same(readFileSync(file, 'utf8'));
  });

  const PIECES = [
    'words', 'plain words here', '## Heading', '- item', '1. item', '> quoted', '    indented', '  two', '[', ']', '](', '(', ')', '[x]',
    '[x]: https://e.org/d', '[a](https://e.org/a)', '[c][x]', '![i](./p.png)', '[^1]', '[^1]: note', '`', '```', '~~~', '<', '>', '<!--',
    '-->', '<pre>', '</pre>', '<div>', '</div>', '<a href="https://e.org/h">', '</a>', '<https://e.org/auto>', '|', '| --- |', '===', '---',
    '\\', '*', '_', '"', "'", 'https://e.org/bare',
  ];
  it('change no link in generated bodies (fixed seed)', () => {
    const line = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ')), { maxLength: 6 }).map((p) => p.flat().join(''));
    const block = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
    const body = fc.array(block, { maxLength: 8 }).map((bs) => bs.join('\n\n'));
    fc.assert(fc.property(body, (b) => { same(b); }), { seed: 20261130, numRuns: 3000 });
  });
});
