/**
 * Round 11 (blind, issue 10), finding 7: a front-page pick with "until" whose slug is missing or refused (an extra
 * "-" before "until", a capital letter, a list) crashed the check and the dev server in "did you mean" with a stack
 * trace. Each is now one line for front.md, and the rest of the newsroom is still checked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { didYouMean } from '#/check/rules/suggest.ts';
import { newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { checkLinesOf } from '../helpers/check-bodies.ts';

const newsroom = newsroomCopies('r11');

describe('front-page picks with "until" and no usable slug (finding 7)', () => {
  it('are one line each, never a crash', () => {
    const content = newsroom((c) =>
      writeFileSync(
        join(c, 'front.md'),
        [
          '---',
          'lead: {until: "2026-12-01T00:00:00+04:30"}',
          'top:',
          '  - slug: winter-fuel-prices-climb-as-importers-pass-on-higher-costs',
          '  - until: "2026-12-06T18:00:00+04:30"',
          '  - slug: Torkham-traders-tally-losses-a-month-after-reopening',
          '    until: "2026-12-06T18:00:00+04:30"',
          '  - slug: [x]',
          '    until: "2026-12-06T18:00:00+04:30"',
          '---',
          '',
        ].join('\n'),
      ),
    );
    const front = checkLinesOf(content, 'front.md');
    for (const line of [
      '2:7 lead.slug  must be an article slug, or "slug:" with an optional "until:" date-time',
      '5:5 top[1].slug  must be an article slug, or "slug:" with an optional "until:" date-time',
      '6:11 top[2].slug  must be an id: lower-case words joined by hyphens, the file name without .md; write the article\'s file name without .md',
      '8:11 top[3].slug  must be an article slug, or "slug:" with an optional "until:" date-time; one value, without brackets: slug: x',
    ]) {
      expect(front).toContain(line);
    }
  });

  it('a list far past the limit is one limit line, and only the picks it may keep are looked up', () => {
    const picks = Array.from({ length: 1000 }, (_, i) => `no-such-story-${i}`);
    const content = newsroom((c) => writeFileSync(join(c, 'front.md'), ['---', `top: [${picks.join(', ')}, {slug: [x]}]`, '---', ''].join('\n')));
    const front = checkLinesOf(content, 'front.md', (d) => `${d.field}  ${d.message.replace(/ \(did you mean.*?\)/, '')}`);
    expect(front).toEqual([
      'top  lists more than 4 stories; keep the 4 that matter most',
      ...[0, 1, 2, 3].map((i) => `top[${i}]  no article has the slug "no-such-story-${i}"; use the file name (without .md) of an article in content/articles/`),
    ]);
  });

  it('"did you mean" answers nothing for a value that is not text', () => {
    expect(didYouMean(undefined as unknown as string, ['a-slug'])).toBeUndefined();
    expect(didYouMean(['x'] as unknown as string, ['a-slug'])).toBeUndefined();
  });
});

describe('a malformed correction beside a valid one (finding 5)', () => {
  it('is its own line; no rule crashes on the hole it leaves', () => {
    const wheat = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
    const content = newsroom((c) => replaceIn(join(c, wheat), 'section: economy\n', 'section: economy\ncorrections: [[a], {date: "2026-11-21", text: ok}]\n'));
    const lines = checkLinesOf(content, 'reaches-markets.md', (d) => `${d.field}  ${d.message}`);
    expect(lines).toEqual(['corrections[0]  must be a set of "field: value" lines, not a list']);
  });
});
