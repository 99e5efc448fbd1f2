/**
 * Mistakes that are valid YAML and valid Markdown but never what the editor meant: a publication date more than
 * a year ahead (a year typo; warning), a dateline repeated at the start of the body (error: the page prints it),
 * values wrapped in curly quotes from a word processor (warning), and the scaffold's placeholder text in an
 * article that is not a draft (error); a headline in another script with no `lang` (missing-lang.ts, warning). Also the summary of scheduled articles printed by the check and the build.
 */
import { site } from '#/site.config.ts';
import { newsroomDay } from '#/domain/dates.ts';
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import type { Position } from '#/check/frontmatter.ts';
import { templateSampleDate, PLACEHOLDER_BODY, PLACEHOLDER_DESCRIPTION, TEMPLATE_IMAGE_SAMPLES, TEMPLATE_PLACEHOLDERS, TEMPLATE_SAMPLES } from '#/check/scaffold.ts';
import { isScheduled, type VisibilityContext } from '#/domain/visibility.ts';
import type { Report } from './report.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { checkPlaceholders } from './placeholders.ts';
import { bodyOpening, datelineDash, datelineMark, photoBesideLead, repeatedDateline, typedDateline } from './dateline-prefix.ts';
import { checkMissingLang } from './missing-lang.ts';
import { openingBlock } from './opening-text.ts';
import { DATE_ALONE, sameDayTime, writtenDate } from './date-order.ts';

const YEAR_MS = 366 * 24 * 3600 * 1000;
const CURLY_OPEN = /^[\u201C\u201E\u2018\u201A\u00AB]/;
const CURLY_CLOSE = /[\u201D\u201C\u2019\u00BB]$/;
/** Fields whose values are printed as written. */
const TEXT_FIELDS = ['title', 'description', 'dateline', 'source'] as const;

export interface EditorialArticle {
  file: string;
  body: string;
  bodyLine: number;
  data: Partial<ArticleFrontmatter>;
  at: (path: PropertyKey[]) => Position | undefined;
  /** The fields as written (before validation): a refused value is still a written field. */
  written?: Readonly<Record<string, unknown>> | undefined;
  /** The content folder being checked: its own template's sample date is the one a copy keeps. */
  contentDir?: string | undefined;
}

