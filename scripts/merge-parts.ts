/**
 * Merges the output folders of a site built in parts (DATELINE_BUILD_PART=k/N, src/build/build-part.ts) into one
 * site: the union of the part trees. A path written by two parts must have the same bytes in both (the files every
 * part writes: public files, bundles, /pagefind/shards.json); a path two parts wrote differently, or a file in one
 * part where another has a folder, stops the merge with one line naming it, and nothing is written.
 *
 *   npm run merge-parts -- --out dist part-1 part-2 part-3
 *
 * `--out` must not exist or be empty. Exit code 0 merged, 1 a conflict, 2 a usage mistake. A page that no part
 * wrote cannot be told from a page that should not exist; the proof that parts add up to the whole site is the
 * comparison with one build (tests/e2e/build-parts.spec.ts, scripts/parts-bench.ts).
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

export interface MergeResult {
  /** Files in the merged site. */
  files: number;
  /** Files more than one part wrote (with the same bytes). */
  shared: number;
  /** Files of each part, in the order given. */
  perPart: number[];
}

export class MergeConflict extends Error {}

/** Every file under `dir`, as paths relative to it (forward slashes), with whether each is a folder. */
function listTree(dir: string): Map<string, 'file' | 'dir'> {
  const out = new Map<string, 'file' | 'dir'>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(e.parentPath, e.name)).split('\\').join('/');
    if (e.isDirectory()) out.set(path, 'dir');
    else if (e.isFile()) out.set(path, 'file');
    else throw new MergeConflict(`${join(dir, path)}: not a file or folder (a link?); a built site holds files only`);
  }
  return out;
}

function sameBytes(a: string, b: string): boolean {
  if (lstatSync(a).size !== lstatSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}

/**
 * Checks every part first (so a conflict leaves `out` untouched), then copies the union into `out`. Throws
 * MergeConflict naming the first path two parts disagree on.
 */
export function mergeParts(parts: readonly string[], out: string): MergeResult {
  if (parts.length === 0) throw new MergeConflict('no part folders given');
  if (existsSync(out) && readdirSync(out).length > 0) throw new MergeConflict(`${out}: the output folder is not empty (merge into a new folder)`);
  // The same part twice merged "successfully" into a site missing the other part's pages; an output folder inside a
  // part was published inside the next merge (round 29d #11).
  const twice = parts.find((p, i) => parts.indexOf(p) !== i);
  if (twice !== undefined) throw new MergeConflict(`${twice}: given twice; give each part's folder once`);
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
  const nested = parts.find((p) => inside(out, p) || inside(p, out));
  if (nested !== undefined) throw new MergeConflict(`${out}: the output folder and the part ${nested} are inside one another; merge into a folder of its own`);
  // Which part first wrote each path, and what it is there.
  const owner = new Map<string, { part: number; kind: 'file' | 'dir' }>();
  const perPart: number[] = [];
  let shared = 0;
  parts.forEach((part, i) => {
    if (!existsSync(part) || !lstatSync(part).isDirectory()) throw new MergeConflict(`${part}: not a folder`);
    const tree = listTree(part);
    perPart.push([...tree.values()].filter((k) => k === 'file').length);
    for (const [path, kind] of tree) {
      const first = owner.get(path);
      if (!first) {
        owner.set(path, { part: i, kind });
        continue;
      }
      if (first.kind !== kind) throw new MergeConflict(`${path}: a ${first.kind === 'dir' ? 'folder' : 'file'} in ${parts[first.part]} but a ${kind === 'dir' ? 'folder' : 'file'} in ${part}`);
      if (kind === 'file') {
        if (!sameBytes(join(parts[first.part]!, path), join(part, path))) throw new MergeConflict(`${path}: written differently by ${parts[first.part]} and ${part} (a file two parts write must be byte-identical)`);
        shared++;
      }
    }
  });
  mkdirSync(out, { recursive: true });
  let files = 0;
  for (const [path, { part, kind }] of owner) {
    const target = join(out, path);
    if (kind === 'dir') mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(parts[part]!, path), target);
      files++;
    }
  }
  return { files, shared, perPart };
}

function main(): void {
  let values: { out?: string | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true, strict: true }));
  } catch (err) {
    console.error(`✗ merge-parts: ${(err as Error).message}\n  usage: npm run merge-parts -- --out <site> <part-1> <part-2> …`);
    process.exit(2);
  }
  if (!values.out || positionals.length === 0) {
    console.error('✗ merge-parts: usage: npm run merge-parts -- --out <site> <part-1> <part-2> …');
    process.exit(2);
  }
  const started = performance.now();
  try {
    const result = mergeParts(positionals.map((p) => resolve(p)), resolve(values.out));
    console.log(`merged ${positionals.length} parts into ${values.out}: ${result.files} files (${result.perPart.join(' + ')} from the parts, ${result.shared} written identically by more than one) in ${Math.round(performance.now() - started)} ms`);
  } catch (err) {
    if (!(err instanceof MergeConflict)) throw err;
    console.error(`✗ merge-parts: ${err.message}`);
    process.exit(1);
  }
}

if (import.meta.main) main();
