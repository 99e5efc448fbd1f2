/**
 * Two article files sharing a slug in different month folders that are one story: a CMS that re-files a story
 * under a new month (the publication time moved past midnight, a figure corrected) writes the new folder's file
 * and leaves the old one. "Rename one", followed, published the story twice, the stale version with it (round 27b
 * #6). Same story: most of the body's sentences shared, or the same headline with the same standfirst or a good
 * part of the body (a recurring column shares its headline, not its text, and is still told to rename one).
 * And always (round 30a #5: twelve yearly "Offices closed for Eid <year>" notices, one boilerplate body, were each
 * told to delete the year before, eleven archived articles in all): headlines that match closely
 * ({@link closeHeadlines}) and publication times at most
 * {@link SAME_STORY_DAYS} days apart, as a re-filed copy's are; a notice a year on is another story.
 * Linear: each body is cut into sentences once; a pair is compared through a set, and each file only with the few
 * published nearest to it (round 36).
 */
import { site } from '#/site.config.ts';
import { parseNewsDate } from '#/domain/dates.ts';

export interface StoryFile {
  file: string;
  /** The slug the files share. */
  id: string;
  fm?: { data: Record<string, unknown> | undefined; body: string; bodyLine: number } | undefined;
}

interface Facts {
  title: string | undefined;
  description: string | undefined;
  /** Sentences of the body. */
  sentences: Set<string>;
  lines: { text: string; line: number }[];
  length: number;
  /** Latest of `updated` and `published`, epoch ms; NaN when neither reads as a date. */
  time: number;
  /** `published`, epoch ms (NaN when it does not read as a date). */
  published: number;
}

/** The most days apart two files' `published` may be and still be one story re-filed (a month and a day). */
export const SAME_STORY_DAYS = 32;

/** Words of a headline as compared: lower case, punctuation and quotes left out. */
const words = (title: string) => title.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether two headlines are one story's: three quarters of the shorter one's words and half the longer one's in
 * both (a corrected figure, a word changed or added), and the same years (a yearly notice differs in its year alone).
 */
export function closeHeadlines(a: string, b: string): boolean {
  const [wa, wb] = [words(a), words(b)];
  const years = (w: string[]) => w.filter((x) => /^(1[5-9]|20)\d\d$/.test(x)).sort().join(' ');
  if (years(wa) !== years(wb)) return false;
  const rest = [...wb];
  let shared = 0;
  for (const w of wa) {
    const i = rest.indexOf(w);
    if (i >= 0) {
      rest.splice(i, 1);
      shared++;
    }
  }
  const [shorter, longer] = [Math.min(wa.length, wb.length), Math.max(wa.length, wb.length)];
  return shorter > 0 && shared / shorter >= 0.75 && shared / longer >= 0.5;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : undefined);

/** The instant a date field names, read as the check reads it (a date alone is its day's start in the newsroom). */
function timeOf(v: unknown): number {
  const parsed = parseNewsDate(v, site.timeZone);
  return parsed.ok ? parsed.date.epoch : NaN;
}

function factsOf(f: StoryFile): Facts | undefined {
  const data = f.fm?.data;
  if (!data || !f.fm) return undefined;
  const sentences = new Set<string>();
  const lines: Facts['lines'] = [];
  let length = 0;
  f.fm.body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    lines.push({ text: line, line: f.fm!.bodyLine + i });
    // Sentences, not lines: a CMS writes a paragraph on one line, and one corrected figure would unshare it all.
    for (const s of line.split(/(?<=[.!?])\s+/)) {
      sentences.add(s);
      length += s.length;
    }
  });
  const times = [timeOf(data['published']), timeOf(data['updated'])].filter((t) => !Number.isNaN(t));
  return { title: text(data['title']), description: text(data['description']), sentences, lines, length, time: times.length ? Math.max(...times) : NaN, published: timeOf(data['published']) };
}

/** The share of the longer body's text that the other body has too (0 when both are empty). */
function sharedShare(a: Facts, b: Facts): number {
  const [small, large] = a.sentences.size <= b.sentences.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small.sentences) if (large.sentences.has(s)) shared += s.length;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : shared / longer;
}

/** Why `a` and `b` are one story ("same headline", "most of the body the same"), or undefined when they differ. */
function sameStory(a: Facts, b: Facts): string | undefined {
  // Another headline, or published far apart: another story, whatever the body shares (round 30a #5).
  if (a.title === undefined || b.title === undefined || !closeHeadlines(a.title, b.title)) return undefined;
  if (!(Math.abs(a.published - b.published) <= SAME_STORY_DAYS * 86_400_000)) return undefined;
  const share = sharedShare(a, b);
  const title = a.title !== undefined && a.title === b.title;
  if (share >= 0.5) return title ? 'same headline, most of the body the same' : 'most of the body the same';
  if (title && ((a.description !== undefined && a.description === b.description) || share >= 0.25)) return 'same headline';
  return undefined;
}

