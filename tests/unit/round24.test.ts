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

describe('round 23 #17: a renamed article keeps its old address with formerly', () => {
  const renamed = (formerly: string) => testFrontmatter({ formerly }) + body;
  it('accepts a free old slug', () => {
    expect(checkArticles({ 'wheat-prices-fall.md': renamed('[wheat-prices-drop]') })).toEqual([]);
  });

  it('refuses an old slug that is its own, another article\'s, listed twice or claimed by two articles', () => {
    expect(checkArticles({ 'wheat-prices-fall.md': renamed('[wheat-prices-fall]') })).toEqual([
      'wheat-prices-fall.md:7:12 formerly[0]  "wheat-prices-fall" is this article\'s own slug; list only the slugs it was published under before it was renamed',
    ]);
    const taken = checkArticles({ 'wheat-prices-fall.md': renamed('[flour-prices]'), 'flour-prices.md': testFrontmatter() + body });
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatch(/^wheat-prices-fall\.md:7:12 formerly\[0\]  "flour-prices" is the slug of \S*content\/articles\/2026\/11\/flour-prices\.md, so \/articles\/flour-prices\/ is that article's page and cannot send readers here; remove it \(or rename that article\)$/);
    expect(checkArticles({ 'wheat-prices-fall.md': renamed('[old-wheat, old-wheat]') })).toEqual(['wheat-prices-fall.md:7:23 formerly[1]  "old-wheat" is listed twice; remove one']);
    const twice = checkArticles({ 'a-wheat.md': renamed('[old-wheat]'), 'b-wheat.md': renamed('[old-wheat]') });
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatch(/^b-wheat\.md:7:12 formerly\[0\]  "old-wheat" is also a former slug of \S*\/a-wheat\.md; an old address can send readers to one article only: keep it in the article that was published under it$/);
  });

  it('wants slugs', () => {
    expect(checkArticles({ 'wheat-prices-fall.md': renamed('[/articles/old-wheat/]') })[0]).toMatch(/^wheat-prices-fall\.md:7:12 formerly\[0\]  must be an article slug/);
  });
});

describe('round 23 #17: the build warns when an article address of the previous build is gone', () => {
  it('names each gone article address with the formerly fix, and nothing else', async () => {
    const { goneArticlePages } = await import('#/build/gone-pages.ts');
    const built = new Set(['/articles/wheat-prices-fall/', '/tags/trade/']);
    const lines = goneArticlePages(['/articles/wheat-prices-fall/', '/articles/wheat-prices-drop/', '/tags/wheat/'], built, 'content/articles');
    expect(lines.map((d) => `${d.file} ${d.field} ${d.severity}: ${d.message}`)).toEqual([
      'content/articles file warning: /articles/wheat-prices-drop/ was on the site after the previous build and is gone now: if its article was renamed, add formerly: [wheat-prices-drop] to it so links to the old address keep working; if it was taken down, nothing to do',
    ]);
  });

  it('counts what it does not name', async () => {
    const { goneArticlePages } = await import('#/build/gone-pages.ts');
    const lines = goneArticlePages(Array.from({ length: 25 }, (_, i) => `/articles/story-${String(i).padStart(2, '0')}/`), new Set(), 'content/articles');
    expect(lines).toHaveLength(10);
    // Named too (round 26a #15: counted only, a renamed story among them was never named).
    expect(lines[9]!.message).toMatch(/ \(and 15 more addresses gone, the same applies to each: \/articles\/story-10\/, \/articles\/story-11\/, .*, \/articles\/story-24\/\)$/);
  });
});

describe('round 23 #17: a pin or link to an old slug names the article that lists it in formerly', () => {
  it('says the article was renamed and the slug to write', () => {
    const lines = checkArticles({
      'wheat-prices-fall.md': testFrontmatter({ title: 'Wheat prices fall', formerly: '[wheat-prices-drop]' }) + body,
      'flour-story.md': testFrontmatter({ title: 'Flour story', related: '[wheat-prices-drop]' }) + 'See [the wheat story](/articles/wheat-prices-drop/) for more.\n',
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^flour-story\.md:7:\d+ related\[0\]  no article has the slug "wheat-prices-drop"; the article \S*wheat-prices-fall\.md was renamed from it \(its formerly lists it\): write "wheat-prices-fall"$/);
    expect(lines[1]).toMatch(/^flour-story\.md:10:\d+ link  .*was renamed from "wheat-prices-drop" \(its formerly lists it; the old address only sends readers on\): link to /);
  });
});

describe('round 24a #2 follow-up: a block nested in a words-only tag on one line is not a wrapped story', () => {
  it('leaves <p><span><div>…</div></span></p> to the page\'s repair, and still flags a tag left open over lines below', () => {
    expect(checkArticles({ 'a.md': testFrontmatter() + 'Opening words of the story.\n\n<p><span><div>A block inside a span</div></span></p>\n' })).toEqual([]);
    const lines = checkArticles({ 'b.md': testFrontmatter() + 'Opening words of the story.\n\n<b id="docs-internal-guid-1">\n<p>First pasted paragraph.</p>\n<p>Second pasted paragraph.</p>\n</b>\n' });
    expect(lines.some((l) => /is left open over the paragraphs below it/.test(l))).toBe(true);
  });
});
