/** Small field types shared by the article, author and section schemas. */
import { z } from 'astro/zod';
import { CHARACTER_POINTS, graphemeCount, longCharacters, markWeightedLength } from '#/check/rules/graphemes.ts';
import { FIELD_NOTE_MESSAGE, holdsHtmlComment } from '#/check/rules/field-notes.ts';
import { referenceInField } from '#/check/rules/field-references.ts';
import { undrawnCharProblem } from '#/check/rules/undrawn-chars.ts';
import { codePoint, FORBIDDEN_CHARS, hasVisibleText, invisibleCharMessage, LOST_CHARS, lostCharMessage, NOT_TEXT, SELECTOR_RUN } from '#/check/rules/invisible-chars.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import { straySelectorProblem } from '#/check/rules/invisible-in-names.ts';
import { limitItems } from '#/check/rules/valid-parts.ts';
import { quotedAddress } from '#/check/rules/quoted-address.ts';
import { urlProblem } from '#/domain/url-syntax.ts';
import { site } from '#/site.config.ts';
import { dateFormattingProblem, languageTagProblem } from '#/domain/language-tags.ts';

/** The most items each article list may hold; past it the check reports the limit once and judges only these. */
export const LIST_LIMITS = { authors: 20, tags: 20, related: 20, corrections: 50, formerly: 20, aliases: 20 } as const;

/** URL-safe identifier: lower-case words of a-z and 0-9 joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Non-empty plain text of at most `max` characters (graphemes, as readers count them: one emoji or accented letter
 * is one) without control or bidi-override characters. Only
 * `multiline` text (standfirsts, correction notes) may hold line breaks; headlines and names are one line. No HTML
 * comment: it would be printed (src/check/rules/field-notes.ts).
 */
export function plainText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
      // Never more graphemes than code units, so short text is not segmented.
      const length = value.length > max ? graphemeCount(value) : 0;
      if (length > max) ctx.addIssue({ code: 'custom', message: `is ${length} characters long; the limit is ${max}, so shorten it by ${length - max} character${length - max === 1 ? '' : 's'}` });
      // Readers count a letter with its marks as one character; stacked marks (Zalgo text) are not free, or one
      // 60-character name could carry a megabyte into every page: at most four code points a character on average.
      // An emoji sequence (a ZWJ family is up to 11 code points) counts as one, as readers see it.
      if (value.length > max * 4) {
        const points = markWeightedLength(value);
        // Over the character limit too, the marks are the problem only past four a character (round 25a #1): plain
        // text that is merely too long has the length line alone, whose fix is the one to follow.
        // An emoji sequence past 16 code points counts each of them: told so, not "stacked marks" (round 36 F7).
        const emoji = points > max * 4 && points > length * 4 ? [...longCharacters(value)].find((c) => c.emoji) : undefined;
        if (emoji) ctx.addIssue({ code: 'custom', message: `holds ${points.toLocaleString('en-US')} code points; at most ${(max * 4).toLocaleString('en-US')} are allowed, and an emoji sequence of ${emoji.points.toLocaleString('en-US')} code points (emoji joined by U+200D) counts each of them, since one drawn as one character has at most ${CHARACTER_POINTS}; split it into separate emoji or shorten it` });
        else if (points > max * 4 && points > length * 4) ctx.addIssue({ code: 'custom', message: `holds ${points} code points (letters plus the accents and marks stacked on them; an emoji counts as one); at most ${max * 4} are allowed, so remove the stacked marks` });
      }
      if (!multiline && /[\t\n\r]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be on one line; remove the line break or tab (check for a "|" or ">" block)' });
      }
      const notText = NOT_TEXT.exec(value);
      if (notText) ctx.addIssue({ code: 'custom', message: `contains ${codePoint(notText[0])}, which is not a text character (feeds and validators refuse it); retype the text without it` });
      const lost = LOST_CHARS.exec(value);
      if (lost) ctx.addIssue({ code: 'custom', message: lostCharMessage(lost[0]) });
      if (SELECTOR_RUN.test(value)) ctx.addIssue({ code: 'custom', message: 'contains a run of invisible variation selectors (hidden data); retype the text without them' });
      const selector = SELECTOR_RUN.test(value) ? undefined : straySelectorProblem(value);
      if (selector) ctx.addIssue({ code: 'custom', message: selector });
      if (holdsHtmlComment(value)) ctx.addIssue({ code: 'custom', message: FIELD_NOTE_MESSAGE });
      // `&#146;` or `&amp;` would be printed as typed: only the body reads references (round 13).
      const reference = referenceInField(value);
      if (reference) ctx.addIssue({ code: 'custom', message: reference });
      const bad = FORBIDDEN_CHARS.exec(value);
      // A mark with no letter, a private-use, unassigned or lone skin-tone character: drawn as no one meant (37f #6).
      const undrawn = bad || notText || !hasVisibleText(value) ? undefined : undrawnCharProblem(value);
      if (undrawn) ctx.addIssue({ code: 'custom', message: undrawn });
      if (!bad && value !== '' && !hasVisibleText(value)) ctx.addIssue({ code: 'custom', message: 'has no visible text; write the words (it holds only invisible marks)' });
      if (bad) {
        ctx.addIssue({ code: 'custom', message: invisibleCharMessage(bad[0]) });
      }
    });
}

