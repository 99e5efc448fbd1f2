/**
 * A per-text memo kept on disk between runs: answers of pure functions of one text (and a small key), by a hash of
 * the text, under a version that covers every source file of the project, the lockfile and the Node version: any
 * change of code or dependencies starts it afresh. Two users, each in its own folder and with its own switch:
 *
 * - the content check's pure body rules (`check:content`, each build, the dev server's first check), in
 *   `node_modules/.cache/dateline-check-bodies/` (`DATELINE_CHECK_CACHE=off`, or every speed-up off, runs every
 *   rule). A warm build re-checks every file, and at 5,000 articles most of that check (~11 of ~15 s of CPU) is
 *   parsing bodies that did not change: the renderer's link parse and the body rules, whose answers depend on the
 *   body and its first line only. tests/unit/text-memo.test.ts holds the lines equal either way;
 * - the search worker's answers per article text (search-shards.ts, `searchMemoDir`).
 *
 * Entries used by a run are kept; the rest are dropped when it saves, so the file follows the newsroom.
 * A missing, foreign or unreadable file is an empty memo. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BODY_RULE, computeAlways, type BodyMemo } from '#/check/body-memo.ts';
import { answerAhead, type AheadBody } from './check-ahead.ts';
import { optimise } from './optimise.ts';

export interface TextMemo {
  memo: BodyMemo;
  /** Computes ahead, on every core, the answers of the bodies this memo lacks (check-ahead.ts); the check's `ahead`. */
  ahead(bodies: { body: string; bodyLine: number }[]): void;
  /** Writes the entries this run used (when any was new or any went unused). */
  save(): void;
  /** Answers taken from the memo, and computed, in this run (`early`: of those computed, how many ahead). */
  stats(): { hits: number; computed: number; early: number };
}

/** The content check's switch (the search worker is given its own). */
export const checkMemoEnabled = (): boolean => optimise && process.env['DATELINE_CHECK_CACHE'] !== 'off';
/** `DATELINE_CHECK_WORKERS=off`: the answers a memo lacks are computed by the check itself, one body after another. */
const aheadEnabled = (): boolean => process.env['DATELINE_CHECK_WORKERS'] !== 'off';
/** Fewer missing bodies than this are answered by the check itself: a worker's start costs more than they do. */
const aheadMin = (): number => Number(process.env['DATELINE_CHECK_WORKERS_MIN'] ?? 200);

const FILE = 'bodies.v8';

/**
 * `dir`: where the memo lives (default: the content check's, `<root>/node_modules/.cache/dateline-check-bodies`;
 * the search worker and tests give their own).
 */
export function openTextMemo(root: string, dir = join(root, 'node_modules', '.cache', 'dateline-check-bodies'), enabled = checkMemoEnabled()): TextMemo {
  if (!enabled) return { memo: computeAlways, ahead: () => {}, save: () => {}, stats: () => ({ hits: 0, computed: 0, early: 0 }) };
  const version = codeVersion(root);
  const stored = read(join(dir, FILE), version);
  const used = new Map<string, unknown>();
  // Answers computed ahead for this check, moved to `used` as the check asks for them.
  const early = new Map<string, unknown>();
  const hashOf = (body: string) => createHash('sha256').update(body).digest('base64');
  let hits = 0;
  let computed = 0;
  let earlyUsed = 0;
  // The last body's hash: each body is asked for by several rules in a row.
  let lastBody: string | undefined;
  let lastHash = '';
  const memo: BodyMemo = <T>(rule: string, body: string, bodyLine: number, compute: () => T): T => {
    if (body !== lastBody) [lastBody, lastHash] = [body, hashOf(body)];
    const key = `${rule}\u0000${bodyLine}\u0000${lastHash}`;
    if (used.has(key)) return used.get(key) as T;
    if (stored.has(key)) {
      hits++;
      const value = stored.get(key) as T;
      used.set(key, value);
      return value;
    }
    computed++;
    if (early.has(key)) {
      const value = early.get(key) as T;
      early.delete(key);
      earlyUsed++;
      used.set(key, value);
      return value;
    }
    const value = compute();
    used.set(key, value);
    return value;
  };
  const ahead = (bodies: { body: string; bodyLine: number }[]) => {
    if (!aheadEnabled()) return;
    const missing = new Map<string, AheadBody>();
    for (const { body, bodyLine } of bodies) {
      const hash = hashOf(body);
      const key = `${hash}\u0000${bodyLine}`;
      if (!stored.has(`${BODY_RULE.nesting}\u00001\u0000${hash}`) && !missing.has(key)) missing.set(key, { key: hash, body, bodyLine });
    }
    if (missing.size < aheadMin()) return;
    answerAhead([...missing.values()], ([hash, answers]) => {
      for (const [rule, line, value] of answers) early.set(`${rule}\u0000${line}\u0000${hash}`, value);
    });
  };
  return {
    memo,
    ahead,
    stats: () => ({ hits, computed, early: earlyUsed }),
    save() {
      if (computed === 0 && used.size === stored.size) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join(dir, `${FILE}.${process.pid}.tmp`);
        writeFileSync(tmp, serialize({ version, entries: [...used] }));
        renameSync(tmp, join(dir, FILE));
        // Files a killed check left behind.
        for (const name of readdirSync(dir)) if (name.endsWith('.tmp') && name !== `${FILE}.${process.pid}.tmp` && stale(join(dir, name))) rmSync(join(dir, name), { force: true });
      } catch {
        // Not kept (a read-only or full disk): the next check computes again.
      }
    },
  };
}

function read(file: string, version: string): Map<string, unknown> {
  try {
    const data = deserialize(readFileSync(file)) as { version?: unknown; entries?: unknown };
    if (data.version === version && Array.isArray(data.entries)) return new Map(data.entries as [string, unknown][]);
  } catch {
    // Missing or unreadable: an empty cache.
  }
  return new Map();
}

const stale = (file: string): boolean => {
  try {
    return Date.now() - statSync(file).mtimeMs > 3_600_000;
  } catch {
    return false;
  }
};

/** A hash of every file under `src/`, the lockfile and the Node version: what the rules' answers depend on besides the body. */
function codeVersion(root: string): string {
  const hash = createHash('sha256').update(`${process.version}\u0000`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(`${path.slice(root.length)}\u0000`).update(readFileSync(path)).update('\u0000');
    }
  };
  try {
    walk(join(root, 'src'));
    hash.update(readFileSync(join(root, 'package-lock.json')));
  } catch {
    // No sources to hash (an unusual layout): a version no file matches, so nothing is reused.
    return `unversioned-${process.pid}-${Date.now()}`;
  }
  return hash.digest('base64');
}
