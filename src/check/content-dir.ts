/** The content folder of a project: `<root>/content`, or `DATELINE_CONTENT_DIR` (resolved against the root). */
import { resolve } from 'node:path';

export function contentDirFor(root: string): string {
  return resolve(root, process.env['DATELINE_CONTENT_DIR'] ?? 'content');
}
