/**
 * Measures related links against a labelled newsroom: a content folder plus `threads.json`, which names the
 * story threads (thread name → slugs); every other article is filler. Used by the unit tests (one per corpus)
 * and by `npm run related -- --eval <dir>`, so the README's figures and the tests' are the same numbers.
 *
 *   precision = automatic picks of thread articles that are in the article's own thread / all those picks
 *   recall    = thread-mates found in the slots / the thread-mates that fit in them (min(count, mates))
 *
 * Editor pins are stripped: the measure is of the automatic picks alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '#/check/content-check.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';
import { computeRelated, type RelatedInput, type RelatedResult } from './engine.ts';
import { relatedInputsOf } from './rendered.ts';

export interface LabelledCorpus {
  inputs: RelatedInput[];
  /** Slug → thread name, for thread articles that are visible. */
  threadOf: Map<string, string>;
  /** Content errors (a labelled corpus should have none). */
  errors: string[];
}

export interface ThreadFigures {
  thread: string;
  articles: number;
  picks: number;
  inThread: number;
  found: number;
  findable: number;
}

export interface CorpusFigures {
  articles: number;
  threads: number;
  precision: number;
  recall: number;
  picks: number;
  inThread: number;
  found: number;
  findable: number;
  perThread: ThreadFigures[];
  /** Out-of-thread picks, "article → pick". */
  misses: string[];
}

/** Reads a labelled corpus (`dir/content`, `dir/threads.json`) as the build would: visible articles only. */
export function loadLabelledCorpus(root: string, dir: string, now = Date.now()): LabelledCorpus {
  const visibility: VisibilityContext = { now, includeDrafts: false };
  const content = checkContent({ root, contentDir: join(dir, 'content'), visibility });
  const visible = content.articles.filter((a) => isVisible(a.data, visibility));
  const inputs = relatedInputsOf(visible).map((a) => ({ ...a, pinned: [] }));
  const threads = JSON.parse(readFileSync(join(dir, 'threads.json'), 'utf8')) as Record<string, unknown>;
  const present = new Set(inputs.map((a) => a.slug));
  const threadOf = new Map<string, string>();
  for (const [thread, slugs] of Object.entries(threads)) {
    if (!Array.isArray(slugs)) continue;
    for (const s of slugs) if (typeof s === 'string' && present.has(s)) threadOf.set(s, thread);
  }
  const errors = content.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line ?? 1}: ${d.message}`);
  return { inputs, threadOf, errors };
}

/** Precision and recall of the automatic picks of every thread article. */
export function scoreThreads(related: Map<string, RelatedResult>, threadOf: Map<string, string>, count: number): Omit<CorpusFigures, 'articles'> {
  const size = new Map<string, number>();
  for (const t of threadOf.values()) size.set(t, (size.get(t) ?? 0) + 1);
  const per = new Map<string, ThreadFigures>();
  const misses: string[] = [];
  for (const [slug, thread] of threadOf) {
    const f = per.get(thread) ?? { thread, articles: size.get(thread) ?? 0, picks: 0, inThread: 0, found: 0, findable: 0 };
    per.set(thread, f);
    const picks = (related.get(slug)?.picks ?? []).filter((p) => !p.pinned);
    f.picks += picks.length;
    for (const p of picks) {
      if (threadOf.get(p.slug) === thread) f.inThread++;
      else misses.push(`${slug} → ${p.slug}`);
    }
    f.found = f.inThread;
    f.findable += Math.min(count, (size.get(thread) ?? 1) - 1);
  }
  const perThread = [...per.values()].sort((a, b) => (a.thread < b.thread ? -1 : 1));
  const sum = (k: 'picks' | 'inThread' | 'found' | 'findable') => perThread.reduce((s, f) => s + f[k], 0);
  return {
    threads: perThread.length,
    precision: sum('picks') ? sum('inThread') / sum('picks') : 0,
    recall: sum('findable') ? sum('found') / sum('findable') : 0,
    picks: sum('picks'),
    inThread: sum('inThread'),
    found: sum('found'),
    findable: sum('findable'),
    perThread,
    misses,
  };
}

/** Loads, computes and scores a labelled corpus with `count` slots (the site default is 4). */
export function evaluateCorpus(root: string, dir: string, count = 4, now?: number): CorpusFigures & { errors: string[] } {
  const corpus = loadLabelledCorpus(root, dir, now);
  const related = computeRelated(corpus.inputs, { count });
  return { articles: corpus.inputs.length, ...scoreThreads(related, corpus.threadOf, count), errors: corpus.errors };
}
