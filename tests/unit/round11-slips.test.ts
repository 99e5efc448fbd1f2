/**
 * Round 11 (blind, issue 10), finding 6: the advice and the line for list and key slips.
 * a) a second `{…}` after the first on one line is "two values on one line", with the list (or the one set of
 *    fields) to write, not "no field name before its ':'";
 * b) `related: [a], [b]` (and authors, tags) is told to write one list, never to quote the value (which would make
 *    the field text); text fields keep the quoting advice;
 * c) `1: x` and `true: x` are located at their own line, and a value quoted from inside a flow list ends at its
 *    `,`, `]` or `}`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { checkLinesOf } from '../helpers/check-bodies.ts';

const newsroom = newsroomCopies('r11s');

const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n\nBody.\n`).problems.map((p) => `${p.line}:${p.column} ${p.field ?? 'frontmatter'} ${p.message}`);
const FIELDS = 'title: Kabul talks\ndescription: A standfirst.\npublished: 2026-11-05\nsection: economy';

describe('a second value after the first on one line (finding 6a)', () => {
  it('corrections: {…}, {…} is two values on one line, and the list to write', () => {
    expect(fm(`${FIELDS}\ncorrections: {date: "2026-11-21", text: ok}, {date: "2026-11-22", text: ok2}`)).toEqual([
      '6:14 corrections two values on one line (YAML reads "corrections: {…}" and cannot go on after its "}"); a list is written corrections: [{date: "2026-11-21", text: ok}, {date: "2026-11-22", text: ok2}]',
    ]);
  });

  it('image: {…}, {…} is told to write one set of fields', () => {
    expect(fm(`${FIELDS}\nimage: {src: ./images/envoy-arrival.png, alt: Envoy}, {caption: x}`)).toEqual([
      '6:53 image two sets of fields on one line, and "image" is one set; write all its fields inside one pair of braces: image: {src: ./images/envoy-arrival.png, alt: Envoy, caption: x}',
    ]);
  });

  it('a line with no field name is still told so', () => {
    expect(fm(`${FIELDS}\n: Reuters`)).toEqual([expect.stringMatching(/^6:1 frontmatter this line has a value but no field name before its ":"/)]);
  });
});

describe('two lists on one line (finding 6b)', () => {
  it.each([
    ['related: [national-cricket-team-returns-to-kabul], [torkham-reopens-after-commanders-agree-joint-patrol-schedule]', /^6:50 related two lists on one line, and "related" holds one; write every item inside one pair of brackets: related: \[national-cricket-team-returns-to-kabul, torkham-reopens-after-commanders-agree-joint-patrol-schedule\]$/],
    ['authors: [nadia-rahyab], [zarlasht-niazai]', /^6:24 authors two lists on one line, .*: authors: \[nadia-rahyab, zarlasht-niazai\]$/],
    ['tags: [rail], trade', /^6:13 tags two lists on one line, .*: tags: \[rail, trade\]$/],
    ['tags: [rail] trade', /^6:13 tags the list closes at the first "\]", so "trade" after it is not in it; write every item inside one pair of brackets: tags: \[rail, trade\]$/],
  ])('%j', (line, expected) => {
    const lines = fm(`${FIELDS}\n${line}`);
    expect(lines).toEqual([expect.stringMatching(expected)]);
    expect(lines[0]).not.toMatch(/quotes/);
  });

  it('text fields keep the advice to quote the value', () => {
    expect(fm(`title: [Update] Talks resume\ndescription: A standfirst.`)).toEqual([expect.stringMatching(/^2:8 title the value starts with "\[", .*put the whole value in quotes: title: "\[Update\] Talks resume"$/)]);
  });
});

describe('where non-text keys and values in lists are (finding 6c)', () => {
  const check = (edit: (text: string) => string) => {
    const content = newsroom((c) => {
      const path = join(c, 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md');
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
    });
    return checkLinesOf(content, 'envoy-lands-in-kabul-ahead-of-doha-round.md');
  };

  it('1: x and true: x are named at their own lines', () => {
    const lines = check((t) => t.replace('dateline: KABUL\n', 'dateline: KABUL\n1: x\ntrue: x\n'));
    expect(lines).toEqual([expect.stringMatching(/^8:4 1  unknown field "1"/), expect.stringMatching(/^9:7 true  unknown field "true"/)]);
  });

  it('a number in a flow list is quoted without the closing bracket', () => {
    const lines = check((t) => t.replace('related: [transit-talks-open-in-doha-with-trade-on-the-agenda]', 'related: [{slug: x}, null, 42]'));
    const item = lines.find((l) => l.includes('related[2]'));
    expect(item).toMatch(/the number 42(?!\])/);
    expect(item).toMatch(/^10:\d+ related\[2\]/);
  });
});
