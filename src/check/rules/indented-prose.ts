/**
 * Whether an indented code block is a pasted paragraph of prose (its first line six words or more, starting with a
 * letter): interrupted-paragraphs.ts gives it its line, and body-text.ts then says nothing more of it.
 */
export function indentedProse(code: string): boolean {
  const words = code.split('\n')[0]?.match(/\p{L}+/gu) ?? [];
  return words.length >= 6 && /^\p{L}/u.test(code);
}
