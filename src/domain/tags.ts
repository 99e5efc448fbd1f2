/**
 * What makes two tags the same topic: the one definition the content check and the pages share. A topic is its
 * page, `/tags/<slug>/`: tags with the same slug are the same topic and must be spelled the same way (the check
 * enforces it), and a tag with no letters or digits has no slug of its own and is refused.
 */
import { typeset } from './typography.ts';
import { bareTagSlug, tagSlug } from './urls.ts';

/** The topic a tag belongs to: its URL slug. */
export function tagKey(tag: string): string {
  return tagSlug(tag);
}

/** Whether the tag makes a URL of its own (`!!!`, `---`, `😀` do not: they would all share the fallback). */
export function tagHasOwnUrl(tag: string): boolean {
  return bareTagSlug(tag) !== '';
}

/**
 * A tag's spelling as the one-spelling rule compares it: curly quotes and apostrophes written straight. The pages
 * typeset a topic's name (`Traders' week` is shown `Traders’ week`), so an editor who copies the name from a topic
 * page types the curly form: `Traders’ week` and `Traders' week` are one spelling, not two.
 */
export function tagSpelling(tag: string): string {
  return tag.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** How a topic's name is shown (pages, feeds, JSON-LD): its spelling typeset, the same for either quote style. */
export function topicName(tag: string): string {
  return typeset(tagSpelling(tag));
}

export interface Topic {
  /** URL slug. */
  slug: string;
  /** How the topic is written: the spelling its articles share (the check refuses variants). */
  name: string;
}

/** The topics of an article, one per slug, in the order written. */
export function topicsOf(tags: readonly string[]): Topic[] {
  const seen = new Set<string>();
  const out: Topic[] = [];
  for (const name of tags) {
    const slug = tagKey(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ slug, name });
  }
  return out;
}
