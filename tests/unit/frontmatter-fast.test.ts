/**
 * The frontmatter fast path gives exactly what the YAML 1.2 parser gives (data and positions), or steps aside.
 * Every Markdown file in the repository (sample newsroom and all fixtures, broken ones included) and a set of
 * tricky values are parsed both ways and compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { parseSimpleFrontmatter } from '#/check/frontmatter-fast.ts';

afterEach(() => vi.unstubAllEnvs());

function both(text: string) {
  vi.stubEnv('DATELINE_YAML', 'full');
  const full = parseFrontmatter(text);
  vi.stubEnv('DATELINE_YAML', '');
  const fast = parseFrontmatter(text);
  return { full, fast };
}

function paths(data: Record<string, unknown> | undefined): PropertyKey[][] {
  const out: PropertyKey[][] = [['missing'], ['authors', 99], ['image', 'src']];
  for (const [k, v] of Object.entries(data ?? {})) {
    out.push([k]);
    if (Array.isArray(v)) v.forEach((_, i) => out.push([k, i]));
  }
  return out;
}

function expectSame(text: string) {
  const { full, fast } = both(text);
  expect(fast.data).toEqual(full.data);
  expect(fast.problems).toEqual(full.problems);
  expect(fast.body).toBe(full.body);
  expect(fast.bodyLine).toBe(full.bodyLine);
  for (const p of paths(full.data)) expect(fast.locate(p), JSON.stringify(p)).toEqual(full.locate(p));
}

const files = ['content', 'tests/fixtures'].flatMap((dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f)),
);

describe('fast frontmatter path', () => {
  it.each(files)('%s parses the same both ways', (file) => {
    expectSame(readFileSync(file, 'utf8'));
  });

  const tricky = [
    'title: 1e3', 'title: 0x1F', 'title: .inf', 'title: true', 'title: ~', 'title: null', 'title: 12:30', 'title: -5',
    'title: Talks - day one', 'title: Hello #not a comment', 'title: Hello # a comment', "title: 'it''s'", 'title: "a\\"b"',
    'title: "quoted" # comment', 'title: a: b', 'tags: [a, b,]', 'tags: []', 'tags: [ spaced , items ]', 'tags: ["a, b", c]',
    'tags: [a: b]', 'tags: [1, two]', 'tags: [true]', "tags: ['x']", 'tags: [a] # c', 'title: @home', 'title: Ñandú',
    'title: "Caf\u00e9 & <b>"', 'title:\ttabbed', 'title: trailing   ', 'title: a\ntitle: b', 'published: 2026-02-30',
    'published: 2025-06-07T06:07:00Z', 'title: x\n  indented: y', 'title: |\n  block', 'tags:\n  - a\n  - b', 'image:\n  src: ./a.png',
    '# only a comment\ntitle: x', 'title: x\r\ndescription: y\r', 'x-y: z', '__proto__: x', 'title: Breaking:',
    'tags: [Update:, Kabul]', 'null: x', 'Null: x', 'true: x', 'tags: [Doha\u00a0]', 'tags: [\u3000]', 'title: x\n\u00a0\ndescription: y',
  ];
  it.each(tricky)('%j parses the same both ways', (yaml) => {
    expectSame(`---\n${yaml}\n---\nBody\n`);
  });

  it('takes the common article shape', () => {
    const fast = parseSimpleFrontmatter('title: "A"\npublished: 2026-01-01T00:00:00Z\nauthors: [a, b]\nsection: world\n', 2);
    expect(fast?.data).toEqual({ title: 'A', published: '2026-01-01T00:00:00Z', authors: ['a', 'b'], section: 'world' });
    expect(fast?.locate(['authors', 1])).toEqual({ line: 4, column: 14 });
  });

  it('steps aside for anything else', () => {
    for (const y of ['title: 1e3', "title: 'it''s'", 'tags:\n  - a', 'title: a\ntitle: b', 'title: x # c']) {
      expect(parseSimpleFrontmatter(y, 2), y).toBeUndefined();
    }
  });
});
