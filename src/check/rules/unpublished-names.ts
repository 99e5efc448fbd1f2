/**
 * Names the build never reads or publishes: a file or folder whose name starts with `_` (templates, a `_drafts/`
 * folder) or `.` (hidden: `.private/`, `.drafts/`, editor and version-control files). One rule for listing content
 * (src/check/rules/trust.ts `listMarkdownFiles`) and for every file an article points at: pointing at a file must not
 * publish it, so an embargoed photo kept in `.private/` stays as private as one in `_drafts/`.
 */
import { relative, sep } from 'node:path';

/** Whether a file or folder of this name is never read or published. */
export function isUnpublishedName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** The first file or folder on the way from `root` down to `path` whose name is never published, or undefined. */
export function unpublishedStep(root: string, path: string): string | undefined {
  return relative(root, path)
    .split(sep)
    .find((part) => part !== '' && part !== '..' && isUnpublishedName(part));
}

/** The one line for a referenced file (`src`, as written) that sits in such a file or folder (`step`). */
export function unpublishedFileProblem(src: string, step: string): string {
  return `"${src}" is in a file or folder whose name starts with "${step[0]}", which is never published ("${step}": an embargoed photo stays there); move the photo next to the article, e.g. ./images/photo.jpg`;
}
