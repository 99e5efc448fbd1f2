/**
 * Tag rules across the newsroom (identity from src/domain/tags.ts): one spelling per topic page, no tag without a
 * URL of its own, no repeats within an article, and a warning with "did you mean" for a new tag that is a near
 * miss of an existing topic.
 */
import { isDeviceName } from '#/domain/device-names.ts';
import { INDEX_PAGE_SIZE } from '#/domain/pagination.ts';
import type { Position } from '#/check/frontmatter.ts';
import { tagHasOwnUrl, tagKey, tagSpelling } from '#/domain/tags.ts';
import { tagPath } from '#/domain/urls.ts';
import type { Report } from './report.ts';
import { hasLookalike, lookalikeLetters, mixedScriptProblem, tagSkeleton } from './tag-lookalikes.ts';
import { HTML_TAG, withoutHtmlTags } from './markdown-in-fields.ts';
import { dashDifference, differingLetters, variantTopics, type TopicWeight } from './tag-variants.ts';
import { NearMissIndex, nearDistance } from './tag-near-miss.ts';
import { combinedTopics, combinedTopicsMessage } from './combined-tags.ts';
import { nameInvisibleProblem, unseenDifference } from './invisible-in-names.ts';
import { hasInvisible } from '#/domain/reader-text.ts';

/** Longest topic URL form, in UTF-8 bytes (a folder name; file systems allow 255). */
export const MAX_TAG_SLUG_BYTES = 200;
/** Most articles a near miss may be on and still be taken for a misspelling copied by an import (round 27b #4). */
const MAX_COPIED = 3;
/** How many times as many articles the missed topic must have, for a near miss on more than one article. */
const RATIO = 3;

export interface TaggedArticle {
  file: string;
  tags: readonly string[];
  /** Publication time (epoch ms), to prefer the topic's first spelling on a tie. */
  published: number | undefined;
  at: (index: number) => Position | undefined;
}

interface Spelling {
  name: string;
  articles: number;
  first: number;
}

/**
 * `defined`: spellings set by `content/tags/<slug>.md`, by slug; they win over the articles' majority.
 * `topicFile`: the printed path of a topic's file (the content folder may live outside the project).
 */
