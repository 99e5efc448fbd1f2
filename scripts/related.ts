/**
 * `npm run related -- <slug> [--json]`: the related links an article gets, each with its score broken into its
 * parts (weights in src/domain/related/weights.ts), and the best candidates that just missed. The picks come from
 * the function the pages' "Related" comes from, on the same inputs (scripts/related-explain.ts).
 */
import { join, relative } from 'node:path';
import { contentDirFor, didYouMean } from '#/check/content-check.ts';
import { goneFacts, whereGone } from '#/check/rules/gone-articles.ts';
import { escapeControls } from '#/check/diagnostics.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { checkCommand } from '#/check/content-dir.ts';
import { contentDirVariableProblem } from '#/check/content-folder-arg.ts';
import type { RelatedPick, SharedEvidence } from '#/domain/related/engine.ts';
import { site } from '../src/site.config.ts';
import { isVisible } from '#/domain/visibility.ts';
import { decideContext } from '#/domain/context.ts';
import { orStop } from '#/build/or-stop.ts';
import { explainRelated, NEAR_MISSES } from './related-explain.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const slug = args.find((a) => !a.startsWith('--'));

if (!slug) {
  console.error('usage: npm run related -- <article-slug> [--json]');
  process.exit(1);
}

// DATELINE_CONTENT_DIR naming a file, or a folder that is no content folder: the check's line (round 31b F9).
const notContent = contentDirVariableProblem(process.cwd());
if (notContent) {
  console.error(`related: ${notContent}`);
  process.exit(1);
}
const { visibility, content, articles, links } = explainRelated(orStop(() => decideContext('build', process.cwd()), 'related'));
const errors = content.diagnostics.filter((d) => d.severity === 'error').length;
if (errors > 0) {
  console.error(`warning: content has ${errors} error${errors === 1 ? '' : 's'} (run ${checkCommand()}); articles with errors are left out`);
}

function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

const all = new Map(content.articles.map((a) => [a.id, a]));
const article = all.get(slug);
if (!article) {
  // Kept in `_drafts/`, or an old slug of a renamed story: the check's and release's own answers (32a F11).
  const root = process.cwd();
  const gone = whereGone({
    articlesDir: join(contentDirFor(root), 'articles'),
    articles: () => content.articles.map((a) => ({ slug: a.id, ...goneFacts(a.data), file: a.file, path: a.path })),
    rel: (path) => relative(root, path),
  })(slug);
  if (gone?.kind === 'unread') stop(`"${escapeControls(slug)}" is kept unread at ${escapeControls(gone.file)} (a name starting with "_" is never published), so it has no related links; move the file among the articles to publish it`);
  if (gone?.kind === 'renamed') {
    const [file, old, now] = [gone.file, slug, gone.slug].map(escapeControls);
    const how = gone.listed ? `${file} lists "${old}" in formerly` : `${file} has the headline that made it`;
    stop(`no article has the slug "${old}"; the story was renamed to "${now}" (${how}): run npm run related -- ${now}`);
  }
  const near = didYouMean(slug, all.keys());
  const containing = [...all.keys()].filter((s) => s.includes(slug)).sort().slice(0, 3);
  const hint = near ? `did you mean "${near}"?` : containing.length ? `did you mean ${containing.map((s) => `"${s}"`).join(' or ')}?` : 'the slug is the file name without .md';
  console.error(`no article has the slug "${slug}"; ${hint}`);
  process.exit(1);
}
if (!isVisible(article.data, visibility)) {
  const why = article.data.draft ? 'is a draft' : `is scheduled for ${formatSiteDate(article.data.published)}`;
  console.error(`"${slug}" ${why}, so it is not published and has no related links yet`);
  process.exit(1);
}

const result = links.get(slug) ?? { picks: [], nearMisses: [], copies: [] };
const visibleSlugs = new Set(articles.map((a) => a.slug));
const dropped = article.data.related.filter((s) => !result.picks.some((p) => p.slug === s));
const linked = [...new Set(articles.find((a) => a.slug === slug)?.linked ?? [])].filter(
  (s) => s !== slug && visibleSlugs.has(s) && !article.data.related.includes(s),
);

