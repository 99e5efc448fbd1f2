import { parseFrontmatter } from './src/check/frontmatter.ts';
for (const t of [
  '---\ntitle: a\npublished: "2026-12-01T10:00:00+04:30"\ndraft: TRUE\n---\nbody\n',
  '\uFEFF---\ntitle: a\npublished:\n  "2026-12-01T10:00:00+04:30"\n"draft" : true # x\n---   \nbody\n',
  '---\n{title: a, published: "2026-12-01T10:00:00+04:30", draft: true}\n...\nbody\n',
]) {
  const f = parseFrontmatter(t);
  console.log(JSON.stringify(f.data), JSON.stringify(f.problems), JSON.stringify(f.locate(['draft'])), JSON.stringify(f.locate(['published'])), f.bodyLine);
}
