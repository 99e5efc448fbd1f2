/**
 * Frontmatter YAML reads without complaint but not as the editor meant (round 7, finding 6):
 * - a backslash escape inside double quotes that YAML turns into an invisible or odd character: `"snake\_case"`
 *   (a Markdown habit) is a no-break space in the headline, `"C:\new folder"` a line break, `\t` a tab, `\a`, `\e`,
 *   `\0` control characters, `\N`, `\L`, `\P` line separators. Escapes that spell a character out (`\x41`, `\u00E9`,
 *   `\"`, `\\`, `\/`, `\ `) are deliberate and pass;
 * - a line `: value` whose field name is missing (YAML reads an empty key; the check would say `unknown field ""`
 *   on line 1); not when the line starts with a field name (a second value after the first, yaml-list-slips.ts);
 * - a date-time with a comma as its decimal sign inside `{ }`, where the comma ends the value (round 29).
 */
import { CST, isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import { isoVariant } from '#/domain/date-forms.ts';

export interface ValueSlip {
  /** Offset in the YAML text. */
  offset: number;
  message: string;
  /** The field the value is in (`corrections[0].date`), when it is not the top-level field of its line. */
  field?: string;
}

const ODD_ESCAPES: Record<string, string> = {
  _: 'a no-break space (U+00A0), not an underscore; write "_" without the backslash (Markdown escapes do not apply in frontmatter)',
  n: 'a line break; to write a backslash, double it ("\\\\") or put the value in single quotes',
  r: 'a carriage return; to write a backslash, double it ("\\\\") or put the value in single quotes',
  t: 'a tab; to write a backslash, double it ("\\\\") or put the value in single quotes',
  '0': 'the invisible control character U+0000; to write a backslash, double it ("\\\\")',
  a: 'the invisible control character U+0007; to write a backslash, double it ("\\\\") or put the value in single quotes',
  b: 'the invisible control character U+0008; to write a backslash, double it ("\\\\") or put the value in single quotes',
  e: 'the invisible control character U+001B; to write a backslash, double it ("\\\\") or put the value in single quotes',
  f: 'the invisible control character U+000C; to write a backslash, double it ("\\\\") or put the value in single quotes',
  v: 'the invisible control character U+000B; to write a backslash, double it ("\\\\") or put the value in single quotes',
  N: 'the line separator U+0085; to write a backslash, double it ("\\\\") or put the value in single quotes',
  L: 'the line separator U+2028; to write a backslash, double it ("\\\\") or put the value in single quotes',
  P: 'the paragraph separator U+2029; to write a backslash, double it ("\\\\") or put the value in single quotes',
};

/** Escapes in double-quoted values that YAML turns into another character than the one typed (first per value). */
export function oddEscapes(tokens: readonly CST.Token[]): ValueSlip[] {
  const out: ValueSlip[] = [];
  const scalars: { offset: number; source: string }[] = [];
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node?.type === 'double-quoted-scalar') scalars.push({ offset: node.offset, source: node.source });
      }
    });
  }
  for (const s of scalars) {
    for (let i = s.source.indexOf('\\'); i !== -1; i = s.source.indexOf('\\', i + 2)) {
      const c = s.source[i + 1] ?? '';
      const why = ODD_ESCAPES[c];
      if (!why) continue;
      out.push({ offset: s.offset + i, message: `"\\${c}" inside double quotes is YAML's escape for ${why}` });
      break;
    }
  }
  return out;
}

/**
 * A date-time with a comma as its decimal sign inside `{ }` (`corrections: [{date: 2026-11-20T11:00:00,5+04:30, …}]`,
 * round 29): there the comma ends the value, and YAML reads a date-time without its offset and a field `5+04:30`,
 * two lines that miss the point. One line instead, with the value to write.
 */
export function commaDecimalDates(doc: Document, yaml: string): ValueSlip[] {
  const out: ValueSlip[] = [];
  visit(doc, {
    Map(_, map, path) {
      if (!map.flow) return;
      map.items.forEach((pair, i) => {
        const next = map.items[i + 1];
        const value = pair.value;
        const tail = next?.key;
        if (!isScalar(value) || !isScalar(tail) || next?.value != null || value.type !== 'PLAIN' || !value.range || !tail.range) return;
        const [date, rest] = [yaml.slice(value.range[0], value.range[1]), yaml.slice(tail.range[0], tail.range[1])];
        if (yaml.slice(value.range[1], tail.range[0]) !== ',' || !/^\d{1,9}(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.test(rest)) return;
        const variant = isoVariant(`${date},${rest}`);
        if (!variant) return;
        out.push({ offset: value.range[0], field: fieldPath([...path, map], pair.key), message: `"${date},${rest}" has a comma as its decimal sign, which inside { } also ends the value (YAML reads "${date}" and a field "${rest}"); write "${variant.write}"` });
      });
    },
  });
  return out;
}

/** `corrections[0].date`: the field name of `key` in the innermost of `ancestors` (the document first). */
function fieldPath(ancestors: readonly unknown[], key: unknown): string {
  let name = '';
  ancestors.forEach((node, i) => {
    if (isPair(node)) name += `${name ? '.' : ''}${isScalar(node.key) ? String(node.key.value) : ''}`;
    else if (isSeq(node)) name += `[${node.items.indexOf(ancestors[i + 1] as never)}]`;
  });
  return `${name}${name ? '.' : ''}${isScalar(key) ? String(key.value) : ''}`;
}

/** `: value` lines at the top level: a value without a field name. */
export function keylessPairs(doc: Document, yaml: string): ValueSlip[] {
  if (!isMap(doc.contents)) return [];
  const out: ValueSlip[] = [];
  for (const pair of doc.contents.items) {
    const key = pair.key;
    if (key !== null && !(isScalar(key) && (key.value === null || key.value === ''))) continue;
    const valueStart = (pair.value as { range?: [number, number, number] } | null)?.range?.[0];
    const keyStart = isScalar(key) ? key.range?.[0] : undefined;
    const at = keyStart ?? valueStart;
    if (at === undefined) continue;
    const lineStart = yaml.lastIndexOf('\n', at - 1) + 1;
    // `corrections: {…}, {…}`: the line has its field name, and the value YAML could not place is the second
    // value on it (yaml-list-slips.ts says so).
    if (/^[ \t]*[A-Za-z_][\w-]*:[ \t]/.test(yaml.slice(lineStart, at))) continue;
    const colon = yaml.indexOf(':', lineStart);
    out.push({ offset: colon === -1 || colon > at ? lineStart : colon, message: 'this line has a value but no field name before its ":"; write the name of the field (e.g. "dateline: KABUL"), or remove the line' });
  }
  return out;
}