/** What differs, for the line: "published and body line 11". */
function differences(stale: StoryFile, a: Facts, b: Facts, newer: StoryFile): string {
  const out: string[] = [];
  const da = stale.fm!.data!;
  const db = newer.fm!.data!;
  for (const key of new Set([...Object.keys(da), ...Object.keys(db)])) {
    if (JSON.stringify(da[key]) !== JSON.stringify(db[key])) out.push(key);
  }
  const fields = out.length > 3 ? [...out.slice(0, 3), `${out.length - 3} more fields`] : out;
  const other = new Set(b.lines.map((l) => l.text));
  const line = a.lines.find((l) => !other.has(l.text))?.line ?? (a.lines.length !== b.lines.length ? a.lines.at(-1)?.line : undefined);
  if (line !== undefined) fields.push(`body line ${line}`);
  if (fields.length === 0) return '';
  return `; they differ in ${fields.length === 1 ? fields[0] : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`}`;
}

/** The most other files one file is compared with: the ones nearest in `published` (round 36: any group size). */
export const MAX_SAME_STORY_COMPARED = 20;

/**
 * For each member with a readable `published`, the others (at most {@link MAX_SAME_STORY_COMPARED}) published
 * nearest to it within {@link SAME_STORY_DAYS} days, nearest first: only they can be the same story
 * ({@link sameStory}), and a group of thousands (a bulk import under one slug) stays linear after one sort.
 */
function nearestInDate<T extends StoryFile>(group: readonly T[], facts: ReadonlyMap<T, Facts | undefined>): Map<T, T[]> {
  const dated = group.filter((f) => !Number.isNaN(facts.get(f)?.published ?? NaN)).sort((x, y) => facts.get(x)!.published - facts.get(y)!.published);
  const at = (i: number) => facts.get(dated[i]!)!.published;
  const window = SAME_STORY_DAYS * 86_400_000;
  const out = new Map<T, T[]>();
  dated.forEach((f, i) => {
    const near: T[] = [];
    let [lo, hi] = [i - 1, i + 1];
    const t = at(i);
    while (near.length < MAX_SAME_STORY_COMPARED) {
      const below = lo >= 0 && t - at(lo) <= window ? t - at(lo) : Infinity;
      const above = hi < dated.length && at(hi) - t <= window ? at(hi) - t : Infinity;
      if (below === Infinity && above === Infinity) break;
      near.push(below <= above ? dated[lo--]! : dated[hi++]!);
    }
    out.set(f, near);
  });
  return out;
}

/**
 * The members of `group` that are an older version of another member, with their line; when
 * neither of two is dated later, each gets the line to keep one. The later version is told to keep itself and
 * delete the other, so both files named in the duplicate-slug line have one.
 */
export function staleCopies<T extends StoryFile>(group: readonly T[]): Map<T, string> {
  const out = new Map<T, string>();
  const facts = new Map(group.map((f) => [f, factsOf(f)] as const));
  const nearest = nearestInDate(group, facts);
  for (const f of group) {
    const a = facts.get(f);
    if (!a) continue;
    for (const g of nearest.get(f) ?? []) {
      const b = facts.get(g)!;
      const why = sameStory(a, b);
      if (!why) continue;
      const diff = differences(f, a, b, g);
      const twice = 'renamed instead, the story would be published twice, the old version with it';
      // Opened as every duplicate slug's line is (bad-content fixtures and editors' habits read it), then the story.
      const shared = `slug "${f.id}" is also used by ${g.file}: this file and that one are the same story (${why}${diff})`;
      // Told apart by `published` alone, which is what a date correction edits (32a F7: a story re-dated to an
      // earlier day was told to delete the corrected file): the other way round is said too.
      const byDateAlone = a.time === a.published && b.time === b.published;
      if (a.time < b.time) {
        const unless = byDateAlone ? ' (unless this file is the newer edit, its published corrected to an earlier time: then keep this one and delete that one)' : '';
        out.set(f, `${shared}; that one is the later version (published or updated later), so delete this file, after moving into that one anything only this one has: ${twice}${unless}`);
        break;
      }
      if (a.time > b.time) {
        const unless = byDateAlone ? ' (unless that file is the newer edit, its published corrected to an earlier time: then keep that one and delete this one)' : '';
        out.set(f, `${shared}; this one is the later version (published or updated later), so keep it and delete ${g.file}, after moving into this one anything only that one has: ${twice}${unless}`);
        break;
      }
      out.set(f, `${shared} and neither is dated later; keep the one you mean and delete the other: ${twice}`);
      break;
    }
  }
  return out;
}