if (json) {
  console.log(
    JSON.stringify(
      {
        slug,
        title: article.data.title,
        count: site.relatedCount,
        picks: result.picks,
        nearMisses: result.nearMisses,
        droppedPins: dropped,
        leftOutAsCopies: result.copies,
        linkedFromBody: linked,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

const published = (s: string) => all.get(s)?.data.published.iso.slice(0, 10) ?? '';
const rows = [...result.picks, ...result.nearMisses];
const slugWidth = Math.max(20, ...rows.map((p) => p.slug.length));
const num = (v: number, width: number) => v.toFixed(2).padStart(width);
const header = `     ${'article'.padEnd(slugWidth)}  ${'published'.padEnd(10)}  ${'score'.padStart(6)}  =${['tags', 'text', 'thread', 'section', 'author', 'time'].map((h) => h.padStart(9)).join('')}`;
const line = (p: RelatedPick, n: number) => {
  const parts = [p.parts.tags, p.parts.text, p.parts.thread, p.parts.section, p.parts.author, p.parts.time].map((v) => num(v, 9)).join('');
  const notes = [p.pinned ? 'pinned' : '', p.sameLang ? '' : 'other language'].filter(Boolean).join(', ');
  const row = `${String(n).padStart(3)}  ${p.slug.padEnd(slugWidth)}  ${published(p.slug).padEnd(10)}  ${num(p.score, 6)}  =${parts}${notes ? `  (${notes})` : ''}`;
  const why = (['name', 'term', 'tag', 'thread'] as const).flatMap((kind) => {
    const list = (p.shared ?? []).filter((e) => e.kind === kind);
    return list.length ? [`${SHARED_LABELS[kind]}: ${list.map((e) => `${e.value} ${e.points.toFixed(2)}`).join(', ')}`] : [];
  });
  return [row, ...why.map((w) => `       ${w}`)].join('\n');
};
const SHARED_LABELS: Record<SharedEvidence['kind'], string> = { name: 'shared names', term: 'shared terms', tag: 'shared tags', thread: 'both related to' };

const pinned = result.picks.filter((p) => p.pinned).length;
console.log(`${article.data.title}`);
console.log(`${slug} · ${article.data.section} · ${article.data.published.iso.slice(0, 10)}${article.data.lang ? ` · ${article.data.lang}` : ''}`);
console.log(
  `\nRelated links (${result.picks.length}: ${pinned} pinned, ${result.picks.length - pinned} automatic; site.relatedCount = ${site.relatedCount})`,
);
if (result.picks.length === 0) console.log('  none: no visible article shares enough names, words or specific tags with this one');
else {
  console.log(header);
  result.picks.forEach((p, k) => console.log(line(p, k + 1)));
}
if (dropped.length > 0) console.log(`  pinned but not published, so left out: ${dropped.join(', ')}`);
if (linked.length > 0) console.log(`  already linked from the body, so not repeated: ${linked.join(', ')}`);
if (result.copies.length > 0) console.log(`  the same story twice (a desk's copy or its original, canonical), so left out: ${result.copies.join(', ')}`);
if (pinned > 0) console.log('  pinned links keep the editor\'s order; their scores are shown for information');
console.log(`\nNear misses (up to ${NEAR_MISSES} more of the candidates the picks were ranked among)`);
if (result.nearMisses.length === 0) console.log('  none');
else {
  console.log(header);
  result.nearMisses.forEach((p, k) => console.log(line(p, result.picks.length + k + 1)));
}
console.log(
  '\nscore = evidence (tags + text + thread) + tie-breakers (section + author + time, fractions of the tags + text evidence);\n' +
    '"shared" lists the names, terms and tags both articles have and (thread) the articles both are related to, with the\n' +
    'points each brought; weights and formula: src/domain/related/weights.ts',
);
