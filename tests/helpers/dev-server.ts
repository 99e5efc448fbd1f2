/**
 * Starts `astro dev` on a content folder of its own (the base test newsroom, copied and then changed by the test),
 * as an editor runs it: what the dev-server tests share. `--ignore-lock`: Astro keeps one dev server per project
 * unless told otherwise, and these servers are the test's own, never the one an engineer may have running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-overlay.ts';

export interface DevServer {
  /** The temp folder holding `content/`. */
  work: string;
  content: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): void;
}

/** A fresh temp folder with a copy of the base newsroom in `content/`, for the test to change before starting. */
export function devServerContent(name: string): { work: string; content: string } {
  const work = mkdtempSync(join(tmpdir(), `dateline-dev-${name}-`));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
  return { work, content };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once the server watches for changes; rejects with its output if it exits first. */
export async function startDevServer(work: string, content: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CONTENT_DIR: content },
  });
  let output = '';
  const stop = () => {
    if (child.exitCode === null && child.pid) child.kill();
    rmSync(work, { recursive: true, force: true });
  };
  await new Promise<void>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/watching for file changes/.test(output)) resolve();
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => reject(new Error(`dev server exited (${code}):\n${output}`)));
  });
  return { work, content, port, process: child, output: () => output, stop };
}
