/**
 * Markup that note-taking tools write and this site does not read (round 24a #6), printed as typed with no line:
 * wiki links `[[slug]]`, `[[slug|the words]]`, `[[slug#place]]` (Obsidian, Notion, Foam, Logseq), wiki embeds
 * `![[photo.png]]` (the photo was lost), and Pandoc or kramdown attributes after an image or a link
 * (`![…](./images/x.png){width=50%}`, `[…](…){.button}`), at the end of a heading (`## The vote {#vote}`) or on a line
 * of their own (kramdown's `{: .lead}`). One line each, with the Markdown to write. Outside code
 * (blankCode), one pass per pattern. `[[1]](https://…)` (a bracketed number as a link's words) and `[[x]][ref]`
 * are Markdown links, not wiki links, and pass.
 */
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { onePerLine, type LineProblem } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { headingIdAssigner } from '#/markdown/heading-ids.ts';

/** `[[target#place|words]]`, not escaped, not followed by what makes it a Markdown link (`(`, `[`, `:`). */
const WIKI = /(?<!\\)(!?)\[\[(?!\^)([^[\]\n|#]{1,200})(#[^[\]\n|]{0,200})?(?:\|([^[\]\n]{0,200}))?\]\](?![([:])/g;
const IMAGE_NAME = /\.(?:jpe?g|png|webp|avif|gif|svg|heic|tiff?)$/i;
const ATTRIBUTE = String.raw`(?:[.#][\w-]{1,60}|[\w-]{1,40}=(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[^\s{}]{1,100}))`;
/** `){width=50%}`, `){.class #id}`, kramdown's `){: .class}`: attributes right after a link's or an image's ")". */
const ATTRIBUTES = new RegExp(String.raw`\)(\{:?[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE}){0,20}[ \t]*\})`, 'g');

const ATTRIBUTE_LIST = String.raw`\{:?[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE}){0,20}[ \t]*\}`;
/** `## The vote {#vote .unnumbered}`: the heading's words, then its attributes (ATX headings; one space on each side of the lazy words, so a line costs one pass). */
const HEADING_ATTRIBUTES = new RegExp(String.raw`^[ \t]{0,3}#{1,6}[ \t]([^\n]*?)[ \t](${ATTRIBUTE_LIST})[ \t]*$`, 'gm');
/** kramdown's block attribute line, `{: .lead}`, below the block it styles. */
const BLOCK_ATTRIBUTES = new RegExp(String.raw`^[ \t]{0,3}(\{:[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE}){0,20}[ \t]*\})[ \t]*$`, 'gm');

const NOT_READ = 'which this site does not read: readers would see it as typed';

export interface WikiTargets {
  /** The path to write from this body to the article a wiki link names (its slug or file name), if there is one. */
  article: (name: string) => string | undefined;
  /** The path to write to a photo beside the article with this file name, if there is one. */
  image: (name: string) => string | undefined;
}

/** Wiki links (`link`) and wiki embeds of photos (`body`), one line each, at most a rule's lines of each. */
export function wikiLinks(body: string, bodyLine: number, targets: WikiTargets): { link: LineProblem[]; embed: LineProblem[] } {
  if (!body.includes('[[')) return { link: [], embed: [] };
  const links: { index: number; message: string }[] = [];
  const embeds: { index: number; message: string }[] = [];
  for (const m of blankCode(body).matchAll(WIKI)) {
    const [typed, bang, target = '', place = '', words] = m;
    const shown = `"${truncate(typed, 80)}"`;
    // A name may be a path (`2026/10/story`) or a file (`story.md`): its last part names the file.
    const name = (target.split(/[/\\]/).pop() ?? '').trim();
    if (bang && IMAGE_NAME.test(name)) {
      const path = targets.image(name) ?? `./images/${name}`;
      const where = targets.image(name) ? '' : ` (with the photo saved at ${path} beside the article)`;
      embeds.push({ index: m.index, message: `${shown} is a wiki embed (Obsidian, Notion), ${NOT_READ}, and the photo is not shown; write ![what it shows](${path})${where}` });
      continue;
    }
    const text = words?.trim() || 'the words to click';
    const path = targets.article(name.replace(/\.md$/i, ''));
    // `#The visit` names a heading: its id as pages give it (`#the-visit`).
    const anchor = place.length > 1 ? `#${headingIdAssigner(new Set())(place.slice(1), 1)}` : '';
    const fix = path
      ? `write a Markdown link: [${truncate(text, 60)}](${path}${anchor})`
      : `write a Markdown link to the article's file, e.g. [${truncate(text, 60)}](../10/story.md) (no article is named "${truncate(name, 60)}"), or remove it`;
    links.push({ index: m.index, message: `${shown} is a wiki ${bang ? 'embed' : 'link'} (Obsidian, Notion, Foam), ${NOT_READ}; ${fix}` });
  }
  const pos = positionFinder(body, bodyLine);
  return {
    link: onePerLine(links, pos, (n) => `…and ${n} more lines with wiki links below; write them as Markdown links too`),
    embed: onePerLine(embeds, pos, (n) => `…and ${n} more lines with wiki embeds below; write them as Markdown images too`),
  };
}

/** Pandoc or kramdown attributes after an image, a link or a heading, or on a line of their own, one line each. */
export function typedAttributes(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('{')) return [];
  const text = blankCode(body);
  const finds: { index: number; message: string }[] = [];
  for (const m of text.matchAll(HEADING_ATTRIBUTES)) {
    const [, words = '', attributes = ''] = m;
    const id = headingIdAssigner(new Set())(words, 1);
    finds.push({ index: m.index + m[0].lastIndexOf(attributes), message: `"${truncate(attributes, 60)}" after the heading is a Pandoc attribute, ${NOT_READ}; remove it: the heading's anchor comes from its words (#${id})` });
  }
  for (const m of text.matchAll(BLOCK_ATTRIBUTES)) {
    const attributes = m[1] ?? '';
    finds.push({ index: m.index + m[0].indexOf(attributes), message: `"${truncate(attributes, 60)}" is a kramdown attribute line, ${NOT_READ}; remove it: the site styles its blocks itself` });
  }
  if (body.includes('){')) for (const m of text.matchAll(ATTRIBUTES)) {
    const attributes = m[1] ?? '';
    // An image when the "[" that opens its words follows a "!": the last "](" before the ")" and its "[".
    const close = text.lastIndexOf('](', m.index);
    const open = close === -1 ? -1 : text.lastIndexOf('[', close);
    const image = open > 0 && text[open - 1] === '!';
    const what = image ? 'image' : 'link';
    const fix = image ? 'remove it: pages size and place photos themselves' : 'remove it: links are styled by the site';
    finds.push({ index: m.index + 1, message: `"${truncate(attributes, 60)}" after the ${what} is a Pandoc attribute, ${NOT_READ}; ${fix}` });
  }
  finds.sort((a, b) => a.index - b.index);
  return onePerLine(finds, positionFinder(body, bodyLine), (n) => `…and ${n} more lines with Pandoc attributes below; remove them too`);
}
