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
