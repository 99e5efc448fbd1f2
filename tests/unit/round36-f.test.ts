import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

describe('round 36 F1: U+FFFD (a lost character) and U+FFFC (a lost object) are refused at their place', () => {
  const FFFD = 'contains U+FFFD, the mark of a character lost when the text was converted; retype the character that stood there';
  const FFFC = 'contains U+FFFC, an object replacement character (an image or object lost in copy-paste); remove it';
  it('in the title, the standfirst and the body, each at its character', () => {
    const lines = checkArticles({
      'lost.md': `${testFrontmatter({ title: 'Caf\uFFFD prices rise', description: 'Flour sellers \uFFFC cut prices.' })}Prices rose at the caf\uFFFD this week.\n\nSee the chart: \uFFFC\n`,
    });
    expect(lines).toContain(`lost.md:2:11 title  ${FFFD}`);
    expect(lines).toContain(`lost.md:3:28 description  ${FFFC}`);
    expect(lines).toContain(`lost.md:9:23 body  ${FFFD}`);
    expect(lines).toContain(`lost.md:11:16 body  ${FFFC}`);
  }, 60_000);
  it('text without them passes', () => {
    const lines = checkArticles({ 'kept.md': `${testFrontmatter({ title: 'Café prices rise' })}Prices rose at the café this week.\n` });
    expect(lines.filter((l) => l.includes('U+FFF'))).toEqual([]);
  }, 60_000);
});
