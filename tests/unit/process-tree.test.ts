import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { treeSample, watchTree } from '../../scripts/process-tree.ts';

describe("the benchmark's process-tree memory sampler", () => {
  it('counts the process and every descendant, children of children included', async () => {
    // sh starts a child sh, which starts a sleep: three processes in the tree.
    const root = spawn('sh', ['-c', 'sh -c "sleep 30; true" & wait'], { detached: true, stdio: 'ignore' });
    try {
      // Poll until the shells have started their children (on a loaded machine that can take a while).
      let sample = treeSample(root.pid!);
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && !sample.some((p) => p.comm === 'sleep'); ) {
        await new Promise((r) => setTimeout(r, 20));
        sample = treeSample(root.pid!);
      }
      expect(sample.map((p) => p.comm).sort()).toEqual(['sh', 'sh', 'sleep']);
      expect(sample.every((p) => p.rss > 0)).toBe(true);
      expect(treeSample(process.pid).some((p) => p.pid === root.pid)).toBe(true);
    } finally {
      process.kill(-root.pid!, 'SIGKILL');
    }
  });

  it('stops the whole tree when it passes the limit', async () => {
    const root = spawn('sh', ['-c', 'sleep 30 & wait'], { detached: true, stdio: 'ignore' });
    const watch = watchTree(root.pid!, { everyMs: 10, limitMiB: 0 });
    await once(root, 'exit');
    expect(watch.stop().killed).toBe(true);
  });
});
