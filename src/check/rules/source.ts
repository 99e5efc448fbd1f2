/**
 * Reads one content file as text: a regular file (never through a link), at most {@link MAX_FILE_BYTES}, valid
 * UTF-8, not empty. Every refusal is one diagnostic for that file.
 */
import type { Position } from '#/check/frontmatter.ts';
import { readRegularFile } from './trust.ts';

/** Largest Markdown file accepted (1 MiB): far above any real article, small enough to stop a pasted dump. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Where problems with a whole file (its name, size, encoding) point, so every line has the same `path:line:col` shape. */
export const FILE_START: Position = { line: 1, column: 1 };

export type Report = (file: string, field: string, message: string, pos?: Position) => void;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What an empty file of each kind should hold, said in the "the file is empty" line. */
export const EMPTY_FILE_HINTS = {
  articles: 'start from content/articles/_template.md',
  authors: 'an author file needs at least a "name:" line between two "---" lines, with the bio below them',
  sections: 'a section file needs at least a "name:" line between two "---" lines',
  tags: 'a topic file needs a "name:" line between two "---" lines (or delete the file: topics need no file)',
  front: 'write the front-page picks ("lead:" and "top:" between two "---" lines, see the README), or delete the file to let the newest story lead',
} as const;

export function readSource(path: string, file: string, report: Report, emptyHint: string = EMPTY_FILE_HINTS.articles): string | undefined {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if ('problem' in read) {
    report(file, 'file', `the file ${read.problem}`, FILE_START);
    return undefined;
  }
  if (read.size > MAX_FILE_BYTES) {
    report(file, 'file', `the file is ${(read.size / 1024).toFixed(0)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB (check for pasted data or embedded images)`, FILE_START);
    return undefined;
  }
  const bytes = read.bytes;
  // UTF-16 ("Unicode" in Notepad and Word): without its BOM, ASCII reads as UTF-8 with a NUL after each letter,
  // and every rule had a line about it. One line instead.
  const wide = utf16Of(bytes);
  if (wide) {
    report(file, 'file', `the file is UTF-16 (${wide}), not UTF-8: save it as UTF-8 (in the editor's "Save as" or "Encoding" menu)`, FILE_START);
    return undefined;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    report(file, 'file', 'the file is not valid UTF-8; re-save it with UTF-8 encoding', { line, column });
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    report(file, 'file', `the file is empty; ${emptyHint}`, FILE_START);
    return undefined;
  }
  return text;
}

/** How many leading bytes are looked at for UTF-16's NULs. */
const UTF16_SAMPLE_BYTES = 512;

/**
 * "little-endian" or "big-endian" (with ", with a byte order mark" when it has one) when `bytes` look like UTF-16:
 * its byte order mark, or a NUL in the same half of most of the first pairs of bytes (Latin letters, digits and
 * the frontmatter's `---` in UTF-16) and hardly ever in the other half. Undefined otherwise.
 */
export function utf16Of(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian, with a byte order mark';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian, with a byte order mark';
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  if (pairs < 2) return undefined;
  let [evenNul, oddNul] = [0, 0];
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  const wide = (many: number, few: number) => many >= Math.max(2, pairs * 0.3) && few * 10 <= many;
  if (wide(oddNul, evenNul)) return 'little-endian';
  if (wide(evenNul, oddNul)) return 'big-endian';
  return undefined;
}
