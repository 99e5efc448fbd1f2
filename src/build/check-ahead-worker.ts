/** Worker thread of check-ahead.ts: answers each chunk of bodies it is sent, then raises its flag; it ends
 * when the asking thread closes its port (nothing else keeps it alive). */
import { workerData, type MessagePort } from 'node:worker_threads';
import { answerBody, type AheadBody, type AheadResult } from './check-ahead.ts';

const { port, flag: flagBuffer } = workerData as { port: MessagePort; flag: SharedArrayBuffer };
const flag = new Int32Array(flagBuffer);

port.on('message', (chunk: AheadBody[]) => {
  const answers: AheadResult[] = [];
  for (const b of chunk) {
    const answered = answerBody(b);
    if (answered) answers.push(answered);
  }
  // Posted before the flag is raised: the asking thread reads the message once it sees the flag.
  port.postMessage(answers);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
