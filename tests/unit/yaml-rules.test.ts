/**
 * Frontmatter never uses YAML anchors, aliases, tags or directives: each is one problem that names it, the field and
 * the quoted value to write instead, on both frontmatter paths (the fast one steps aside, the YAML parser reports),
 * never a thrown exception or silently dropped words. YAML warnings are errors.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { parseSimpleFrontmatter } from '#/check/frontmatter-fast.ts';

afterEach(() => vi.unstubAllEnvs());

/** Problems as printed (`line:col  field  message`), after checking that both paths agree. */
function problems(yaml: string): string[] {
  const text = `---\n${yaml}\n---\nBody\n`;
  vi.stubEnv('DATELINE_YAML', 'full');
  const full = parseFrontmatter(text);
  vi.stubEnv('DATELINE_YAML', '');
  const fast = parseFrontmatter(text);
  expect(fast.problems).toEqual(full.problems);
  expect(fast.data).toEqual(full.data);
  return full.problems.map((p) => `${p.line}:${p.column}  ${p.field ?? 'frontmatter'}  ${p.message}`);
}

const cases: [string, string][] = [
  ['title: &Co announce record harvest', '2:8  title  YAML reads `&Co` as an anchor, which frontmatter has no use for; put the whole value in quotes: title: "&Co announce record harvest"'],
  ['dateline: *KABUL*', '2:11  dateline  YAML reads `*KABUL*` as an alias (a reference to an anchor), which frontmatter has no use for; put the whole value in quotes: dateline: "*KABUL*"'],
  ['tags: [*new*, trade]', '2:8  tags  YAML reads `*new*` as an alias (a reference to an anchor), which frontmatter has no use for; put the whole value in quotes: "*new*" (inside the list)'],
  ['description: !Breaking Wheat prices rise', '2:14  description  YAML reads `!Breaking` as a type tag, which frontmatter has no use for; put the whole value in quotes: description: "!Breaking Wheat prices rise"'],
  ['title: !!js/function "function () {}"', '2:8  title  YAML reads `!!js/function` as a type tag, which frontmatter has no use for; put the whole value in quotes: title: "!!js/function \\"function () {}\\""'],
  ['title: !!str', '2:8  title  YAML reads `!!str` as a type tag, which frontmatter has no use for; remove `!!str`'],
  ['tags:\n  - *new*\n  - trade', '3:5  tags  YAML reads `*new*` as an alias (a reference to an anchor), which frontmatter has no use for; put the whole value in quotes: - "*new*"'],
  ['image:\n  src: !x ./a.png\n  alt: y', '3:8  image.src  YAML reads `!x` as a type tag, which frontmatter has no use for; put the whole value in quotes: src: "!x ./a.png"'],
  ['tags: [a, &b "c"]', '2:11  tags  YAML reads `&b` as an anchor, which frontmatter has no use for; put the whole value in quotes: "&b \\"c\\"" (inside the list)'],
  ['%YAML 1.1', '2:1  frontmatter  YAML directives such as `%YAML 1.1` do not belong in frontmatter; remove the line and any "---" below it (the fields start right after the first "---")'],
  ['%TAG ! tag:example.com,2000:', '2:1  frontmatter  YAML directives such as `%TAG ! tag:example.com,2000:` do not belong in frontmatter; remove the line and any "---" below it (the fields start right after the first "---")'],
  ['title: a\n%YAML 1.1', '3:1  frontmatter  a line starting with "%" is a YAML directive, which does not belong in frontmatter; remove it (or quote the value it belongs to) (Plain value cannot start with directive indicator character %)'],
];

