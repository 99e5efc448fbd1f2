/**
 * Peak memory of a whole process tree, sampled from /proc: the RSS of a process and all its descendants (worker
 * threads count in their process; Pagefind, and any other child, count in full), with a guard that kills the
 * tree when it passes a limit, so a runaway benchmark cannot take the machine's memory from everyone else.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

export interface TreePeaks {
  /** Largest sum of RSS over the tree seen in one sample, MiB. */
  totalMiB: number;
  /** Largest RSS of the root process itself (the build and its worker threads), MiB. */
  rootMiB: number;
  /** Largest sum of RSS of descendants whose command is Pagefind, MiB. */
  pagefindMiB: number;
  /** True when the guard killed the tree. */
  killed: boolean;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** One sample: RSS in bytes of `root` and of each descendant, with its command name. */
export function treeSample(root: number): { pid: number; comm: string; rss: number }[] {
  const children = new Map<number, number[]>();
  const comms = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const close = stat.lastIndexOf(')');
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    const pid = Number(name);
    comms.set(pid, stat.slice(stat.indexOf('(') + 1, close));
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out: { pid: number; comm: string; rss: number }[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    const statm = read(`/proc/${pid}/statm`);
    if (statm) out.push({ pid, comm: comms.get(pid) ?? '', rss: Number(statm.split(' ')[1]) * PAGE });
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Samples the tree under `root` every `everyMs` until stopped; kills the process group of `root` above `limitMiB`. */
export function watchTree(root: number, { everyMs = 200, limitMiB = Infinity } = {}): { stop(): TreePeaks } {
  const peaks: TreePeaks = { totalMiB: 0, rootMiB: 0, pagefindMiB: 0, killed: false };
  const tick = () => {
    const sample = treeSample(root);
    const mib = (bytes: number) => bytes / 1024 / 1024;
    const total = mib(sample.reduce((s, p) => s + p.rss, 0));
    peaks.totalMiB = Math.max(peaks.totalMiB, total);
    // The build process: the root, or its child when the root is a wrapper (/usr/bin/time, which counts the CPU).
    const rootProcess = sample.find((p) => p.pid === root);
    const build = rootProcess?.comm === 'time' ? sample.find((p) => p.comm === 'node') : rootProcess;
    peaks.rootMiB = Math.max(peaks.rootMiB, mib(build?.rss ?? 0));
    peaks.pagefindMiB = Math.max(peaks.pagefindMiB, mib(sample.filter((p) => /pagefind/i.test(p.comm)).reduce((s, p) => s + p.rss, 0)));
    if (total > limitMiB && !peaks.killed) {
      peaks.killed = true;
      try {
        process.kill(-root, 'SIGKILL'); // the build was started as its own process group
      } catch {
        /* already gone */
      }
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}
