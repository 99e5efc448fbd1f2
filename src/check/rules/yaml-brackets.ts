/**
 * Quotes and brackets of a YAML flow value as written on one line (`[a, "b, c"]`, `{src: x, alt: y}`), for the
 * messages that quote or rewrite it (yaml-slips.ts, yaml-list-slips.ts, written-value.ts). A quick reading of the
 * line, not a parser: asked only to place or word a message.
 */

/** Index of the quote closing a value that starts with `quote` (`''` inside single quotes, `\"` inside double). */
export function closingQuote(value: string, quote: string): number {
  for (let i = 1; i < value.length; i++) {
    const c = value[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && value[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Index of the bracket closing the one at 0, skipping quoted text; -1 when it does not close on the line. */
export function matchingBracket(value: string): number {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' || c === "'") {
      const end = closingQuote(value.slice(i), c);
      if (end === -1) return -1;
      i += end;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** How many `[`/`{` are still open at the end of `text` (quoted text skipped): above 0, the end is inside a flow value. */
export function openBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '"' || c === "'") && depth > 0) {
      const end = closingQuote(text.slice(i), c);
      if (end === -1) return depth;
      i += end;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth;
}

/** The comma-separated parts of `text` at its own level (commas inside brackets or quotes do not split), trimmed. */
export function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = closingQuote(text.slice(i), c);
      if (end === -1) break;
      i += end;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}
