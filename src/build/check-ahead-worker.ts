/** Worker thread of check-ahead.ts: answers each chunk of bodies it is sent, then raises its flag. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { answerBody, type AheadBody, type AheadResult } from './check-ahead.ts';

const { port, flags, slot } = workerData as { port: MessagePort; flags: SharedArrayBuffer; slot: number };
const flag = new Int32Array(flags);

port.on('message', (chunk: AheadBody[]) => {
  const answers: AheadResult[] = [];
  for (const b of chunk) {
    const answered = answerBody(b);
    if (answered) answers.push(answered);
  }
  // Posted before the flag is raised: the asking thread reads the message once it sees the flag.
  port.postMessage(answers);
  Atomics.store(flag, slot, 1);
  Atomics.notify(flag, slot);
});
