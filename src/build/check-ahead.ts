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
  /** Raised (1) by the worker when its answers to the chunk it holds are posted. */
  flag: Int32Array;
  /** The chunk it holds, and by when it must answer. */
  busy: { deadline: number } | undefined;
  first: boolean;
  /** It has answered a chunk: it loaded the check's modules. */
  answered: boolean;
  gone: boolean;
}

/**
 * Workers are kept between checks and leave on their own (their port closed) after a pause: starting one worker
 * while another is being torn down can crash Node (nodejs/node#56312; seen once as a SIGSEGV in CI when checks ran
 * back to back), and a dev server or a test checks many times.
 */
let pool: Helper[] = [];
let idle: NodeJS.Timeout | undefined;
const IDLE_MS = 5_000;
/** A worker past its deadline gets this long to leave by itself before it is stopped. */
const GRACE_MS = 30_000;
/** A worker that never answered its first chunk (it could not load, or the machine is starved): this process
 * answers every body on its own thread from then on, rather than wait for new workers' deadlines at every check. */
let workersFailed = false;

function spawn(): Helper {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./check-ahead-worker.ts', import.meta.url), { workerData: { port: port2, flag: flag.buffer }, transferList: [port2] });
  worker.unref();
  const h: Helper = { worker, port: port1, flag, busy: undefined, first: true, answered: false, gone: false };
  worker.on('error', () => {}); // its chunk is left out when its time is up
  worker.once('exit', () => (h.gone = true));
  return h;
}

/** Lets a worker go: with its port closed it has nothing left to do and exits; one still busy is stopped later. */
function release(h: Helper, stuck = false): void {
  h.gone = true;
  h.port.close();
  if (stuck) setTimeout(() => void h.worker.terminate(), GRACE_MS).unref();
}

/** Answers `bodies` on this thread and up to `threads - 1` workers; `onAnswer` gets each body's answers as they come. */
export function answerAhead(bodies: readonly AheadBody[], onAnswer: (result: AheadResult) => void, threads = Math.min(availableParallelism(), 4)): void {
  clearTimeout(idle);
  let next = 0;
  const take = () => bodies.slice(next, (next += CHUNK));
  // This thread takes a chunk too: no worker for a chunk it would answer itself.
  const wanted = workersFailed ? 0 : Math.max(0, Math.min(threads - 1, Math.ceil(bodies.length / CHUNK) - 1));
  pool = pool.filter((h) => !h.gone);
  while (pool.length < wanted) pool.push(spawn());
  const helpers = pool.slice(0, wanted);
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
    Atomics.store(h.flag, 0, 0);
    h.busy = undefined;
    h.answered = true;
  };
  const drop = (h: Helper) => {
    h.busy = undefined;
    if (!h.answered) workersFailed = true;
    release(h, true);
  };
  helpers.forEach(give);
  while (next < bodies.length) {
    for (const h of helpers) {
      if (!h.busy) continue;
      if (Atomics.load(h.flag, 0) === 1) {
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
    while (h.busy && Atomics.load(h.flag, 0) === 0) {
      const left = h.busy.deadline - Date.now();
      if (left <= 0 || Atomics.wait(h.flag, 0, 0, left) === 'timed-out') drop(h);
    }
    if (h.busy) collect(h);
  }
  idle = setTimeout(() => {
    for (const h of pool) release(h);
    pool = [];
  }, IDLE_MS).unref();
}
