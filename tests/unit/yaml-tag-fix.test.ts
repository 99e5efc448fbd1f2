/**
 * Round 12, finding 4: the fix offered for a tagged value is what the field needs, so following it never produces
 * the next error (quoting is the fix only in text fields).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFrontmatter } from '#/check/frontmatter.ts';

afterEach(() => vi.unstubAllEnvs());

function messages(yaml: string): string[] {
  vi.stubEnv('DATELINE_YAML', 'full');
  return parseFrontmatter(`---\n${yaml}\n---\nBody\n`).problems.map((p) => `${p.field ?? 'frontmatter'}  ${p.message.replace(/^.*which frontmatter has no use for; /, '')}`);
}

const cases: [string, string][] = [
  ['draft: !<tag:yaml.org,2002:bool> true', 'draft  write the value without it: draft: true'],
  ['draft: ! true', 'draft  write the value without it: draft: true'],
  ['draft: !!bool yes', 'draft  `yes` is not a boolean here (only true and false are); write: draft: true'],
  ['draft: !!bool off', 'draft  `off` is not a boolean here (only true and false are); write: draft: false'],
  ['draft: !!null', 'draft  remove the line (YAML would read draft as empty; leaving it out means false)'],
  ['updated: !!timestamp 2026-11-21', 'updated  write the value without it: updated: 2026-11-21'],
  ['updated: !<tag:yaml.org,2002:timestamp> "2026-11-21T10:00:00+04:30"', 'updated  write the value without it: updated: "2026-11-21T10:00:00+04:30"'],
  ['image: !!map {src: ./a.png, alt: x}', 'image  write the value without it: image: {src: ./a.png, alt: x}'],
  ['tags: !!seq [rail]', 'tags  write the value without it: tags: [rail]'],
  ['tags: !!set {rail: null, trade}', 'tags  write the value without it: tags: [rail, trade]'],
  ['tags: !!seq\n  - rail', 'tags  remove `!!seq`'],
  ['title: !!str 2026', 'title  write the value without it: title: "2026"'],
  ['title: ! 2026', 'title  write the value without it: title: "2026"'],
  ['title: !!null', "title  write title's value after the colon, without the tag"],
  ['description: !Breaking Wheat', 'description  put the whole value in quotes: description: "!Breaking Wheat"'],
  ['tags: [!!str 2026, rail]', 'tags  write the value without it: "2026" (inside the list)'],
];

describe('type-tag advice (round 12, finding 4)', () => {
  it.each(cases)('%j', (yaml, expected) => {
    expect(messages(yaml)).toEqual([expected]);
  });

  it('following the advice for a non-text field leaves no YAML problem and the value its field needs', () => {
    for (const [yaml, expected] of cases.slice(0, 10)) {
      const fix = /write(?: the value without it)?: (.*)$/.exec(expected)?.[1];
      if (!fix) continue;
      vi.stubEnv('DATELINE_YAML', 'full');
      const parsed = parseFrontmatter(`---\n${fix}\n---\nBody\n`);
      expect(parsed.problems, yaml).toEqual([]);
      const value = Object.values(parsed.data ?? {})[0];
      expect(typeof value === 'string' && /^(?:true|false)$/.test(value), yaml).toBe(false);
    }
  });
});
