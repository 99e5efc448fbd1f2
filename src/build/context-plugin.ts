/**
 * `virtual:dateline/context`: the build context the integration decided (src/domain/context.ts), handed to
 * everything Vite loads (the content loader, the pages, the layout) as one typed module, the way Starlight hands
 * its settings to its pages (`virtual:starlight/user-config`). Types: src/virtual-modules.d.ts.
 *
 * The module's code names only a file; the values ("now" above all) are read from it when the module loads. The
 * pages' code, and with it Astro's incremental-build cache, so stays the same from one build to the next.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildContext } from '#/domain/context.ts';

export const CONTEXT_MODULE = 'virtual:dateline/context';
const RESOLVED = `\0${CONTEXT_MODULE}`;

/** Where a build's context is kept while it runs. */
export function contextFile(context: BuildContext): string {
  return join(context.cacheDir, 'dateline-context', `${context.buildId}.json`);
}

/** A Vite plugin (structurally typed, so this module needs no Vite import) serving `context`, written to its file. */
export function contextPlugin(context: BuildContext) {
  const file = contextFile(context);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(context));
  renameSync(tmp, file);
  return {
    name: 'dateline:context',
    resolveId(id: string): string | undefined {
      return id === CONTEXT_MODULE ? RESOLVED : undefined;
    },
    load(id: string): string | undefined {
      if (id !== RESOLVED) return undefined;
      return `import { readFileSync } from 'node:fs';\nexport const context = Object.freeze(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));\n`;
    },
  };
}
