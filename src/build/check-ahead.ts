/**
 * Computes the check's per-body answers (src/check/body-answers.ts) for many bodies at once, on the asking thread
 * and worker threads together. The check is synchronous (the integration's hook, the loaders, the dev server), so
 * this is too: the asking thread takes chunks itself and blocks (Atomics.wait) only for the chunks workers still
 * hold at the end; workers' answers are read with `receiveMessageOnPort`. A first check of 5,000 articles spends
 * ~9 of its ~14 s of CPU on these answers, on one core of two.
 *
 * Nothing here changes a line: a body whose answers a worker did not deliver (it threw, died or ran out of time)
 * is simply left out, and the check computes it itself as it would without this.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { articleBodyAnswers, type BodyAnswer } from '#/check/body-answers.ts';

/** A body to answer, under the caller's key for it. */
export interface AheadBody {
  key: string;
  body: string;
  bodyLine: number;
}
export type AheadResult = [key: string, answers: BodyAnswer[]];

/** Bodies per message: small enough that the asking thread never waits long for a worker's last chunk. */
const CHUNK = 25;
/** A worker gets this long to start (import the check's modules) and answer its first chunk… */
const FIRST_CHUNK_MS = 15_000;
/** …and then, per body, twice the README's budget for checking a whole file (1 s): past it, its chunk is left out. */
const BODY_MS = 2_000;

/** Answers one body, or nothing when a rule throws (the check then meets the error itself, naming the file). */
export function answerBody(b: AheadBody): AheadResult | undefined {
  try {
    return [b.key, articleBodyAnswers(b.body, b.bodyLine)];
  } catch {
    return undefined;
  }
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  slot: number;
  /** The chunk it holds, and by when it must answer. */
  busy: { deadline: number } | undefined;
  first: boolean;
}

/** Answers `bodies` on this thread and `threads - 1` workers; `onAnswer` gets each body's answers as they come. */
export function answerAhead(bodies: readonly AheadBody[], onAnswer: (result: AheadResult) => void, threads = Math.min(availableParallelism(), 4)): void {
  let next = 0;
  const take = () => bodies.slice(next, (next += CHUNK));
  const flags = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, threads - 1)));
  const helpers: Helper[] = [];
  for (let slot = 0; slot < threads - 1 && next < bodies.length; slot++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./check-ahead-worker.ts', import.meta.url), { workerData: { port: port2, flags: flags.buffer, slot }, transferList: [port2] });
    worker.unref();
    worker.on('error', () => {}); // its chunk is left out when its time is up
    helpers.push({ worker, port: port1, slot, busy: undefined, first: true });
  }
  const give = (h: Helper) => {
    const chunk = take();
    if (!chunk.length) return;
    h.port.postMessage(chunk);
    h.busy = { deadline: Date.now() + (h.first ? FIRST_CHUNK_MS : 0) + chunk.length * BODY_MS };
    h.first = false;
  };
  const collect = (h: Helper) => {
    const message = receiveMessageOnPort(h.port)?.message as AheadResult[] | undefined;
    for (const result of message ?? []) onAnswer(result);
    Atomics.store(flags, h.slot, 0);
    h.busy = undefined;
  };
  const drop = (h: Helper) => {
    h.busy = undefined;
    void h.worker.terminate();
  };
  helpers.forEach(give);
  while (next < bodies.length) {
    for (const h of helpers) {
      if (!h.busy) continue;
      if (Atomics.load(flags, h.slot) === 1) {
        collect(h);
        give(h);
      } else if (Date.now() > h.busy.deadline) drop(h);
    }
    for (const b of take()) {
      const answered = answerBody(b);
      if (answered) onAnswer(answered);
    }
  }
  for (const h of helpers) {
    while (h.busy && Atomics.load(flags, h.slot) === 0) {
      const left = h.busy.deadline - Date.now();
      if (left <= 0 || Atomics.wait(flags, h.slot, 0, left) === 'timed-out') drop(h);
    }
    if (h.busy) collect(h);
    void h.worker.terminate();
  }
}
