/** Round 26a findings 10, 11, 14 and 16 (helper h26c). */
import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const body = 'Body text of the story.\n';
const SITE = 'https://dateline.example.org';
/** The check's lines with the test newsroom's temporary folder printed as a project's `content/`. */
const check = (files: Record<string, string>) => checkArticles(files).map((l) => l.replace(/(?:\.\.\/)+\S*?\/content\//g, 'content/'));

describe('round 26a #10: a copy of a story being taken down is told to go down too', () => {
  const original = testFrontmatter({ title: '"The original story"' }) + body;
  const copy = (slug: string) => testFrontmatter({ title: '"A copy of it"', canonical: `${SITE}/articles/${slug}/` }) + body;

  it('the original moved into _drafts/: take the copy down first, remove canonical only to keep it on its own', () => {
    const lines = check({ '_drafts/orig-story.md': original, 'copy.md': copy('orig-story') });
    expect(lines).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story/ names the story kept unread at content/articles/2026/11/_drafts/orig-story.md (a name starting with "_" is never published), so readers cannot open it; this article is a copy of that story (its canonical names it): take this copy down too, in the same commit (until then every build stops): move content/articles/2026/11/copy.md into content/articles/2026/11/_drafts/ as well; remove canonical: only if the copy should stand on its own; or move content/articles/2026/11/_drafts/orig-story.md back among the articles to publish it`,
    ]);
    expect(lines[0]).not.toContain('remove the link');
  });

  it('the original made a draft, or deleted: the same order of fixes', () => {
    const drafted = check({ 'orig-story.md': testFrontmatter({ title: '"The original story"', draft: 'true' }) + body, 'copy.md': copy('orig-story') });
    expect(drafted).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story/ points to a draft, which readers cannot open; this article is a copy of that story (its canonical names it): if the story is being taken down, take this copy down too (draft: true, or move content/articles/2026/11/copy.md into content/articles/_drafts/), in the same commit (until then every build stops); remove canonical: only if the copy should stand on its own; or publish the original`,
    ]);
    const deleted = check({ 'copy.md': copy('orig-story-that-was-deleted') });
    expect(deleted).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story-that-was-deleted/ points to an article that does not exist (no content/articles/**/orig-story-that-was-deleted.md); if that story was taken down, this article is a copy of that story (its canonical names it): take this copy down too (move content/articles/2026/11/copy.md into content/articles/_drafts/), or remove canonical: only if the copy should stand on its own; otherwise fix the slug`,
    ]);
  });

  it('a mistyped slug gets its "did you mean" first', () => {
    const [line] = check({ 'copy.md': copy('envoy-lands-in-kabul-ahead-of-doha-rond') });
    expect(line).toContain('points to an article that does not exist (no content/articles/**/envoy-lands-in-kabul-ahead-of-doha-rond.md); fix the slug (did you mean "envoy-lands-in-kabul-ahead-of-doha-round"?); if that story was taken down');
  });

  it('a copy of a published original, and of a renamed one, are told as before', () => {
    expect(check({ 'orig-story.md': original, 'copy.md': copy('orig-story') })).toEqual([]);
    const renamed = check({ 'the-original-story.md': testFrontmatter({ title: '"Orig story"' }) + body, 'copy.md': copy('orig-story') });
    expect(renamed).toEqual([
      `copy.md:7:12 canonical  ${SITE}/articles/orig-story/ points to an article that does not exist (no content/articles/**/orig-story.md); the article content/articles/2026/11/the-original-story.md has the headline that made "orig-story", so the file was probably renamed: write canonical: ${SITE}/articles/the-original-story/`,
    ]);
  });
});
