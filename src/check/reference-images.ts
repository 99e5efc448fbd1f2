/**
 * Reference-style images (`![alt][ref]`, `![alt][]`, `![alt]` with a `[ref]: url` definition), resolved exactly
 * as the renderer resolves them: the body goes through the renderer's own remark stage (src/markdown/pipeline.ts)
 * and every `imageReference` takes the URL of the first definition of its label (case-insensitive, as
 * mdast-util-to-hast looks it up). The content check, the loader (which hands local photos to Astro) and the
 * page all read body images through `bodyImages` (body-images.ts), so an inline image and a reference image go
 * through one set of rules: a local file inside content/, imageHosts for remote ones, never a site page.
 *
 * Only bodies that hold both an image opener `![` and a definition marker `]:` are parsed; every other body has
 * no reference image to find (and news copy almost never has one).
 */
import remarkParse from 'remark-parse';
import type { Definition, ImageReference, Nodes, Root } from 'mdast';
import { unified, type PluggableList } from 'unified';
import { markdownPlugins } from '#/markdown/pipeline.ts';
import { htmlScanProblem } from '#/markdown/html-scan-cost.ts';
import type { BodyLink } from './link-scan.ts';

export interface ReferenceImage extends BodyLink {
  /** The reference as written, `[t]`, `[]` or `` (shortcut), to show in messages. */
  reference: string;
  /** The definition's label, upper-cased as the renderer keys it. */
  label: string;
  /** The definition's address as the editor wrote it (`href` is what the renderer makes of it), for messages. */
  written: string;
}

export interface ReferenceImages {
  images: ReferenceImage[];
  /** Labels (upper-cased) of the definitions images use. */
  imageLabels: Set<string>;
  /** Lines (in the file) of definitions that images use and no link does: they are images, not links. */
  imageOnlyDefinitionLines: Set<number>;
}

const NONE: ReferenceImages = { images: [], imageLabels: new Set(), imageOnlyDefinitionLines: new Set() };
/** The last body read: the image, link and definition rules each ask for the same body in turn. */
let last: { body: string; firstLine: number; found: ReferenceImages } | undefined;

let processor: ReturnType<typeof remarkStage> | undefined;

function remarkStage() {
  const { remark } = markdownPlugins('fast');
  return unified()
    .use(remarkParse)
    .use(remark as PluggableList)
    .freeze();
}

/** Whether a body may hold a reference image at all (cheap; a superset of the bodies that do). */
export function mayHaveReferenceImages(body: string): boolean {
  return body.includes('![') && body.includes(']:');
}

/** The reference images of a body, with their positions (`firstLine` is the body's first line in the file). */
export function referenceImages(body: string, firstLine = 1): ReferenceImages {
  if (!mayHaveReferenceImages(body)) return NONE;
  if (last?.body === body && last.firstLine === firstLine) return last.found;
  const found = resolveReferenceImages(body, firstLine);
  last = { body, firstLine, found };
  return found;
}

function resolveReferenceImages(body: string, firstLine: number): ReferenceImages {
  // A body the parser would rescan quadratically is refused by the check (html-scan-cost.ts) and not parsed.
  if (htmlScanProblem(body)) return NONE;
  processor ??= remarkStage();
  const tree = processor.runSync(processor.parse(body)) as Root;
  const definitions = new Map<string, Definition>();
  const imageRefs: ImageReference[] = [];
  const linkLabels = new Set<string>();
  // Iterative walk: nesting is bounded by the check before this runs, but a walker should not depend on it.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      const id = node.identifier.toUpperCase();
      if (!definitions.has(id)) definitions.set(id, node);
    } else if (node.type === 'imageReference') imageRefs.push(node);
    else if (node.type === 'linkReference') linkLabels.add(node.identifier.toUpperCase());
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  if (!imageRefs.length) return NONE;
  const images: ReferenceImage[] = [];
  const imageLabels = new Set<string>();
  for (const ref of imageRefs) {
    const label = ref.identifier.toUpperCase();
    const definition = definitions.get(label);
    if (!definition) continue;
    imageLabels.add(label);
    const start = ref.position?.start;
    const written = ref.position ? body.slice(ref.position.start.offset, ref.position.end.offset) : '';
    const reference = ref.referenceType === 'full' ? written.slice(written.lastIndexOf('[')) : ref.referenceType === 'collapsed' ? '[]' : '';
    images.push({
      text: ref.alt ?? '',
      href: definition.url,
      line: (start?.line ?? 1) + firstLine - 1,
      column: start?.column ?? 1,
      reference,
      label,
      written: writtenAddress(body, definition) ?? definition.url,
    });
  }
  const imageOnlyDefinitionLines = new Set<number>();
  for (const [label, definition] of definitions) {
    const line = definition.position?.start.line;
    if (imageLabels.has(label) && !linkLabels.has(label) && line !== undefined) imageOnlyDefinitionLines.add(line + firstLine - 1);
  }
  return { images, imageLabels, imageOnlyDefinitionLines };
}

/** The address of a definition as written (`[t]: <./a b.png> "title"` → `<./a b.png>`). */
function writtenAddress(body: string, definition: Definition): string | undefined {
  const { start, end } = definition.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  const source = body.slice(start.offset, end.offset);
  return /\]:\s*(<[^>\n]*>|\S+)/.exec(source)?.[1];
}
