/**
 * Compact data structures of the related engine: growable int buffers, compressed rows (document → features)
 * and their inversion (feature → documents), and string interning. Typed arrays keep a 50,000-article archive
 * in a few tens of MB and make every pass a tight loop.
 */

/** Growable Int32 buffer. */
export class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Compressed rows: row r is `items[start[r] .. start[r + 1])`. */
export interface Rows {
  start: Int32Array;
  items: Int32Array;
}

/** Postings (feature → documents, ascending, i.e. oldest first) from rows (document → features). */
export function invert(rows: Rows, features: number): Rows {
  const n = rows.start.length - 1;
  const start = new Int32Array(features + 1);
  for (let k = 0; k < rows.items.length; k++) {
    const f = (rows.items[k] ?? 0) + 1;
    start[f] = (start[f] ?? 0) + 1;
  }
  for (let f = 0; f < features; f++) start[f + 1] = (start[f + 1] ?? 0) + (start[f] ?? 0);
  const fill = start.slice(0, features);
  const items = new Int32Array(rows.items.length);
  for (let d = 0; d < n; d++) {
    for (let k = rows.start[d] ?? 0, e = rows.start[d + 1] ?? 0; k < e; k++) {
      const f = rows.items[k] ?? 0;
      const at = fill[f] ?? 0;
      items[at] = d;
      fill[f] = at + 1;
    }
  }
  return { start, items };
}

/** Ids for strings, in first-seen order. */
export function interner() {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    get size() {
      return names.length;
    },
    names,
    id(s: string): number {
      let id = ids.get(s);
      if (id === undefined) {
        ids.set(s, (id = names.length));
        names.push(s);
      }
      return id;
    },
  };
}

/** Rows of ids for each document's strings (authors, tags): ascending, no repeats. */
export function idRows(lists: readonly (readonly string[])[], id: (s: string) => number): Rows {
  const start = new Int32Array(lists.length + 1);
  const items = new IntList();
  lists.forEach((list, d) => {
    const from = items.length;
    start[d] = from;
    for (const s of list) {
      const v = id(s);
      let p = items.length;
      while (p > from && (items.data[p - 1] ?? 0) > v) p--;
      if (p > from && items.data[p - 1] === v) continue;
      items.push(v);
      items.data.copyWithin(p + 1, p, items.length - 1);
      items.data[p] = v;
    }
  });
  start[lists.length] = items.length;
  return { start, items: items.view() };
}
