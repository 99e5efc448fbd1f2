/**
 * Words an editor wrote into an attribute that shows them as text (`<input value="…">`, `<optgroup label="…">`,
 * a `placeholder`, an image map's `alt`) on an element the page does not keep: the sanitiser removes the element
 * and its attributes, and the words vanish from the page, feeds and search without a trace. Elements the page keeps
 * (`<img alt>`) are left alone, and so are tags inside an element already reported as dropped with its words.
 * One pass over the body (code and comments already blanked); every pattern is bounded.
 */
import { parseEntities } from 'parse-entities';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';

/** Elements the page keeps (their attributes are the sanitiser's business, and `img alt` stays). */
const KEPT: ReadonlySet<string> = new Set(sanitizeSchema.tagNames ?? []);
/** Attributes whose value browsers show as text (a field's value or hint, a menu group's label, alternative text). */
const SHOWN = new Set(['value', 'placeholder', 'label', 'alt']);
const TAG = /<([A-Za-z][A-Za-z0-9-]{0,60})(\s[^<>]{0,2000})?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface DroppedAttribute {
  offset: number;
  message: string;
}

export function droppedAttributeText(text: string, skip: readonly { start: number; end: number }[] = []): DroppedAttribute[] {
  if (!text.includes('<')) return [];
  const out: DroppedAttribute[] = [];
  let next = 0;
  for (const m of text.matchAll(TAG)) {
    const name = (m[1] ?? '').toLowerCase();
    const attributes = m[2];
    if (!attributes || KEPT.has(name)) continue;
    // Skip tags inside an element reported with its words (`<select><option value="…">`): one line is enough.
    while (next < skip.length && skip[next]!.end <= m.index) next++;
    if (next < skip.length && skip[next]!.start <= m.index) continue;
    for (const a of attributes.matchAll(ATTRIBUTE)) {
      const attr = (a[1] ?? '').toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4];
      if (!SHOWN.has(attr) || raw === undefined) continue;
      const words = (raw.includes('&') ? parseEntities(raw) : raw).replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(words)) continue;
      const shown = words.length > 40 ? `${words.slice(0, 40)}…` : words;
      out.push({
        offset: m.index,
        message: `<${name}> holds words in its "${attr}" attribute ("${shown}") that the page drops with it (pages keep no <${name}>: no form controls or image maps); write the words as text, or remove the element`,
      });
      break;
    }
  }
  return out;
}
