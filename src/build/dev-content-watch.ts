/**
 * How the dev server's content loaders follow changes under content/: one sync at a time, at most one queued
 * behind it (never two in parallel, so an older snapshot can never overwrite a newer one), and a burst of changes
 * (a bulk copy, a git pull) is one sync once the files have been quiet for a moment, and at least every few
 * seconds while they keep coming (round 28c #2: a whole-archive sync for every file stalled the server for minutes).
 */

/** A sync waits this long after the last change, and at most `maxWaitMs` after the first one it waits for. */
const QUIET_MS = 250;
const MAX_WAIT_MS = 3000;

/** Returns what to call on every change; `sync` runs as described above. */
export function followChanges(sync: () => Promise<void>, onError: (err: unknown) => void, timing = { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS }): () => void {
  let running: Promise<void> | undefined;
  let queued = false;
  const rerun = (): void => {
    if (running) {
      queued = true;
      return;
    }
    running = sync()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (queued) {
          queued = false;
          rerun();
        }
      });
  };
  let pendingSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    const now = Date.now();
    pendingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(() => {
      pendingSince = undefined;
      rerun();
    }, Math.max(0, Math.min(timing.quietMs, pendingSince + timing.maxWaitMs - now)));
  };
}
