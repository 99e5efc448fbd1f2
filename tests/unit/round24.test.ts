/** Round 23 #16 and round 24 (blind test) findings fixed on main. */
import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const body = 'Body text of the story.\n';

describe('round 23 #16: a message naming a character points at the character', () => {
  it('in a plain, a quoted and a folded value and in a list item', () => {
    expect(checkArticles({ 'a.md': testFrontmatter({ title: 'Test\u200b headline with a hidden space' }) + body })).toEqual([
      'a.md:2:12 title  contains the invisible control character U+200B (zero-width space); retype the text without it',
    ]);
    expect(checkArticles({ 'b.md': testFrontmatter({ title: '"Quoted \u202eheadline"' }) + body })[0]).toMatch(/^b\.md:2:16 title /);
    expect(checkArticles({ 'd.md': testFrontmatter({ title: '>-\n  Folded headline\u200b with zero width' }) + body })[0]).toMatch(/^d\.md:3:18 title /);
    expect(checkArticles({ 'g.md': testFrontmatter({ tags: '\n  - trade\n  - bord\u200ber' }) + body })[0]).toMatch(/^g\.md:9:9 tags\[1\] /);
  });

  it('keeps the value start when the character is written as a YAML escape', () => {
    expect(checkArticles({ 'f.md': testFrontmatter({ title: '"Escaped \\u200b headline"' }) + body })[0]).toMatch(/^f\.md:2:8 title /);
  });
});
