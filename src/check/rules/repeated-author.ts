/**
 * The one line for an author named twice in a byline, in the check (`authors: [a, a]`) and in `npm run new`
 * (`--author a --author A`, where "A" stands for "a": proposing the id already given would send the editor in a
 * circle).
 */
export function repeatedAuthor(id: string): string {
  return `author "${id}" is listed twice; remove the repeat`;
}
