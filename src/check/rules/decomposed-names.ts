/**
 * Names that read the same but are stored in another Unicode form: macOS, many zip tools and some keyboards
 * write `é` as `e` + U+0301 (decomposed, NFD), while a name typed the usual way is composed (NFC). Printed, the
 * two are identical, so "does not exist" next to the very name the editor sees on disk explains nothing. One
 * wording for every place that meets it (topic files, image files).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** "is stored in decomposed Unicode (…)": what the name on disk is, for every message that meets one. */
export const STORED_DECOMPOSED = 'is stored in decomposed Unicode (NFD: letters and accents as separate characters)';

/**
 * For a path that does not exist, the entry of its folder whose name differs from the missing one only by Unicode
 * normalisation, with the sentence to print; undefined when there is none. Reads one folder listing.
 */
export function unicodeFormMismatch(missing: string): string | undefined {
  const want = basename(missing);
  const composed = want.normalize('NFC');
  let entries: string[];
  try {
    entries = readdirSync(dirname(missing));
  } catch {
    return undefined;
  }
  const onDisk = entries.find((e) => e !== want && e.normalize('NFC') === composed);
  if (onDisk === undefined) return undefined;
  if (onDisk !== composed) {
    return `the name on disk ${STORED_DECOMPOSED}, while the path is typed composed (NFC) as editors type; rename the file by retyping its name ("${composed}")`;
  }
  return `the path is typed with decomposed accents (NFD: letters and accents as separate characters), while the name on disk is composed (NFC); retype "${composed}" in the path`;
}
