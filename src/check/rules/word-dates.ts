/**
 * `now`, `today`, `tomorrow` or `yesterday` in a date field (`published`, `updated`, a correction's `date`,
 * front.md's `until`): the line names what to write, the time itself in the newsroom's zone at the check's clock,
 * and only for an article's `published` the command that writes it, with the article's slug (32a F8: every field
 * was told `npm run release -- <slug>`, which sets only `published`, and `<slug>` was left unfilled).
 */
import { basename } from 'node:path';
import { newsroomDay, nowInZone, WORD_DATE_FIX } from '#/domain/dates.ts';
import { site } from '#/site.config.ts';

const WORD_LINE = /^("(now|today|tomorrow|yesterday)" is a word, not a date this site reads \([^)]*\)); write the time itself$/i;

/** `message` with its fix named, when it is the line for a word; else `message` as it is. `now`: the check's clock. */
export function wordDateFix(file: string, field: string, message: string, now: number): string {
  if (!message.endsWith(WORD_DATE_FIX)) return message;
  const m = WORD_LINE.exec(message);
  if (!m) return message;
  const clock = Number.isFinite(now) ? now : Date.now();
  const word = m[2]!.toLowerCase();
  if (word === 'tomorrow' || word === 'yesterday') {
    const day = newsroomDay(clock + (word === 'tomorrow' ? 86_400_000 : -86_400_000), site.timeZone);
    return `${m[1]}; write the date itself, e.g. "${day}" (${word} in the newsroom's zone)`;
  }
  const release = field === 'published' && /(?:^|\/)articles\//.test(file) ? `, or for a draft going live now run npm run release -- ${basename(file, '.md')}, which writes it` : '';
  return `${m[1]}; write the time itself, e.g. "${nowInZone(clock, site.timeZone)}" (now in the newsroom's zone)${release}`;
}
