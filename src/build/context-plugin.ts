/**
 * `virtual:dateline/context`: the build context the integration decided (src/domain/context.ts), handed to
 * everything Vite loads (the content loader, the pages, the layout) as one typed module, the way Starlight hands
 * its settings to its pages (`virtual:starlight/user-config`). Types: src/virtual-modules.d.ts.
 */
import type { BuildContext } from '#/domain/context.ts';

export const CONTEXT_MODULE = 'virtual:dateline/context';
const RESOLVED = `\0${CONTEXT_MODULE}`;

/** A Vite plugin (structurally typed, so this module needs no Vite import). */
export function contextPlugin(context: BuildContext) {
  return {
    name: 'dateline:context',
    resolveId(id: string): string | undefined {
      return id === CONTEXT_MODULE ? RESOLVED : undefined;
    },
    load(id: string): string | undefined {
      return id === RESOLVED ? `export const context = Object.freeze(${JSON.stringify(context)});\n` : undefined;
    },
  };
}
