/**
 * The `npm run new` options that become frontmatter lists, judged by the article schema itself before anything is
 * written (README: "Nothing is written when anything is wrong"): how many authors and tags, each tag's text, and
 * repeats (the same author twice, `Rail, rail, RAIL`: one topic). One line naming the option, or undefined.
 */
import { articleFrontmatterSchema } from '#/schemas/article.ts';
import { tagKey } from '#/domain/tags.ts';
import { fieldName } from './rules/zod-issues.ts';
import { checkTags, oneSpellingProblem } from './rules/tags.ts';
import { repeatedAuthor } from './rules/repeated-author.ts';
import { idHint, type Named } from './rules/ids.ts';

/** The newsroom's topics as they stand: spellings fixed by content/tags/*.md (by slug) and each article's tags. */
export interface ExistingTags {
  defined: ReadonlyMap<string, string>;
  articles: readonly (readonly string[])[];
}

export function scaffoldOptionProblem(authors: readonly string[], tags: readonly string[], existing: ExistingTags = { defined: new Map(), articles: [] }): string | undefined {
  const repeated = (list: readonly string[], key: (s: string) => string) => list.find((item, i) => list.findIndex((other) => key(other) === key(item)) !== i);
  const author = repeated(authors, (a) => a);
  if (author !== undefined) return `--author: ${repeatedAuthor(author)}`;
  const tag = repeated(tags, tagKey);
  if (tag !== undefined) return repeatedTopic(tags, tag, existing);
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
  // The newsroom's tag rules (no letters, mixed scripts, lookalikes, one spelling per topic), as the check runs them.
  const NEW = '\u0000new';
  let problem: string | undefined;
  checkTags(
    existing.defined,
    [...existing.articles.map((t, i) => ({ file: String(i), tags: t, published: 0, at: () => undefined })), { file: NEW, tags, published: Infinity, at: () => undefined }],
    (file, _field, message, _pos, severity) => {
      if (file === NEW && severity !== 'warning') problem ??= `--tags: ${message}`;
    },
  );
  return problem;
}

/**
 * The line for two `--tags` on one topic: the same text twice, or two spellings of it (`C++, C#`, `rail, Rail`),
 * said as the check says it, naming both, with the spelling to keep: the newsroom's (its topic file, else the one
 * most of its articles use), else the first given.
 */
function repeatedTopic(tags: readonly string[], second: string, existing: ExistingTags): string {
  const key = tagKey(second);
  const first = tags.find((t) => tagKey(t) === key)!;
  if (first === second) return `--tags lists "${second}" twice (the topic /tags/${key}/ once is enough); name each topic once`;
  const uses = new Map<string, number>();
  for (const list of existing.articles) for (const t of new Set(list)) if (tagKey(t) === key) uses.set(t, (uses.get(t) ?? 0) + 1);
  const used = [...uses].sort((a, b) => b[1] - a[1])[0];
  const name = existing.defined.get(key) ?? used?.[0] ?? first;
  if (name === first || name === second) {
    const other = name === first ? second : first;
    return `--tags: ${oneSpellingProblem(other, key, `this list also spells "${name}"`, name, true)}`;
  }
  const who = existing.defined.has(key) ? `content/tags/${key}.md spells` : used?.[1] === 1 ? 'another article spells' : `${used?.[1] ?? 0} articles spell`;
  return `--tags: ${oneSpellingProblem(second, key, `this list also spells "${first}" and ${who} "${name}"`, name, true)}`;
}

/**
 * Why `--author` or `--section` `value` names none of `known` (content/authors/ or sections/), or undefined: the
 * check's own hint (src/check/rules/ids.ts), so a display name gets its id and `--author nadia-rahyab --author
 * NADIA-RAHYAB` is a repeat to remove, never a proposal of the id already given. `given`: the other values given.
 */
export function idOptionProblem(value: string, known: readonly Named[], kind: 'authors' | 'sections', given: readonly string[] = []): string | undefined {
  if (known.some((k) => k.id === value)) return undefined;
  const option = kind === 'authors' ? '--author' : '--section';
  const noun = kind === 'authors' ? 'author' : 'section';
  let hint = idHint(value, known, noun, given);
  // A short start of one id (`--author nadia`) is no near miss by spelling, but it can only mean that id.
  const nothing = `no ${noun} is called "${value}"`;
  const starting = known.filter((k) => k.id.startsWith(value.toLowerCase().trim()));
  if (hint.startsWith(nothing) && starting.length === 1) hint = `did you mean "${starting[0]!.id}"?${hint.slice(nothing.length)}`;
  return hint.startsWith(`"${value}"`) ? `${option} ${hint}` : `${option} "${value}" is not one of content/${kind}/: ${hint}`;
}
