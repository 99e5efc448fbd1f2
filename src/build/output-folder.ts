/**
 * The build empties its output folder before it writes a page, so a folder that holds what the build reads would
 * be deleted with it (round 31b #13: `--outDir content`, or `--outDir ../newsroom` around DATELINE_CONTENT_DIR,
 * emptied the newsroom's content and then stopped with a stack trace). Such a folder, and one that cannot be made
 * (a path through a file, a read-only place: round 29d #10), is one line before anything is removed. Only read:
nothing here touches the disk.
 */
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { foldCase } from '#/domain/aliases.ts';

/** The folder as the disk names it (through links), or as written when it does not exist yet. */
function real(path: string): string {
  let at = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return resolve(realpathSync(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return resolve(path);
      rest.push(at.slice(up.length).replace(/^[\\/]/, ''));
      at = up;
    }
  }
}

const inside = (folder: string, parent: string): boolean => {
  const rel = relative(parent, folder);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Why the build must not write to `outDir`, as one line, or undefined. `shown` names folders as messages do. */
export function outputFolderProblem(outDir: string, root: string, contentDir: string, shown: (path: string) => string): string | undefined {
  const out = real(outDir);
  const content = real(contentDir);
  const project = real(root);
  const fix = 'the build empties its output folder first; give it a folder of its own, such as --outDir dist';
  if (inside(content, out)) return `the output folder ${shown(out)} ${out === content ? 'is' : 'holds'} the content folder ${shown(content)}: ${fix}`;
  if (inside(out, content)) return `the output folder ${shown(out)} is inside the content folder ${shown(content)}: ${fix}`;
  if (inside(project, out)) return `the output folder ${shown(out)} holds the project itself (${shown(project)}): ${fix}`;
  for (const name of ['src', 'public', 'node_modules', 'tests', 'scripts']) {
    if (inside(out, resolve(project, name))) return `the output folder ${shown(out)} is inside the project's ${name}/ folder: ${fix}`;
  }
  // On a case-blind disk (macOS, Windows) `--outDir Content` is the content folder (round 31d).
  if (inside(foldCase(content), foldCase(out)) || inside(foldCase(out), foldCase(content))) return `the output folder ${shown(out)} differs from the content folder ${shown(content)} only in case, which is the same folder on macOS and Windows: ${fix}`;
  // A repository's history, or another project (round 31d #7: `--outDir .git` emptied the repository).
  if (out.split(sep).includes('.git')) return `the output folder ${shown(out)} is inside a git repository's .git folder: ${fix}`;
  const holds = ['.git', 'package.json', 'node_modules'].find((name) => existsSync(join(out, name)));
  if (holds) return `the output folder ${shown(out)} holds ${holds}, so it is a project or a repository, not a build's output: ${fix}`;
  return unusable(out, shown);
}

/**
 * Whether the folder can be made and written, judged without making it (a check that changes the disk would leave
 * a folder behind for a build it then stops): its nearest existing part must be a folder that can be written.
 */
function unusable(out: string, shown: (path: string) => string): string | undefined {
  let at = out;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  if (!statSync(at).isDirectory()) {
    return at === out ? `the output folder ${shown(out)} is a file: give the build a folder, such as --outDir dist` : `the output folder ${shown(out)} cannot be used: a part of its path is a file; give the build a folder it can write, such as --outDir dist`;
  }
  try {
    accessSync(at, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return `the output folder ${shown(out)} cannot be used: ${code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'that place cannot be written' : `it cannot be made (${code ?? 'unknown error'})`}; give the build a folder it can write, such as --outDir dist`;
  }
  return undefined;
}
