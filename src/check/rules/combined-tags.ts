/**
 * Two topics typed as one tag (round 15, finding 4): `- trade, transit` in a list, `"trade; transit"`,
 * `rail / trade`, `rail|trade`. The story gets a topic page of its own (/tags/trade-transit/) and silently leaves
 * /tags/trade/ and /tags/transit/. When every part is a topic the newsroom already has (articles use it, or a topic
 * file names it), the tag is almost always that slip: a warning, which a topic file for the whole tag accepts
 * ("Israel/Palestine" may be a topic of its own), as it accepts a near miss.
 */

/** What splits one tag into topics as editors type lists. */
const SEPARATORS = /\s*[,;|/]\s*/;

/**
 * The parts of `tag` when it holds a separator and every part is a topic (`isTopic`, by its URL form); else
 * undefined. At most 20 parts are looked at: a tag is at most 60 characters.
 */
export function combinedTopics(tag: string, isTopic: (part: string) => boolean): string[] | undefined {
  if (!SEPARATORS.test(tag)) return undefined;
  const parts = tag.split(SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 20) return undefined;
  return parts.every(isTopic) ? parts : undefined;
}

/** The warning for `tag`, whose parts are the topics named (with their article counts). */
export function combinedTopicsMessage(tag: string, parts: readonly { name: string; articles: number }[], topicFile: string, nameLine: string): string {
  const named = parts.map((p) => `"${p.name}" (${p.articles === 0 ? 'a topic file' : p.articles === 1 ? '1 article' : `${p.articles} articles`})`);
  const list = named.length === 2 ? `${named[0]} and ${named[1]}` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `tag "${tag}" is one topic of its own, but ${list} are topics already: write them as separate tags (${parts.map((p) => p.name).join(', ')}) so the story is on their pages; if "${tag}" is a topic of its own, create ${topicFile} with "${nameLine}": a topic file accepts it and silences this warning`;
}
