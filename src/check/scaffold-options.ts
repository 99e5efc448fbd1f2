/**
 * The `npm run new` options that become frontmatter lists, judged by the article schema itself before anything is
 * written (README: "Nothing is written when anything is wrong"): how many authors and tags, each tag's text, and
 * repeats (the same author twice; `Rail, rail, RAIL` and `C++, C#`: one topic, said in the check's words). One line naming the option, or undefined.
 */
import { articleFrontmatterSchema } from '#/schemas/article.ts';
import { fieldName } from './rules/zod-issues.ts';
import { checkTags } from './rules/tags.ts';
import { repeatedAuthor } from './rules/repeated-author.ts';
import { idHint, type Named } from './rules/ids.ts';
import { SLUG_PATTERN } from '#/schemas/fields.ts';

/** The newsroom's topics as they stand: spellings fixed by content/tags/*.md (by slug) and each article's tags. */
export interface ExistingTags {
  defined: ReadonlyMap<string, string>;
  articles: readonly (readonly string[])[];
}

/** `warn`: told each of the check's tag warnings for the new tags (a near miss of an established topic), which write nonetheless. */
export function scaffoldOptionProblem(authors: readonly string[], tags: readonly string[], existing: ExistingTags = { defined: new Map(), articles: [] }, warn: (message: string) => void = () => {}): string | undefined {
  const author = authors.find((a, i) => authors.indexOf(a) !== i);
  if (author !== undefined) return `--author: ${repeatedAuthor(author)}`;
  const shape = articleFrontmatterSchema.shape;
  for (const [option, schema, value] of [['--author', shape.authors, authors], ['--tags', shape.tags, tags]] as const) {
    if (option === '--author' && value.length === 0) continue;
    const result = schema.safeParse(value);
    const issue = result.success ? undefined : result.error.issues[0];
    if (issue) {
      const at = issue.path.length ? ` (${fieldName([option === '--author' ? 'authors' : 'tags', ...(issue.path as PropertyKey[])])} ${JSON.stringify(String(value[Number(issue.path[0])] ?? ''))})` : '';
      return `${option}${at} ${issue.message.replace(' (check for a "|" or ">" block)', '')}`;
    }
  }
  // The newsroom's tag rules (no letters, mixed scripts, lookalikes, one spelling per topic), as the check runs them:
  // two tags of one topic (`C++, C#`, `rail, Rail`) get the check's own line, naming both spellings.
  const NEW = '\u0000new';
  let problem: string | undefined;
  const warns: string[] = [];
  checkTags(
    existing.defined,
    [...existing.articles.map((t, i) => ({ file: String(i), tags: t, published: 0, at: () => undefined })), { file: NEW, tags, published: Infinity, at: () => undefined }],
    (file, _field, message, _pos, severity) => {
      if (file === NEW && severity !== 'warning') problem ??= `--tags: ${message}`;
      else if (file === NEW) warns.push(message);
    },
  );
  if (!problem) warns.forEach((w) => warn(w));
  return problem;
}

/**
 * Why `--author` or `--section` `value` names none of `known` (content/authors/ or sections/), or undefined: the
 * check's own hint (src/check/rules/ids.ts), so a display name gets its id and `--author nadia-rahyab --author
 * NADIA-RAHYAB` is a repeat to remove, never a proposal of the id already given. `given`: the other values given.
 */
export function idOptionProblem(value: string, known: readonly Named[], kind: 'authors' | 'sections', given: readonly string[] = []): string | undefined {
  // A misnamed file's own name (`Caps-Person`) is no id the schema takes: idHint says to rename the file.
  if (known.some((k) => k.id === value && SLUG_PATTERN.test(value))) return undefined;
  const option = kind === 'authors' ? '--author' : '--section';
  const noun = kind === 'authors' ? 'author' : 'section';
  let hint = idHint(value, known, noun, given);
  // A short start of one id (`--author nadia`) is no near miss by spelling, but it can only mean that id.
  const nothing = `no ${noun} is called "${value}"`;
  const starting = known.filter((k) => k.id.startsWith(value.toLowerCase().trim()));
  if (hint.startsWith(nothing) && starting.length === 1) hint = `did you mean "${starting[0]!.id}"?${hint.slice(nothing.length)}`;
  return hint.startsWith(`"${value}"`) ? `${option} ${hint}` : `${option} "${value}" is not one of content/${kind}/: ${hint}`;
}

const OPEN_QUOTES = new Set(['"', '“', '”', '„']);
const CLOSE_QUOTES = new Set(['"', '“', '”']);

/**
 * The topics of `--tags` lists (repeats add up): split at commas, but a topic in quotes is taken as typed without
 * them, commas and all (a tag may hold a comma: `"Kabul, Herat road"`; round 37f #4: `"quoted, tag"` became the
 * tags `"quoted` and `tag"`). A quote never closed is one line with the fix. Each list is walked once.
 */
export function tagsOption(lists: readonly string[]): { tags: string[] } | { problem: string } {
  const tags: string[] = [];
  for (const list of lists) {
    let current = '';
    let quoted = false;
    let openedAt = -1;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (!quoted && OPEN_QUOTES.has(c) && current.trim() === '') {
        quoted = true;
        openedAt = i;
        current = '';
      } else if (quoted && CLOSE_QUOTES.has(c)) {
        quoted = false;
        tags.push(current.trim());
        current = '';
        // What follows the closing quote up to the next comma would be lost: refused.
        const rest = /^[^,]*/.exec(list.slice(i + 1))![0];
        if (rest.trim() !== '') return { problem: `--tags: ${JSON.stringify(list.slice(openedAt, i + 1 + rest.length).trim())} has words after its closing quote; put the whole topic in the quotes, or write it without them (nothing was written)` };
        i += rest.length;
      } else if (!quoted && c === ',') {
        tags.push(current.trim());
        current = '';
      } else current += c;
    }
    if (quoted) return { problem: `--tags: the quote in ${JSON.stringify(list.slice(openedAt))} is never closed; close it around the topic ("Kabul, Herat road" is one topic with its comma), or remove it (nothing was written)` };
    tags.push(current.trim());
  }
  return { tags: tags.filter(Boolean) };
}
