/**
 * Layout slips the YAML parser reports far from their cause, found on the lines as written. Asked only once the
 * parser has failed, so valid frontmatter is never second-guessed; each found slip replaces the parser's own
 * complaints (which are its consequences, often on other lines) with one line at the slip:
 * - an invisible or unusual space after a field's colon (a no-break space pasted from a word processor): YAML
 *   needs an ordinary space there, so it reads the whole line as a key that runs on; a look-alike colon (`：`);
 * - a value starting with `? `, `- ` or `: `, which YAML reads as a key, a list item or a value indicator;
 * - a first field indented while the fields below it are not: YAML takes the first line's indentation for the
 *   whole list and blames every later field;
 * - the slips of yaml-slips.ts: no space after a colon, `=` for `:`, text after a closing quote, a value starting
 *   with `[`, `{`, `>` or `|`, a bracket too many.
 */
import { codePoint } from './invisible-chars.ts';
import { lookalikeName } from '#/domain/date-lookalikes.ts';
import { keylessSlip, valueSlip } from './yaml-slips.ts';

export interface LayoutSlip {
  /** Offset in the YAML text. */
  offset: number;
  /** The field the slip is in, when the line names one. */
  field?: string | undefined;
  message: string;
}

// Spaces that look like one but are not YAML's space or tab.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
const KEY = /^([ \t]*)(?:-[ \t]+)?([A-Za-z_][\w-]*):/;
const INDICATOR: Record<string, string> = {
  '?': 'a complex key',
  '-': 'a list item',
  ':': 'the start of a value',
};

// Colons other scripts' keyboards type, which look like ":" after a field name.
const LOOKALIKE_COLON = /^([ \t]*)(?:-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*([\uFF1A\uFE55\uFE13\u2236\uA789])/;

function spaceName(c: string): string {
  return c === '\u00A0' ? `a no-break space (${codePoint(c)})` : `an unusual space (${codePoint(c)})`;
}

export function yamlLayoutSlips(yaml: string): LayoutSlip[] {
  const slips: LayoutSlip[] = [];
  const lines = yaml.split('\n');
  let offset = 0;
  let firstKey: { indent: number; offset: number; key: string } | undefined;
  let outdented = false;
  let blockIndent = -1;
  // The quote a value opened and has not closed yet: the lines up to its close are text, not fields.
  let openQuote: string | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const start = offset;
    offset += raw.length + 1;
    if (openQuote) {
      if (closes(line, openQuote)) openQuote = undefined;
      continue;
    }
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    // Lines of a block scalar (`|`, `>`) are text, not fields.
    if (blockIndent >= 0 && indent > blockIndent) continue;
    blockIndent = -1;
    const key = KEY.exec(line);
    const lead = ODD_SPACE.exec(line.slice(0, indent + 1));
    if (lead && lead.index === indent) {
      slips.push({ offset: start + indent, message: `the line starts with ${spaceName(lead[0])}, which YAML does not read as indentation; retype it with ordinary spaces` });
      continue;
    }
    if (!key) {
      // A colon typed by a CJK input method (`dateline： KABUL`) is no colon to YAML (round 28b #12: "a closing
      // quote or bracket is missing" in a file without either).
      const colon = LOOKALIKE_COLON.exec(line);
      if (colon) {
        const c = colon[3] ?? '';
        slips.push({ offset: start + colon[0].length - c.length, field: colon[2], message: `the ":" after "${colon[2]}" is ${lookalikeName(c, ':') ?? 'a look-alike colon'} (${codePoint(c)}), which YAML does not read as one; retype it as ":"` });
        continue;
      }
      // A key followed by an odd space is no key to YAML: `title:\u00A0Kabul` reads as one long key.
      const odd = /^([ \t]*)([A-Za-z_][\w-]*):([\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF])/.exec(line);
      if (odd) {
        slips.push({ offset: start + (odd[1]?.length ?? 0) + (odd[2]?.length ?? 0) + 1, field: odd[2], message: `the space after "${odd[2]}:" is ${spaceName(odd[3] ?? '')}, which YAML does not read as a space; retype it as an ordinary space` });
        continue;
      }
      const keyless = keylessSlip(line);
      if (keyless) slips.push({ offset: start + keyless.at, field: keyless.field, message: keyless.message });
      continue;
    }
    const after = line.slice(key[0].length);
    const odd = ODD_SPACE.exec(after.slice(0, 1));
    if (odd) {
      slips.push({ offset: start + key[0].length, field: key[2], message: `the space after "${key[2]}:" is ${spaceName(odd[0])}, which YAML does not read as a space; retype it as an ordinary space` });
      continue;
    }
    if (after !== '' && !/^[ \t]/.test(after)) {
      // `source:Reuters`: no space after the colon.
      const glued = keylessSlip(line);
      if (glued) slips.push({ offset: start + glued.at, field: glued.field, message: glued.message });
      continue;
    }
    const value = /^[ \t]+(.*)$/.exec(after)?.[1] ?? '';
    const indicator = /^([?:-])(?:[ \t]|$)/.exec(value)?.[1];
    if (indicator) {
      const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      slips.push({ offset: start + key[0].length + (after.length - value.length), field: key[2], message: `the value starts with "${indicator}" and a space, which YAML reads as ${INDICATOR[indicator]}; put the whole value in quotes: ${key[2]}: ${quoted}` });
      continue;
    }
    const slip = valueSlip(key[2] ?? '', value.replace(/\r$/, ''));
    if (slip) {
      slips.push({ offset: start + key[0].length + (after.length - value.length) + slip.at, field: key[2], message: slip.message });
      continue;
    }
    if (/^[|>]/.test(value)) blockIndent = indent;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && !closes(value.slice(1), quote)) openQuote = quote;
    if (!firstKey) firstKey = { indent: key[1]?.length ?? 0, offset: start, key: key[2] ?? '' };
    else if ((key[1]?.length ?? 0) < firstKey.indent) outdented = true;
  }
  if (slips.length === 0 && firstKey && firstKey.indent > 0 && outdented) {
    const n = firstKey.indent;
    slips.push({ offset: firstKey.offset, field: firstKey.key, message: `the first field, "${firstKey.key}", is indented by ${n} ${n === 1 ? 'space' : 'spaces'} but the fields below it are not; start it at the beginning of the line` });
  }
  return slips;
}

/** Whether `text` holds the closing `quote` (an unescaped `"`, or a `'` that is not doubled). */
function closes(text: string, quote: string): boolean {
  const re = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/ : /'(?!')/;
  return re.test(quote === "'" ? text.replace(/''/g, '') : text);
}
