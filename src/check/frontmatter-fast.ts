/**
 * A fast path for the frontmatter most articles have: one `field: value` per line, values that are quoted
 * strings, plain text or flow lists (`[a, b]`). It returns exactly what the YAML 1.2 parser would, with the same
 * positions, or `undefined` whenever anything is outside that subset (comments after values, nested fields,
 * block lists, escapes, numbers, booleans, nulls, repeated keys…), and the real parser takes over. At 10,000
 * articles YAML parsing was half of `check:content`; this keeps it well inside a save-time budget.
 */
import type { Position } from './position.ts';

export interface FastFrontmatter {
  data: Record<string, unknown>;
  locate(path: readonly PropertyKey[]): Position;
}

const LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]+(.*?)[ \t]*$/;
// YAML trims only spaces and tabs; JavaScript's trim() would also take no-break and other Unicode spaces.
const yamlTrim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, '');
const DOUBLE = /^"([^"\\]*)"$/;
const SINGLE = /^'([^']*)'$/;
// Plain scalars that are safely strings: start with a letter or digit, no YAML indicators (#, :space, [, ], {, }, comma).
const PLAIN = /^[\p{L}\p{N}][^#,[\]{}"'\n]*$/u;
// What YAML 1.2's core schema would read as something other than a string: leave those to the parser.
const NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function scalar(raw: string): string | undefined {
  let m = DOUBLE.exec(raw);
  if (m) return m[1];
  m = SINGLE.exec(raw);
  if (m) return m[1];
  // A trailing ":" would make YAML read a key (an error, or a one-pair map in a list).
  if (PLAIN.test(raw) && !NON_STRING.test(raw) && !/:[ \t]|[ \t]$|:$/.test(raw)) return raw;
  return undefined;
}

/** `yamlText` is the frontmatter between the fences; `firstLine` is the file line it starts on. */
export function parseSimpleFrontmatter(yamlText: string, firstLine: number): FastFrontmatter | undefined {
  const data: Record<string, unknown> = {};
  const positions = new Map<string, Position>();
  const lines = yamlText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (/^[ \t]*$/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m || m[1] === undefined || m[2] === undefined) return undefined;
    const [key, raw] = [m[1], m[2]];
    // Keys YAML reads as something other than their text (null) or that would touch the prototype: leave to YAML.
    if (Object.hasOwn(data, key) || raw === '' || key === '__proto__' || NON_STRING.test(key)) return undefined;
    const valueColumn = line.indexOf(raw, key.length + 1) + 1;
    const at = (column: number): Position => ({ line: firstLine + i, column });
    if (raw.startsWith('[')) {
      if (!raw.endsWith(']')) return undefined;
      const inner = raw.slice(1, -1);
      const items: string[] = [];
      if (yamlTrim(inner) !== '') {
        let offset = 1;
        for (const part of inner.split(',')) {
          const item = yamlTrim(part);
          const value = scalar(item);
          if (value === undefined || item.startsWith("'") || /[[\]{}]/.test(item)) return undefined;
          positions.set(JSON.stringify([key, items.length]), at(valueColumn + offset + part.indexOf(item)));
          items.push(value);
          offset += part.length + 1;
        }
      }
      data[key] = items;
    } else {
      const value = scalar(raw);
      if (value === undefined) return undefined;
      data[key] = value;
    }
    positions.set(JSON.stringify([key]), at(valueColumn));
  }
  return {
    data,
    locate(path) {
      for (let n = path.length; n > 0; n--) {
        const pos = positions.get(JSON.stringify(path.slice(0, n)));
        if (pos) return pos;
      }
      return { line: 1, column: 1 };
    },
  };
}
