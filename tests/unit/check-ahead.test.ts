/**
 * The check's worker threads (src/build/check-ahead.ts) are kept between checks: starting workers while others are
 * torn down can crash Node (nodejs/node#56312), and CI once died of a SIGSEGV when checks ran back to back. Run in a
 * child process so its thread count is this code's alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const script = `
import { readFileSync } from 'node:fs';
import { answerAhead, answerBody } from '${new URL('src/build/check-ahead.ts', `file://${ROOT}`).href}';
const threads = () => Number(readFileSync('/proc/self/status', 'utf8').match(/Threads:\\s+(\\d+)/)[1]);
const bodies = Array.from({ length: 240 }, (_, i) => ({ key: String(i), body: 'Kabul *' + i + '* 4*5 and 6*8.\\n\\n- one\\n- two\\n', bodyLine: 7 }));
const own = JSON.stringify(bodies.map(answerBody));
const before = threads();
const one = [];
answerAhead(bodies.slice(0, 20), (r) => one.push(r), 4);
const afterOneChunk = threads();
let same = true;
for (let round = 0; round < 25; round++) {
  const got = new Map();
  answerAhead(bodies, (r) => got.set(r[0], r), 4);
  same &&= JSON.stringify(bodies.map((b) => got.get(b.key))) === own;
}
console.log(JSON.stringify({ before, afterOneChunk, afterRounds: threads(), one: one.length, same }));
`;

describe('check workers', () => {
  it('are started only for chunks this thread would not take, and reused by checks run back to back', () => {
    // A file, not `-e`: workers inherit the process flags, and `--input-type` stops a worker from starting.
    const dir = mkdtempSync(join(tmpdir(), 'dateline-check-ahead-'));
    const file = join(dir, 'run.mts');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, number | boolean>;
    expect(seen['one']).toBe(20);
    // One chunk of bodies: this thread answers it alone.
    expect(seen['afterOneChunk']).toBe(seen['before']);
    // 25 checks of ten chunks: three workers, the same three every time, with the answers this thread gives.
    expect(seen['afterRounds']).toBe((seen['before'] as number) + 3);
    expect(seen['same']).toBe(true);
  });
});
