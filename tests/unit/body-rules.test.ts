/**
 * The body rules that catch vanishing words (src/check/rules/body-text.ts) and exploding output
 * (src/check/rules/amplification.ts): what they must let through, and 1 MiB floods they must get through in one pass.
 */
import { describe, expect, it } from 'vitest';
import { checkAmplification } from '#/check/rules/amplification.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { checkDeskNotes } from '#/check/rules/desk-notes.ts';
import { findCommentsInText } from '#/check/rules/yaml-comment.ts';
import { plainText } from '../../src/schemas/fields.ts';

const messages = (body: string) => [...checkBodyText(body, 1), ...checkAmplification(body, 1)].map((p) => p.message);

describe('body rules let ordinary copy through', () => {
  it.each([
    ['autolinks and non-tags', 'Write to <press@ministry.example> or see <https://example.org/>; the file <draft_v2> and 3 < 4 > 2.'],
    ['allowed HTML', 'The <abbr title="World Food Programme">WFP</abbr> said <em>so</em>.<br>\n\n<details><summary>More</summary>Text</details>'],
    ['tags in code', 'Use `<Name>` here.\n\n```\n<Acting Minister>\n<!-- never closed\n```\n'],
    ['a closed comment', 'Before <!-- note --> after.'],
    ['a long list', Array.from({ length: 800 }, (_, i) => `* item ${i}`).join('\n')],
    ['emphasis', 'Some *words* and __strong__ text, snake_case too.\n\n'.repeat(200)],
    ['a long table', `| a | b | c | d | e |\n|---|---|---|---|---|\n${'| 1 | 2 | 3 | 4 | 5 |\n'.repeat(1000)}`],
    ['a long but normal URL', `[map](https://example.org/${'a'.repeat(1500)})`],
  ])('%s', (_, body) => {
    expect(messages(body)).toEqual([]);
  });
});

describe('body rules refuse', () => {
  it.each([
    ['an unclosed comment', 'Intro.\n\n<!-- note\n\nStory.', '"<!--" is never closed'],
    ['a comment-only body', '<!-- nothing yet -->\n\n***\n', 'no visible text'],
    ['invisible characters only', '\u200B\u2060\u00A0\n', 'no visible text'],
    ['a NUL byte', 'Before\u0000after.', 'U+0000'],
    ['words in angle brackets', 'Signed <name withheld> on Tuesday.', '"<name withheld>" reads as an HTML tag'],
    ['a padded table', `|${'a|'.repeat(10)}\n|${'-|'.repeat(10)}\n${'x\n'.repeat(2500)}`, '25,010 cells'],
    ['an emphasis flood', '_a*'.repeat(600), 'pairs to try'],
    ['a reference flood', `${'[x] '.repeat(1500)}\n\n[x]: https://example.org/${'a'.repeat(1900)}`, 'could expand to more than'],
  ])('%s', (_, body, message) => {
    const found = [...messages(body), ...checkDeskNotes(body, 1).map((p) => p.message)];
    expect(found.some((m) => m.includes(message)), found.join('\n')).toBe(true);
  });

  it('gets through 1 MiB floods (one pass each)', () => {
    for (const unit of ['<!--', '](', ']:x', '<a ', '_a*', '|', '<Acting Minister>', 'x](aaaaaaaaaaaaaaaaaa']) {
      const body = unit.repeat(Math.ceil((1 << 20) / unit.length));
      expect(() => messages(body)).not.toThrow();
    }
  });
});

describe('text fields', () => {
  const title = plainText(200);
  it('refuse tag-block characters and word joiners, keep ZWNJ and RLM', () => {
    expect(title.safeParse('Visible\u{E0049}\u{E0047}').success).toBe(false);
    expect(title.safeParse('a\u2060b').success).toBe(false);
    expect(title.safeParse('می\u200Cخواهم \u200Fکابل').success).toBe(true);
    expect(title.safeParse('\u200F\u200E').success).toBe(false);
  });

  it('" #" in an unquoted text value is reported; comments after other fields are not', () => {
    const found = findCommentsInText('title: Kabul talks #2 resume\ndraft: true # hidden\nsection: economy # was world\ndescription: "Quoted #1"\nimage:\n  alt: A #3 shirt\n');
    expect(found.map((f) => f.field)).toEqual(['title', 'alt']);
    expect(found[0]?.message).toContain('title: "Kabul talks #2 resume"');
  });
});
