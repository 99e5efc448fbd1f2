/**
 * Topics that are one word spelt with interchangeable letters (Arabic kaf and Persian keheh, the yeh forms,
 * tatweel, Persian and ASCII digits): their skeletons (src/check/rules/tag-lookalikes.ts) are equal though their
 * URLs differ. The topic keeps the spelling that wins (a `content/tags/` file, then most articles, then the
 * earliest); every other spelling is an error naming the letters that differ.
 */
import { tagSpelling } from '#/domain/tags.ts';
import { TAG_DASHES } from '#/domain/urls.ts';
import { codePoint } from './invisible-chars.ts';
import { hasLookalike, tagSkeleton } from './tag-lookalikes.ts';

export interface TopicWeight {
  /** Set by a file in `content/tags/`. */
  defined: boolean;
  articles: number;
  /** Earliest publication (epoch ms), Infinity when unknown. */
  first: number;
}

/** Topic key → the key of the topic it is a variant spelling of. Cyrillic and Greek lookalikes are left to their own rule. */
export function variantTopics(weights: ReadonlyMap<string, TopicWeight>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of weights.keys()) {
    if (hasLookalike(key)) continue;
    const skeleton = tagSkeleton(key);
    const group = groups.get(skeleton) ?? [];
    group.push(key);
    groups.set(skeleton, group);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rank = (k: string) => weights.get(k) ?? { defined: false, articles: 0, first: Infinity };
    const [winner] = [...group].sort((x, y) => {
      const a = rank(x);
      const b = rank(y);
      return Number(b.defined) - Number(a.defined) || b.articles - a.articles || a.first - b.first || (x < y ? -1 : 1);
    });
    for (const key of group) if (winner !== undefined && key !== winner) out.set(key, winner);
  }
  return out;
}

/** `"ك" (U+0643) where "کابل" has "ک" (U+06A9)`: the characters that differ between two spellings. */
export function differingLetters(tag: string, topic: string): string {
  const mine = new Set(tag);
  const theirs = new Set(topic);
  const show = (chars: string[]) => chars.map((c) => `"${c}" (${codePoint(c)})`).join(', ');
  const here = [...mine].filter((c) => !theirs.has(c));
  const there = [...theirs].filter((c) => !mine.has(c));
  if (here.length === 0) return `leaves out ${show(there)}`;
  return there.length === 0 ? `adds ${show(here)}` : `writes ${show(here)} where "${topic}" has ${show(there)}`;
}

const DASH_NAMES: Readonly<Record<string, string>> = {
  '\u2010': 'U+2010 (hyphen)',
  '\u2011': 'U+2011 (non-breaking hyphen)',
  '\u2012': 'U+2012 (figure dash)',
  '\u2013': 'U+2013 (en dash)',
  '\u2014': 'U+2014 (em dash)',
  '\u2212': 'U+2212 (minus sign)',
};

/**
 * ` (it holds U+2011 (non-breaking hyphen) where "COVID-19" has "-")`, when two spellings of one topic differ only
 * in the dashes its URL folds to `-` (src/domain/urls.ts `TAG_DASHES`): the two read the same, so the line names
 * the character (round 24a #4); else ''.
 */
export function dashDifference(tag: string, topic: string): string {
  const plain = (s: string) => tagSpelling(s).replace(TAG_DASHES, '-');
  if (tag === topic || plain(tag) !== plain(topic)) return '';
  const mine = [...tagSpelling(tag)];
  const theirs = [...tagSpelling(topic)];
  const at = mine.findIndex((c, i) => c !== theirs[i]);
  const here = mine[at] ?? '';
  const there = theirs[at] ?? '';
  const name = (c: string) => DASH_NAMES[c] ?? `"${c}"`;
  return ` (it holds ${name(here)} where "${topic}" has ${name(there)})`;
}
