/**
 * The house rules of src/ (README "How it is built"): no import cycles, the domain and the Markdown pipeline
 * import nothing of the build machinery, browser code imports nothing that needs Node, no file over 400 lines
 * and no process-wide registries on globalThis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../helpers/import-graph.ts';

const graph = importGraph();
const SRC = join(import.meta.dirname, '../../src');

describe('src/ layout', () => {
  it('reads a real graph (the newsroom imports the visibility rule)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('domain/newsroom.ts')).toContain('domain/visibility.ts');
  });

  it('finds a cycle when there is one', () => {
    const cyclic = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
    expect(importCycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no import cycles', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('domain/, markdown/ and outputs/ import nothing from build/', () => {
    const leaks = [...graph].flatMap(([file, targets]) =>
      /^(domain|markdown|outputs)\//.test(file) ? targets.filter((t) => t.startsWith('build/')).map((t) => `${file} -> ${t}`) : [],
    );
    expect(leaks).toEqual([]);
  });

  it('browser code (client/) imports only browser code', () => {
    const leaks = [...graph].flatMap(([file, targets]) =>
      file.startsWith('client/') ? targets.filter((t) => !t.startsWith('client/')).map((t) => `${file} -> ${t}`) : [],
    );
    expect(leaks).toEqual([]);
    for (const file of [...graph.keys()].filter((f) => f.startsWith('client/'))) {
      expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(/from 'node:/);
    }
  });

  it('no process-wide registry: no globalThis anywhere in src/', () => {
    const users = [...graph.keys()].filter((f) => readFileSync(join(SRC, f), 'utf8').includes('globalThis'));
    expect(users).toEqual([]);
  });

  it('no file over 400 lines', () => {
    const long = [...graph.keys()].filter((f) => readFileSync(join(SRC, f), 'utf8').split('\n').length > 400);
    expect(long).toEqual([]);
  });
});
