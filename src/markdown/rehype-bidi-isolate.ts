/**
 * A right-to-left phrase followed by a number in left-to-right text is its own island (`<bdi>`): without one, the
 * Unicode bidi algorithm reads the digits as part of the Arabic-script phrase and shows them before it
 * (`the sign read کابل 2026` was shown as `the sign read 2026 کابل`; round 25 leftover). Only where a number follows
 * the phrase (after spaces or punctuation): a phrase anywhere else already stays in place (the rule, shared with
 * headlines, standfirsts and social cards: src/client/bidi-runs.ts). Not in right-to-left
 * articles, inside code, or under an element that sets its own `dir`. In right-to-left articles, the other way
 * round: code and bare addresses are left-to-right islands (leftToRightIslands).
 */
import type { Element, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { isolatedRuns, isRightToLeftRun, numberFollows } from '#/client/bidi-runs.ts';
import { textDirection } from '#/domain/text-direction.ts';
import { site } from '#/site.config.ts';
import { eachElement } from './each-element.ts';

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'textarea', 'bdi', 'bdo']);

/** A text node cut where it needs islands (the shared rule, src/client/bidi-runs.ts), or undefined. */
function isolate(text: Text): RootContent[] | undefined {
  return isolatedRuns(text.value)?.map((p): RootContent =>
    p.isolate ? { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: p.text }] } : { type: 'text', value: p.text },
  );
}

/** Inline elements that are no island of their own: `*قیمت* 40` reads the digits into the phrase as plain text does. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'u']);

/** An inline element whose whole text is one right-to-left phrase (`*قیمت*`). */
function wholeRun(node: RootContent): boolean {
  if (node.type !== 'element' || !INLINE.has(node.tagName) || node.properties['dir'] !== undefined) return false;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && isRightToLeftRun(only.value);
}

/**
 * Rebuilds the child list in one pass into a new array: splicing a text node's parts in (`splice(i, 1, ...parts)`)
 * spread 133,332 parts into one call's arguments and overflowed the stack on `'ک1'.repeat(66666)` (round 36 F5).
 */
function isolateChildren(parent: Root | Element): void {
  const children = parent.children as RootContent[];
  let out: RootContent[] | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    let replaced: RootContent | RootContent[] | undefined;
    if (child.type === 'text') replaced = isolate(child);
    else if (wholeRun(child)) {
      const next = children[i + 1];
      if (next?.type === 'text' && numberFollows(next.value, 0)) replaced = { type: 'element', tagName: 'bdi', properties: {}, children: [child as Element] };
    }
    if (replaced && !out) out = children.slice(0, i);
    if (!out) continue;
    if (Array.isArray(replaced)) for (const part of replaced) out.push(part);
    else out.push(replaced ?? child);
  }
  if (out) parent.children = out as typeof parent.children;
}

/** Code as typed: its own direction (a command or a formula reads left to right), not the article's. */
const CODE = new Set(['pre', 'code', 'kbd', 'samp']);

/**
 * The counterpart in a right-to-left article (round 28a #6): code and a link whose words are its address are set in
 * their own direction. In a Pashto article `$ npm run build;` was shown `;npm run build $`, a code block opened
 * scrolled to the end of its lines, and `https://example.org/reports/` read `/https://example.org/reports`.
 * Code gets `dir="auto"` (its first letter decides: a snippet of Dari stays right to left); an address `ltr`.
 */
function leftToRightIslands(tree: Root): void {
  eachElement(tree, (node, _parent, index) => {
    if (node.properties['dir'] !== undefined) return undefined;
    if (CODE.has(node.tagName)) {
      node.properties['dir'] = 'auto';
      return index + 1;
    }
    const classes = node.properties['className'];
    if (node.tagName === 'a' && Array.isArray(classes) && classes.includes('url-text')) node.properties['dir'] = 'ltr';
    return undefined;
  });
}

export default function rehypeBidiIsolate() {
  return (tree: Root, file: VFile) => {
    const lang = typeof file.data['lang'] === 'string' ? file.data['lang'] : site.lang;
    if (textDirection(lang) === 'rtl') return leftToRightIslands(tree);
    isolateChildren(tree);
    eachElement(tree, (node, _parent, index) => {
      // An element that sets its own direction (or code) is left as written, with everything inside it.
      if (SKIP.has(node.tagName) || node.properties['dir'] !== undefined) return index + 1;
      isolateChildren(node);
      return undefined;
    });
  };
}
