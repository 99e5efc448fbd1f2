/**
 * Common YAML slips named by their real cause (round 7, finding 6), found on the line as written once the parser
 * has failed (called from yaml-layout.ts): a field without the space after its colon (`source:Reuters`) or written
 * with `=`; text after a quoted value's closing quote (an apostrophe inside single quotes, a quote inside double
 * quotes, `"KABUL" (Reuters)`); a value starting with `[` or `{` (a list or mapping to YAML) or with the block
 * indicators `>` and `|`; a list with one closing bracket too many; words after a list or set of fields
 * (yaml-list-slips.ts). Each returns the offset in the line and the line
 * to print; the parser's own complaint ("Implicit map keys need to be followed by map values") names none of these.
 */
import { closingQuote, matchingBracket } from './yaml-brackets.ts';
import { listOrSetSlip } from './yaml-list-slips.ts';

export interface LineSlip {
  /** Offset in the line. */
  at: number;
  field?: string;
  message: string;
}

/** `"…"` with YAML's double-quote escapes, for a value shown in a fix. */
export function doubleQuoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A line that names a field but is no `field: value` line: `source:Reuters`, `dateline = KABUL`. */
export function keylessSlip(line: string): LineSlip | undefined {
  const glued = /^([ \t]*)([A-Za-z_][\w-]*):(?![ \t]|$)(.*)$/.exec(line);
  if (glued) {
    const [, indent = '', key = '', value = ''] = glued;
    return { at: indent.length + key.length + 1, field: key, message: `there is no space after "${key}:", so YAML reads "${key}:${value.slice(0, 20)}${value.length > 20 ? '…' : ''}" as text, not as the field "${key}"; put a space after the colon: ${key}: ${value.slice(0, 40)}` };
  }
  const equals = /^([ \t]*)([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*)$/.exec(line);
  if (equals) {
    const [, indent = '', key = '', value = ''] = equals;
    return { at: indent.length, field: key, message: `fields are written "name: value", not with "="; write ${key}: ${value.slice(0, 40)}` };
  }
  return undefined;
}

/** The slip in a field's value as written (after `key: `), or undefined. `at` is the offset in `value`. */
export function valueSlip(key: string, value: string): LineSlip | undefined {
  const first = value[0];
  if (first === '"' || first === "'") return afterQuote(key, value, first);
  if (first === '[' || first === '{') return afterFlow(key, value, first);
  const block = /^([|>])[-+1-9]{0,2}[ \t]+([^#\s].*)$/.exec(value);
  if (block) {
    const kind = block[1] === '>' ? 'a folded block' : 'a literal block';
    return { at: 0, message: `the value starts with "${block[1]}", which YAML reads as the start of ${kind} (text on the lines below), so the words after it on this line are not allowed; put the whole value in quotes: ${key}: ${doubleQuoted(value.trimEnd())}` };
  }
  return undefined;
}

/** Text after the closing quote of a quoted value. */
function afterQuote(key: string, value: string, quote: string): LineSlip | undefined {
  const close = closingQuote(value, quote);
  if (close === -1) return undefined;
  const rest = value.slice(close + 1);
  const trailing = rest.replace(/[ \t]+#.*$/, '').trim();
  if (trailing === '') return undefined;
  const inner = value.slice(1, close);
  const whole = value.replace(/[ \t]+#.*$/, '').trimEnd();
  const wrapped = whole.endsWith(quote) && whole.length > close + 1;
  if (quote === "'" && wrapped && /^[\p{L}\p{N}]/u.test(rest)) {
    // `'Kabul's market reopens'`: the apostrophe ended the value.
    const text = whole.slice(1, -1).replace(/''/g, "'");
    return { at: close, message: `the apostrophe in "${inner.slice(-12)}'${rest.slice(0, 8)}" ends the single-quoted value; inside single quotes write an apostrophe twice ('') or use double quotes: ${key}: ${doubleQuoted(text)}` };
  }
  if (quote === '"' && wrapped) {
    // `"The minister said "yes" today"`: an inner quote ended the value.
    const text = whole.slice(1, -1).replace(/\\"/g, '"');
    return { at: close, message: `the quote before "${/^[^"]{0,20}/.exec(rest)?.[0] ?? ''}" ends the double-quoted value; inside double quotes write a quote as \\" or put the value in single quotes: ${key}: '${text.replace(/'/g, "''")}'` };
  }
  return { at: close + 1, message: `the value ends at its closing ${quote}, and YAML allows no text after it (${JSON.stringify(trailing.slice(0, 30))}); put the whole value inside one pair of quotes (an apostrophe inside single quotes is written '', a quote inside double quotes \\")` };
}

/** A value starting with `[`/`{` that closes on the line and has text after it. */
function afterFlow(key: string, value: string, open: string): LineSlip | undefined {
  const close = matchingBracket(value);
  if (close === -1) return undefined;
  const trailing = value.slice(close + 1).replace(/[ \t]+#.*$/, '').trim();
  if (trailing === '') return undefined;
  const closer = open === '[' ? ']' : '}';
  if (/^[\]},]+$/.test(trailing)) {
    return { at: close + 1, message: `the ${open === '[' ? 'list' : 'set of fields'} closes at the first "${closer}", so "${trailing}" after it is one bracket too many; remove it` };
  }
  const structured = listOrSetSlip(key, value, close);
  if (structured) return structured;
  const what = open === '[' ? 'a list' : 'a set of fields (a mapping)';
  return { at: 0, message: `the value starts with "${open}", which YAML reads as the start of ${what}, so the words after "${closer}" are not allowed; put the whole value in quotes: ${key}: ${doubleQuoted(value.replace(/[ \t]+#.*$/, '').trimEnd())}` };
}