describe('YAML anchors, aliases, tags and directives', () => {
  it.each(cases)('%j is one problem with the fix', (yaml, expected) => {
    expect(problems(yaml)).toEqual([expected]);
  });

  it('reports an anchor and its alias each on its own line, and reads neither field (the others are still read)', () => {
    expect(problems('title: &a Kabul\ndescription: *a')).toHaveLength(2);
    const fm = parseFrontmatter('---\ntitle: &a Kabul\ndescription: *a\nsection: economy\n---\nBody\n');
    expect(fm.data).toEqual({ section: 'economy' });
    expect([...(fm.unread ?? [])].sort()).toEqual(['description', 'title']);
  });

  it('leaves the same characters alone where YAML reads them as text', () => {
    for (const yaml of ['title: Rock &Co', 'title: "&Co announce"', "dateline: '*KABUL*'", 'title: Wow!', 'title: 50% more', 'title: x # &y']) {
      expect(problems(yaml), yaml).toEqual([]);
    }
  });

  it('the fast path never accepts them (the YAML parser decides)', () => {
    for (const [yaml] of cases) expect(parseSimpleFrontmatter(yaml, 2), yaml).toBeUndefined();
  });

  it('a directive followed by a second "---" is one line, not a wrong hint', () => {
    const parsed = parseFrontmatter('---\n%YAML 1.1\n---\ntitle: a\n---\nBody\n');
    expect(parsed.problems.map((p) => p.message)).toEqual([expect.stringContaining('YAML directives such as `%YAML 1.1`')]);
  });

  it('turns YAML warnings into problems', () => {
    // `!!binary` resolves in no schema Dateline uses: YAML only warns and would read the text.
    expect(problems('title: !!binary aGVsbG8=').length).toBe(1);
  });
});

describe('deep nesting', () => {
  it.each([
    // Under the frontmatter's size limit (64 KB), which refuses longer floods before this scan.
    ['30,000 "["', `title: ${'['.repeat(30_000)}`, 40],
    ['15,000 "{a: "', `title: ${'{a: '.repeat(15_000)}`, 136],
  ])('%s is one problem at the 33rd level, found before parsing', (_, yaml, column) => {
    expect(problems(yaml)).toEqual([`2:${column}  frontmatter  lists or brackets are nested more than 32 levels deep here; a field needs at most two (e.g. tags: [a, b]), so check for stray "[" or "{"`]);
  });

  it('brackets inside quotes and comments do not count', () => {
    expect(problems(`title: "${'['.repeat(100)}"\ndescription: x # ${'{'.repeat(100)}`)).toEqual([]);
  });
});

describe('repeated keys', () => {
  it('are found at every level, once per repeat', () => {
    expect(problems('title: a\ntitle: b')).toEqual(['3:1  frontmatter  the field "title" appears twice; keep one (Map keys must be unique)']);
    expect(problems('image:\n  src: a.png\n  alt: x\n  src: b.png')).toEqual(['5:3  frontmatter  the field "src" appears twice; keep one (Map keys must be unique)']);
    expect(problems('corrections:\n  - date: x\n    date: y')).toEqual(['4:5  frontmatter  the field "date" appears twice; keep one (Map keys must be unique)']);
  });

  it('999 distinct fields are read (as many as the frontmatter line limit allows)', () => {
    const text = `---\n${Array.from({ length: 999 }, (_, i) => `k${i}: v # c`).join('\n')}\n---\nBody\n`;
    expect(Object.keys(parseFrontmatter(text).data ?? {})).toHaveLength(999);
  });
});

describe('very long lists', () => {
  const many = Array.from({ length: 75_000 }, (_, i) => `s-${i}`);
  it.each([
    ['flow', `related: [${many.join(', ')}]`],
    ['block', `related:\n${many.map((s) => `  - ${s}`).join('\n')}`],
  ])('a %s list of 75,000 entries is one line, refused before YAML reads it (both paths agree)', (_, yaml) => {
    const text = `---\n${yaml}\n---\nBody\n`;
    const fast = parseFrontmatter(text);
    vi.stubEnv('DATELINE_YAML', 'full');
    const full = parseFrontmatter(text);
    expect(full.problems).toEqual(fast.problems);
    expect(full.problems).toEqual([{ line: 2, column: 1, message: expect.stringMatching(/^the frontmatter is \d+ KB long \(the limits are 64 KB and 1,000 lines/) }]);
  });
});