export function checkTags(
  topicFiles: ReadonlyMap<string, string>,
  articles: readonly TaggedArticle[],
  report: Report,
  topicFile: (key: string) => string = (key) => `content/tags/${key}.md`,
): void {
  // A topic file whose name is not its topic's URL form (stored decomposed, an invisible character), or whose
  // `name:` holds an invisible character, has its own line asking to fix it; it defines no spelling, or the articles would be told their own spelling differs.
  // Nor does a `name:` that is another topic (`rail.md` named "Railways"): "write "Railways"" would move every
  // article to /tags/railways/ and leave the file's line standing (round 25a #13).
  const defined = new Map([...topicFiles].filter(([key, name]) => tagKey(key) === key && tagKey(name) === key && nameInvisibleProblem(key, '') === undefined && nameInvisibleProblem(name, '') === undefined));
  // A newsroom repeats its tags: each spelling's URL form is worked out once (20,000 tags: ~0.1 s less).
  const keyOf = memo(tagKey);
  const ownUrl = memo(tagHasOwnUrl);
  // slug → spelling (quotes straightened: tagSpelling) → how many articles use it
  const topics = new Map<string, Map<string, Spelling>>();
  // Tags already reported (no URL of their own, repeats): not reported again as variants.
  // (By article, then the tag's index: no key string built per tag.)
  const reported = new Map<TaggedArticle, Set<number>>();
  const markReported = (a: TaggedArticle, i: number) => (reported.get(a) ?? reported.set(a, new Set()).get(a)!).add(i);
  for (const a of articles) {
    const seen = new Map<string, string>();
    a.tags.forEach((tag, i) => {
      const where = a.at(i);
      if (!ownUrl(tag)) {
        markReported(a, i);
        report(a.file, `tags[${i}]`, `tag "${tag}" has no letters or digits, so it cannot have a topic page of its own; write the topic in words (or remove it)`, where);
        return;
      }
      const hidden = nameInvisibleProblem(tag, `tag "${tag}"`);
      if (hidden) {
        markReported(a, i);
        report(a.file, `tags[${i}]`, hidden, where);
        return;
      }
      // `<i>trade</i>` pasted from a CMS would be printed as typed and be a topic of its own, /tags/itradei/ (round 19).
      if (HTML_TAG.test(tag)) {
        markReported(a, i);
        const words = withoutHtmlTags(tag).replace(/\s+/g, ' ').trim();
        report(a.file, `tags[${i}]`, `tag "${tag}" holds an HTML tag, which would be printed as typed and make a topic of its own (${tagPath(keyOf(tag))}); tags are plain text: write ${words ? `"${words}"` : 'the topic in words'}`, where);
        return;
      }
      const mixed = mixedScriptProblem(tag);
      if (mixed) {
        markReported(a, i);
        report(a.file, `tags[${i}]`, mixed, where);
        return;
      }
      const key = keyOf(tag);
      // The topic's URL form names a folder: file systems cap a name at 255 bytes (stacked accents or a long
      // Indic tag can pass the 60-character limit and still exceed it).
      if (Buffer.byteLength(key) > MAX_TAG_SLUG_BYTES) {
        markReported(a, i);
        report(a.file, `tags[${i}]`, `tag "${tag}" makes a topic URL of ${Buffer.byteLength(key)} bytes (${tagPath(key).length > 80 ? 'too long' : tagPath(key)}); the limit is ${MAX_TAG_SLUG_BYTES}, so shorten the tag`, where);
        return;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        markReported(a, i);
        report(a.file, `tags[${i}]`, `tag "${tag}" repeats "${first}" (both are the topic ${tagPath(key)}); remove the repeat`, where);
        return;
      }
      seen.set(key, tag);
      const spellings = topics.get(key) ?? new Map<string, Spelling>();
      topics.set(key, spellings);
      // Curly and straight quotes are one spelling (`Traders’ week` as the topic page shows it, `Traders' week`).
      const spelling = tagSpelling(tag);
      const s = spellings.get(spelling) ?? { name: tag, articles: 0, first: Infinity };
      s.articles++;
      s.first = Math.min(s.first, a.published ?? Infinity);
      spellings.set(spelling, s);
    });
  }

  // The topic's spelling: the one most articles use; on a tie the earliest published, then one typed as editors
  // type (composed, nothing invisible: `unseenDifference` explains the other), then code-point order.
  const spellingOf = new Map<string, Spelling>();
  for (const [key, spellings] of topics) {
    const fixed = defined.get(key);
    const best = fixed !== undefined
      ? { name: fixed, articles: spellings.get(tagSpelling(fixed))?.articles ?? 0, first: 0 }
      : [...spellings.values()].sort((x, y) => y.articles - x.articles || x.first - y.first || typedOdd(x.name) - typedOdd(y.name) || (x.name < y.name ? -1 : 1))[0];
    if (best) spellingOf.set(key, best);
  }

  // Unconfirmed spellings (one article, no topic file) that are a near miss of a topic other articles use or a
  // topic file names (with or without articles yet). A misspelling an import copied to a few stories counts too,
  // when the topic it misses is used RATIO times as often, and is not the same word with
  // an ending (round 27b #4: "Salang Tunel" on 2 stories beside "Salang Tunnel" on 8 split the topic, silently).
  const copiedTypo = (key: string, other: string) => {
    const used = total(topics.get(key) ?? new Map());
    if (other.startsWith(key) || key.startsWith(other)) return false;
    // By use alone: a topic file confirms its own spelling, not that a bigger topic near it is a slip (Mali, Bali).
    return total(topics.get(other) ?? new Map()) >= RATIO * used;
  };
  const established = [...new Set([...[...topics.entries()].filter(([, s]) => total(s) > 1).map(([key]) => key), ...defined.keys()])];
  const nearIndex = new NearMissIndex(established);
  const nearMiss = new Map<string, string>();
  for (const [key, spellings] of topics) {
    const uses = total(spellings);
    if (uses > MAX_COPIED || defined.has(key)) continue;
    const firstUse = firstUseOf(spellings);
    // The warning belongs on the newer spelling: the one fewer articles use, and between two spellings with one
    // article each (the other confirmed by its topic file: Iran since September, then Iraq with
    // content/tags/iraq.md), the later one; the older article nobody touched is not blamed. A topic file with no
    // article yet has no date: a tag near it is always compared.
    const olderThan = (other: string) => {
      const used = topics.get(other);
      return used !== undefined && total(used) <= 1 && firstUse < firstUseOf(used);
    };
    // The nearest, the first in the index's order on a tie; each distance computed once and bounded (a sort's
    // comparator computed two full tables a comparison: 20 s for 20,000 numbered topics, round 14).
    let near: string | undefined;
    let nearest = Infinity;
    for (const other of nearIndex.candidates(key)) {
      const d = other === key ? undefined : nearDistance(key, other);
      if (d !== undefined && d < nearest && !olderThan(other) && (uses === 1 || copiedTypo(key, other))) [near, nearest] = [other, d];
    }
    if (near !== undefined) nearMiss.set(key, near);
  }

  // A topic the newsroom has: an article uses it, or a topic file names it.
  const topicNamed = (k: string) => k !== '' && (defined.has(k) || (topics.get(k)?.size ?? 0) > 0);

  // Topics written in Latin letters, by their skeleton: a tag of lookalike letters (Cyrillic, Greek, Armenian,
  // Cherokee, IPA) must not shadow one.
  const latin = new Map<string, string>();
  for (const key of [...topics.keys(), ...defined.keys()]) if (!hasLookalike(key)) latin.set(tagSkeleton(key), key);

  // Topics that are one word in interchangeable Arabic-script letters or digits (كابل, کابل): one spelling.
  const weights = new Map<string, TopicWeight>();
  for (const key of defined.keys()) weights.set(key, { defined: true, articles: 0, first: Infinity });
  for (const [key, spellings] of topics) weights.set(key, { defined: defined.has(key), articles: total(spellings), first: Math.min(...[...spellings.values()].map((s) => s.first)) });
  const variantOf = variantTopics(weights);

  // `/tags/2/` … are the topics index's pages (src/domain/routing.ts): a topic named by that number alone would share one.
  const indexPages = Math.ceil(new Set([...topics.keys(), ...defined.keys()]).size / INDEX_PAGE_SIZE);
  for (const a of articles) {
    a.tags.forEach((tag, i) => {
      if (reported.get(a)?.has(i)) return;
      const key = keyOf(tag);
      if (/^\d+$/.test(key) && Number(key) >= 2 && Number(key) <= indexPages) {
        report(a.file, `tags[${i}]`, `tag "${tag}" would have its page at ${tagPath(key)}, which is page ${Number(key)} of the topics index (${INDEX_PAGE_SIZE} topics a page); a topic needs a word besides the number: write e.g. "${tag} (number)" or what the number stands for`, a.at(i));
        return;
      }
      if (isDeviceName(key)) {
        report(a.file, `tags[${i}]`, `tag "${tag}" would have its page at ${tagPath(key)}, a folder name Windows keeps for a device (the site could not be built or copied there); write it with another word, e.g. "${tag} (topic)" or what it stands for`, a.at(i));
        return;
      }
      const shadowed = hasLookalike(key) ? latin.get(tagSkeleton(key)) : undefined;
      if (shadowed !== undefined && shadowed !== key) {
        const name = spellingOf.get(shadowed)?.name ?? defined.get(shadowed) ?? shadowed;
        report(a.file, `tags[${i}]`, `tag "${tag}" looks like the topic "${name}" (${tagPath(shadowed)}) but is written with letters that only look Latin (${lookalikeLetters(tag)}), which would make a second topic page; write "${name}"`, a.at(i));
        return;
      }
      const variant = variantOf.get(key);
      if (variant !== undefined) {
        const name = spellingOf.get(variant)?.name ?? defined.get(variant) ?? variant;
        report(a.file, `tags[${i}]`, `tag "${tag}" is the topic "${name}" (${tagPath(variant)}) with other forms of the same letters (it ${differingLetters(tag, name)}), which would make a second topic page that reads the same; a topic has one spelling: write "${name}"`, a.at(i));
        return;
      }
      const combined = defined.has(key) ? undefined : combinedTopics(tag, (part) => topicNamed(keyOf(part)));
      if (combined !== undefined) {
        const parts = combined.map((part) => {
          const partKey = keyOf(part);
          return { name: spellingOf.get(partKey)?.name ?? defined.get(partKey) ?? part, articles: total(topics.get(partKey) ?? new Map()) };
        });
        report(a.file, `tags[${i}]`, combinedTopicsMessage(tag, parts, topicFile(key), `name: ${yamlValue(tag)}`), a.at(i), 'warning');
        return;
      }
      const topic = spellingOf.get(key);
      // A topic file whose name holds an HTML tag has its own line (markdown-in-fields.ts): its articles are not
      // told to copy the tag into theirs (round 19b's leftover).
      if (topic && defined.has(key) && HTML_TAG.test(topic.name)) return;
      if (topic && tagSpelling(topic.name) !== tagSpelling(tag)) {
        const n = topic.articles;
        const who = defined.has(key) ? `${topicFile(key)} spells` : n === 1 ? 'another article spells' : `${n} articles spell`;
        report(
          a.file,
          `tags[${i}]`,
          `tag "${tag}"${unseenDifference(tag, topic.name) || dashDifference(tag, topic.name)} is the topic ${tagPath(key)}, which ${who} "${topic.name}"; a topic has one spelling: write "${topic.name}" (a different topic needs different letters, not just different case or punctuation)`,
          a.at(i),
        );
        return;
      }
      const near = nearMiss.get(key);
      if (near !== undefined) {
        const n = total(topics.get(near) ?? new Map());
        const name = spellingOf.get(near)?.name ?? defined.get(near) ?? near;
        const uses = n === 0 ? `${topicFile(near)}, no article yet` : n === 1 ? '1 article' : `${n} articles`;
        const own = total(topics.get(key) ?? new Map());
        report(
          a.file,
          `tags[${i}]`,
          `tag "${tag}" is on ${own === 1 ? 'no other article' : `${own} articles only`}, and the topic "${name}" (${uses}) is spelt almost the same; did you mean "${name}"? If "${tag}" is a topic of its own, create ${topicFile(key)} with "name: ${yamlValue(tag)}": a topic file accepts the spelling and silences this warning`,
          a.at(i),
          'warning',
        );
      }
    });
  }
}

/** `f` with its answers kept, for a pure function of one string. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    if (known.has(s)) return known.get(s) as T;
    const value = f(s);
    known.set(s, value);
    return value;
  };
}

/** When a topic was first published (Infinity for one no article uses yet: a topic file alone). */
function firstUseOf(spellings: Map<string, Spelling> | undefined): number {
  let first = Infinity;
  for (const s of spellings?.values() ?? []) first = Math.min(first, s.first);
  return first;
}

function total(spellings: Map<string, Spelling>): number {
  let n = 0;
  for (const s of spellings.values()) n += s.articles;
  return n;
}

/** The tag as a YAML value: plain when it reads back as itself, else quoted. */
function yamlValue(tag: string): string {
  const plain = /^[\p{L}\p{N}][^:#"'\[\]{},]*$/u.test(tag) && !/\s$/.test(tag) && !/^(?:true|false|null|yes|no|on|off|[-+.\d][\d._eE+-]*)$/i.test(tag);
  return plain ? tag : JSON.stringify(tag);
}

/** 1 for a spelling typed in a way readers cannot see (decomposed accents, an invisible character), else 0. */
function typedOdd(name: string): number {
  return name !== name.normalize('NFC') || hasInvisible(name) ? 1 : 0;
}
