/**
 * A list field written twice (round 26a #8): a second rename added `formerly: [x]` under the first, "keep one"
 * dropped the first old address and its redirect page with it. Two lists are merged, never one kept: the line shows
 * the one list holding the items of both (each once, in order).
 */
import { isScalar, isSeq, type Pair } from 'yaml';
import { shown } from './yaml-list-slips.ts';

/** The line for `key` written twice when both values are lists of plain values; undefined otherwise. */
export function mergedListHint(key: string, first: Pair, second: Pair, yaml: string): string | undefined {
  if (!isSeq(first.value) || !isSeq(second.value)) return undefined;
  const seen = new Set<unknown>();
  const items: string[] = [];
  for (const item of [...first.value.items, ...second.value.items]) {
    if (!isScalar(item) || !item.range) return undefined;
    if (item.value === null || item.value === '' || seen.has(item.value)) continue;
    seen.add(item.value);
    const written = yaml.slice(item.range[0], item.range[1]);
    // A block item's plain text may hold what a [..] list reads as its own syntax ("Rail, trade"): quoted then.
    items.push(item.type === 'PLAIN' && /[,[\]{}#\n]/.test(written) ? JSON.stringify(String(item.value)) : written);
  }
  return `the field "${key}" appears twice, each with a list; merge them: write one list with the items of both in their place, ${shown(`${key}: [${items.join(', ')}]`, `${key}: [a, b]`)}`;
}
