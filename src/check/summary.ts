/**
 * The count at the end of `check:content`: every file found, with how many of them have errors, in words that
 * count right ("1 section", "3 sections (3 with errors)"). Counting only the valid files said "0 sections" for a
 * newsroom with three faulty ones, and "1 sections".
 */
import type { CheckedContent } from './content-check.ts';

const NOUNS = [
  ['articles', 'article'],
  ['authors', 'author'],
  ['sections', 'section'],
] as const;

export function contentCounts(result: Pick<CheckedContent, 'files' | 'diagnostics'>): string {
  const faulty = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const count = (files: readonly string[], [plural, noun]: readonly [string, string]) => {
    const bad = files.filter((f) => faulty.has(f)).length;
    return `${files.length} ${files.length === 1 ? noun : plural}${bad ? ` (${bad} with errors)` : ''}`;
  };
  const counts = NOUNS.map(([kind, noun]) => count(result.files?.[kind] ?? [], [kind, noun]));
  // Topic files are optional: counted when there are any (round 25a #2: an error in one was counted under no file).
  const topics = result.files?.tags ?? [];
  if (topics.length) counts.push(count(topics, ['topics', 'topic']));
  // Files never read (`.story.md`, `story.txt`): each has its line, so the count has them too (round 28b #15).
  const unread = result.files?.unread ?? [];
  if (unread.length) counts.push(count(unread, ['unread files', 'unread file']));
  // The front page's picks are one file of their own (round 20: its error was counted under no file).
  if ([...faulty].some((f) => /(?:^|\/)front\.md$/.test(f))) counts.push('front.md (with errors)');
  return counts.join(', ');
}