export function checkEditorial(a: EditorialArticle, visibility: VisibilityContext, report: Report): void {
  const d = a.data;
  // A year typo hides a story for a year; a draft is hidden anyway, and a story planned that far ahead waits as one
  // (it is warned when `draft: true` goes: round 25a #15).
  if (d.published && !d.draft && d.published.epoch - visibility.now > YEAR_MS) {
    report(a.file, 'published', `${writtenDate(d.published, a.written?.['published'])} is more than a year ahead, so the article stays hidden until then; check the year`, a.at(['published']), 'warning');
  }
  // A correction dated the day of publication with no time (round 25a #18): a date alone is that day's start, before
  // the story was out, so no date moves: feeds, JSON-LD and the sitemap say the story never changed.
  d.corrections?.forEach((c, i) => {
    const published = d.published;
    if (!c?.date?.dateOnly || !published || newsroomDay(c.date.epoch, site.timeZone) !== newsroomDay(published.epoch, site.timeZone)) return;
    const day = newsroomDay(c.date.epoch, site.timeZone);
    report(a.file, `corrections[${i}].date`, `${day} is the day the story was published, and ${DATE_ALONE}, so feeds, search engines and the sitemap are not told the story changed; give the time of the correction, e.g. date: "${sameDayTime(c.date, published, visibility.now)}"`, a.at(['corrections', i, 'date']), 'warning');
  });
  const undashed = d.dateline ? datelineDash(d.dateline) : undefined;
  if (undashed !== undefined) {
    report(a.file, 'dateline', `"${truncate(d.dateline ?? '', 40)}" ends with a dash, and the page adds its own ("${truncate(d.dateline ?? '', 40)} —" would print); write "${undashed}"`, a.at(['dateline']));
  }
  const marked = d.dateline && undashed === undefined ? datelineMark(d.dateline) : undefined;
  if (marked) {
    report(a.file, 'dateline', `"${truncate(d.dateline ?? '', 40)}" ends with "${marked.mark}", and the page puts its dash after it ("${truncate(d.dateline ?? '', 40)} —" would print); write "${marked.kept}"`, a.at(['dateline']), 'warning');
  }
  // The headline pasted again as the body's first heading (a CMS export, a Word document): shown twice (round 23).
  const opening = bodyOpening(a.body);
  const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(a.body.split('\n')[opening.index] ?? '')?.[1];
  const repeatsTitle = heading !== undefined && d.title !== undefined && sameWords(heading, d.title);
  if (repeatsTitle) {
    report(a.file, 'body', `the body starts with the headline again ("${truncate(heading, 40)}"), which the page already prints from "title:"; remove that line`, { line: a.bodyLine + opening.index, column: 1 });
  }
  if (d.dateline && !repeatsTitle) {
    const first = opening;
    const repeated = repeatedDateline(first.text, d.dateline, site.locale);
    let block: ReturnType<typeof openingBlock>;
    let photo: number | undefined;
    if (repeated !== undefined) {
      report(a.file, 'body', `the body starts with the dateline again ("${truncate(repeated, 40)}"), which the page already prints from "dateline: ${d.dateline}"; remove it from the body`, { line: a.bodyLine + first.index, column: 1 });
    } else if ((block = openingBlock(a.body.split('\n', first.index + 2), first.index))) {
      // The page prints the dateline as the lead's first words: above a heading (round 20), a list, table, code
      // block, quote or HTML block (round 36 F4) it stands alone.
      const placed = block.runsInto ? 'is printed as its first words' : 'stands alone above it';
      report(a.file, 'body', `the body starts with ${block.what}, so the dateline the page prints ("${truncate(d.dateline, 40)} —") ${placed}; start the body with the lead paragraph${block.runsInto ? ', or write that line in emphasis (*…*) alone, as an editor\'s note the dateline goes past' : ''}`, { line: a.bodyLine + block.index, column: 1 }, 'warning');
    } else if ((photo = photoBesideLead(a.body, first)) !== undefined) {
      report(a.file, 'body', `the photo on this line and the text under it are one paragraph, so the dateline the page prints ("${truncate(d.dateline, 40)} —") stands beside the photo; leave a blank line after the photo`, { line: a.bodyLine + photo, column: 1 }, 'warning');
    } else {
      const other = typedDateline(first.text, site.locale);
      if (other !== undefined) {
        report(a.file, 'body', `the body starts with a dateline ("${truncate(other, 40)}") under the one the page prints from "dateline: ${d.dateline}", so readers see two places; remove the typed one, or write its place in "dateline:" if the story was filed there`, { line: a.bodyLine + first.index, column: 1 }, 'warning');
      }
    }
  }
  // A refused `lang:` value has its own line, which names the code to write (round 26b #5: not "no lang:" too).
  if (!(d.lang === undefined && a.written && Object.hasOwn(a.written, 'lang'))) checkMissingLang(a.file, d, a.body, a.at, report);
  for (const field of TEXT_FIELDS) {
    const value = d[field];
    if (typeof value === 'string' && CURLY_OPEN.test(value) && CURLY_CLOSE.test(value)) {
      report(a.file, field, `is wrapped in curly quotes (${value[0]}…${value.at(-1)}), which would be printed as part of it; YAML quotes are straight: use "…" or no quotes`, a.at([field]), 'warning');
    }
  }
  d.tags?.forEach((tag, i) => {
    // A plural's apostrophe at the end (`Farmers’`, as a topic page prints `Farmers'`) is no quote: one spelling with the straight one.
    if (CURLY_OPEN.test(tag) || (CURLY_CLOSE.test(tag) && !/\p{L}\u2019$/u.test(tag))) report(a.file, `tags[${i}]`, `tag ${tag} has curly quotes, which would be part of the topic's name; YAML quotes are straight: use "…" or no quotes`, a.at(['tags', i]), 'warning');
  });
  if (d.draft !== true) {
    for (const p of checkPlaceholders(a.body, a.bodyLine, false)) report(a.file, 'body', p.message, p.pos, p.severity);
    const fix = 'replace it, or keep "draft: true" until the article is written';
    if (d.description === PLACEHOLDER_DESCRIPTION) report(a.file, 'description', `is still the placeholder from npm run new; ${fix}`, a.at(['description']));
    const at = a.body.indexOf(PLACEHOLDER_BODY);
    if (at !== -1) report(a.file, 'body', `still holds the placeholder "${PLACEHOLDER_BODY}" from npm run new; ${fix}`, { line: a.bodyLine + countLines(a.body.slice(0, at)), column: 1 });
    const template = 'from content/articles/_template.md';
    for (const field of ['title', 'description', 'canonical'] as const) {
      if (d[field] === TEMPLATE_PLACEHOLDERS[field]) report(a.file, field, `is still the sample ${template}; ${fix}`, a.at([field]));
    }
    for (const field of ['caption', 'credit'] as const) {
      if (d.image?.[field] === TEMPLATE_IMAGE_SAMPLES[field]) report(a.file, `image.${field}`, `is still the sample ${template}, which would be printed under the photo; ${fix}`, a.at(['image', field]));
    }
    const sampleDate = a.contentDir === undefined ? undefined : templateSampleDate(a.contentDir);
    if (sampleDate && d.published?.epoch === sampleDate.epoch) {
      const kept = [d.authors?.join(',') === TEMPLATE_SAMPLES.authors ? `byline (${TEMPLATE_SAMPLES.authors})` : '', d.section === TEMPLATE_SAMPLES.section ? `section (${TEMPLATE_SAMPLES.section})` : ''].filter(Boolean);
      const also = kept.length ? `, with its sample ${kept.join(' and ')}` : '';
      const form = d.published.iso === sampleDate.written ? '' : ', the same moment written another way';
      report(a.file, 'published', `is still the sample date ${template} (${sampleDate.written}${form})${also}, so the story is dated then, not when it goes live; write the time it is published${kept.length ? ` and its own ${kept.map((k) => k.split(' ')[0]).join(' and ')}` : ''}`, a.at(['published']), 'warning');
    }
    const sample = a.body.indexOf(TEMPLATE_PLACEHOLDERS.body);
    if (sample !== -1) report(a.file, 'body', `still holds the sample text ${template} ("${TEMPLATE_PLACEHOLDERS.body} …"); ${fix}`, { line: a.bodyLine + countLines(a.body.slice(0, sample)), column: 1 });
  }
}

