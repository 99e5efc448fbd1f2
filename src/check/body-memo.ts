/**
 * A handle through which the check asks for what a pure rule finds in one body (the renderer's links, the body
 * rules' lines). The check passes `(rule, body, bodyLine, compute)`; the handle may answer from a cache of an
 * earlier check (src/build/text-memo.ts) instead of running `compute`. Rules read the answer, never change
 * it: one answer may serve two files with the same body.
 */
/** The rules the check asks a memo about, by name (what each computes: body-answers.ts). */
export const BODY_RULE = { nesting: 'nesting', images: 'body-images', links: 'markdown-links', rules: 'body-rules' } as const;

export type BodyMemo = <T>(rule: string, body: string, bodyLine: number, compute: () => T) => T;

/** No memory: every rule runs (the default, and every check with the speed-ups off). */
export const computeAlways: BodyMemo = (_rule, _body, _bodyLine, compute) => compute();
