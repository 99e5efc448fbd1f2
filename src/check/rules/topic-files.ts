/**
 * A topic file's name and its `name:` field: the file is named after the topic's URL form (`/tags/<key>/`), so a
 * name that is not that form, or a `name:` that makes another, has one line naming the file to write.
 */
import type { Report } from './report.ts';
import type { FreeNames } from './free-names.ts';
import type { ParsedFrontmatter } from '../frontmatter.ts';
import type { TagData } from '#/schemas/tag.ts';
import { tagHasOwnUrl, tagKey } from '#/domain/tags.ts';
import { STORED_DECOMPOSED } from './decomposed-names.ts';
import { nameInvisibleProblem } from './invisible-in-names.ts';
import { withoutHtmlTags } from './markdown-in-fields.ts';

/** The file name (without `.md`) a topic's name makes, or '' when it makes no URL of its own. */
export const topicFileName = (name: string) => (tagHasOwnUrl(name) ? tagKey(name) : '');

/** Each valid topic's `name:` against its file name. */
export function checkTopicNames(tags: readonly { id: string; file: string; data: TagData }[], tagFiles: readonly { id: string; fm: ParsedFrontmatter }[], report: Report): void {
  for (const t of tags) {
    // A file whose name is not a topic's URL form is reported once, for its name (above).
    const hidden = nameInvisibleProblem(t.data.name, `topic name "${t.data.name}"`);
    if (hidden) report(t.file, 'name', hidden, tagFiles.find((f) => f.id === t.id)?.fm.locate(['name']));
    // A name whose only difference is an HTML tag has the plain-text line instead (markdown-in-fields.ts): renaming
    // the file after the tag's letters (`<u>Transit</u>` → utransitu.md) would be the wrong fix.
    else if (tagKey(t.id) === t.id && tagKey(t.data.name) !== t.id && tagKey(withoutHtmlTags(t.data.name)) !== t.id) report(t.file, 'name', `"${t.data.name}" is the topic /tags/${tagKey(t.data.name)}/, not /tags/${t.id}/; rename the file to ${tagKey(t.data.name)}.md or fix the name`, tagFiles.find((f) => f.id === t.id)?.fm.locate(['name']));
  }
}

/** Why a topic file's name is not its topic's URL form, and the name to use. */
export function tagFileNameProblem(name: string, id: string, names: FreeNames): string {
  const hidden = nameInvisibleProblem(id, `file name "${name}"`, 'retype the file name');
  if (hidden) return hidden;
  if (!tagHasOwnUrl(id)) return `file name "${name}" has no letters or digits, so it names no topic; name the file after the topic's URL form, e.g. rail.md`;
  const key = tagKey(id);
  // Looks the same when printed: the name is in decomposed Unicode (NFD, as some file systems store names).
  if (id.normalize('NFC') === key) return `file name "${name}" ${STORED_DECOMPOSED}, while topic URLs use the composed form (NFC); rename the file by retyping its name ("${key}.md")`;
  // A topic has one file: when its URL form's file exists already, this one is a second file for the same topic.
  if (names.propose(key, id).taken) return `file name "${name}" is not the topic's URL form, and the topic's file "${key}.md" exists already: move what this file says into "${key}.md" and delete this one`;
  return `file name "${name}" is not the topic's URL form; rename it to "${key}.md" (lower case, hyphens for spaces, the letters as /tags/${key}/ writes them)`;
}