/** The message for an id written in another form; the content check adds the id to use and the valid ones. */
export const ID_FORMAT_MESSAGE = 'must be an id: lower-case words joined by hyphens, the file name without .md';
/** The message for a `related` entry that is not a slug; the content check adds the slug the value names. */
export const RELATED_FORMAT_MESSAGE = 'must be an article slug (its file name without .md)';

/** A reference to another content file by its id (file name without `.md`). */
export const idRef = z.string().regex(SLUG_PATTERN, { error: ID_FORMAT_MESSAGE });

/** ISO 8601 date or date-time with offset, parsed once into a {@link NewsDate}. */
export const newsDate = z.unknown().transform((value, ctx) => {
  if (value === undefined) {
    // Reported like any other missing field ("is required; add a … line").
    ctx.addIssue({ code: 'invalid_type', expected: 'string', input: value, message: 'is required' });
    return z.NEVER;
  }
  const parsed = parseNewsDate(value, site.timeZone);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed.date;
});

/**
 * Absolute http(s) URL. Characters that are not text (a lone surrogate written as a YAML escape, a noncharacter) are
 * refused first, as in every other field: the URL parser would silently turn them into U+FFFD, altering the address.
 */
/** A host name and maybe a path, with no scheme: `example.org/story`, `www.example.org`. */
const BARE_HOST = /^(?![a-z][a-z0-9+.-]*:)(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?::\d+)?(?:[/?#]\S*)?$/iu;

/** Why an http(s) address cannot stand (src/domain/url-syntax.ts), or undefined; other text is judged by z.url. */
function webAddressProblem(value: string): string | undefined {
  const address = value.trim();
  const problem = /^https?:\/\//i.test(address) ? urlProblem(address) : undefined;
  return problem && `${address} ${problem}`;
}

export const absoluteUrl = z
  .string()
  .refine((u) => !NOT_TEXT.test(u), {
    error: (iss) => `contains ${codePoint(NOT_TEXT.exec(String(iss.input))?.[0] ?? '')}, which is not a text character (the address would be altered); retype it without it`,
    abort: true,
  })
  // A bidi override or a zero-width space makes the address show as something other than where it goes (a status
  // bar reads ".../exe.html" backwards: round 25a #8); refused as in every text field and body.
  .refine((u) => !FORBIDDEN_CHARS.test(u), {
    error: (iss) => invisibleCharMessage(FORBIDDEN_CHARS.exec(String(iss.input))?.[0] ?? '').replace('retype the text', 'retype the address'),
    abort: true,
  })
  // A quote a word processor put around or after the address (round 17): the URL parser keeps it as %E2%80%9D.
  .refine((u) => quotedAddress('this field', u.trim()) === undefined, { error: (iss) => quotedAddress('this field', String(iss.input).trim()), abort: true })
  // `example.org/story`: a web address without its scheme (round 18), the fix spelt out.
  .refine((u) => !BARE_HOST.test(u.trim()), { error: (iss) => `must be an absolute URL starting with https:// or http://; write https://${String(iss.input).trim()}`, abort: true })
  // A malformed web address gets the body links' precise line (a port past 65535, `999.1.1.1`, a space in the host:
  // round 32c F4), not the generic one below.
  .refine((u) => webAddressProblem(u) === undefined, { error: (iss) => webAddressProblem(String(iss.input)), abort: true })
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an absolute URL starting with https:// or http://' }))
  .refine((u) => !/^https?:\/\/[^/?#]*@/i.test(u), { error: 'must not contain a user name or password' });

/** BCP 47 language tag such as `en`, `ps`, `fa-AF`. */
export const languageTag = z
  .string()
  // Extensions such as `en-u-ca-islamic` are taken; `xx` (no such language), `x-foo` and anything the W3C checker
  // refuses (src/domain/language-tags.ts) are not.
  .refine((tag) => languageTagProblem(tag) === undefined, { error: (iss) => languageTagProblem(String(iss.input)), abort: true })
  // Keys that change how dates and times print (calendars Dateline does not show, hour cycles, digits).
  .refine((tag) => dateFormattingProblem(tag) === undefined, { error: (iss) => dateFormattingProblem(String(iss.input)) });

/**
 * A list of at most `max` items, each checked by `item`. The length is checked first, on its own: a list of
 * 75,000 entries is one problem, not 75,000 (and no per-item work is done on it).
 */
export function boundedList<T extends z.ZodType>(item: T, max: number, noun: string) {
  // Of a longer list, only the first `max` items are judged against the newsroom (src/check/rules/valid-parts.ts).
  const list = z
    .array(z.unknown())
    // A refinement, not `.max`: Zod runs a length check on anything with a length, so a string's letters were
    // counted as items (`tags: fuel prices, winter` → "lists 22 tags"); a refinement runs only on a real list.
    .superRefine((list, ctx) => {
      if (list.length <= max) return;
      ctx.addIssue({ code: 'custom', message: `lists ${String(list.length)} ${noun}; at most ${max} are allowed, keep the most important`, input: list });
      // The pipe below does not run on a list that failed here, so the first `max` items are judged here: one run
      // reports every problem (round 31d F2: of 27 aliases only the length and two neighbours' lines were printed).
      for (let i = 0; i < max; i++) {
        const judged = item.safeParse(list[i]);
        if (!judged.success) for (const issue of judged.error.issues) ctx.addIssue({ ...issue, code: 'custom', path: [i, ...issue.path], input: list[i] });
      }
    })
    .pipe(z.array(item));
  return limitItems(list, max);
}
