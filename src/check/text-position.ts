/** Line and column of an offset in a text, for one-line messages: line starts found once, then a binary search. */
export interface TextPosition {
  line: number;
  column: number;
}

export function positionFinder(text: string, firstLine = 1): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + firstLine, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}

/**
 * Where `snippet` (text read from a frontmatter value) is written in the file `source`, searched from the value's
 * start `at` to `reach` characters on: a folded (`>-`), literal or plain value runs over several lines, so the
 * value's spaces may be a line break and the next line's indent in the file (round 36 F3: a problem on a folded
 * standfirst's third line was put on its first). Undefined when it is not written as itself (a YAML escape).
 */
export function snippetPosition(source: string, at: TextPosition, snippet: string, reach: number): TextPosition | undefined {
  // Only the spaces YAML folds: a no-break or zero-width space in the snippet is a character to find.
  const words = snippet.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '').split(/[ \t\r\n]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words[0] === '') return undefined;
  let start = 0;
  for (let line = 1; line < at.line; line++) {
    start = source.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  const from = start + at.column - 1;
  const pattern = new RegExp(words.join('[ \\t\\r\\n]+'), 'g');
  const window = source.slice(0, Math.min(source.length, from + reach + snippet.length * 4));
  pattern.lastIndex = from;
  const found = pattern.exec(window)?.index;
  if (found === undefined || found > from + reach) return undefined;
  return positionFinder(source.slice(start, found + 1), at.line)(found - start);
}