/** YAML problems on a line whose value opens with a curly quote: say so, since that is the whole mistake. */
export function explainCurlyQuotes(source: string, problem: Position & { message: string }): string {
  const line = source.split('\n')[problem.line - 1] ?? '';
  const m = /^\s*(?:-\s+)?[\w.-]+:\s*([\u201C\u201D\u2018\u2019\u201E\u00AB])/.exec(line) ?? /^\s*-\s+([\u201C\u201D\u2018\u2019\u201E\u00AB])/.exec(line);
  if (!m) return problem.message;
  const fixed = line.trim().replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"').replace(/^([^:]+:\s*)[\u2018\u2019]|[\u2018\u2019](\s*)$/g, (_, a: string | undefined, b: string | undefined) => (a !== undefined ? `${a}'` : `'${b ?? ''}`));
  return `the value starts with the curly quote ${m[1]}, which YAML does not read as a quote (word processors put them in); type straight quotes: ${truncate(fixed, 120)}`;
}

/** `scheduled: 2 articles — slug at Jan 1, 2027, 8:00 AM AFT; …`, or nothing. */
export function scheduledSummary(articles: readonly { id: string; data: ArticleFrontmatter }[], visibility: VisibilityContext): string | undefined {
  const scheduled = articles
    .filter((a) => !a.data.draft && isScheduled(a.data, visibility))
    .sort((x, y) => x.data.published.epoch - y.data.published.epoch);
  if (scheduled.length === 0) return undefined;
  const when = (a: (typeof scheduled)[number]) => formatSiteDate(a.data.published);
  // Pinned in "Related" by a story readers see (round 25a #15): a notice, which no strict build counts.
  const pinnedBy = new Map<string, string[]>();
  for (const a of articles) {
    if (a.data.draft || isScheduled(a.data, visibility)) continue;
    for (const slug of a.data.related ?? []) (pinnedBy.get(slug) ?? pinnedBy.set(slug, []).get(slug)!).push(a.id);
  }
  const pins = (id: string) => {
    const by = pinnedBy.get(id) ?? [];
    return by.length === 0 ? '' : `  (pinned in "Related" of ${by.slice(0, 3).join(', ')}${by.length > 3 ? ` and ${by.length - 3} more` : ''}; that build adds it there)`;
  };
  const shown = scheduled.slice(0, 20).map((a) => `  ${a.id}  ${when(a)}${pins(a.id)}`);
  const more = scheduled.length > 20 ? [`  … and ${scheduled.length - 20} more`] : [];
  return [`scheduled (${scheduled.length}): each appears with the first build after the time shown`, ...shown, ...more].join('\n');
}

/** Whether two texts are the same words, ignoring case, punctuation, emphasis marks and spacing. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) !== '' && words(a) === words(b);
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
