/**
 * Makes the Markdown parser linear in the number of blocks that close. micromark applies its edits to the
 * document's event list with `EditMap.prototype.consume` (micromark-util-edit-map), which copies the whole list
 * every time, and the document tokenizer calls it each time a blockquote, list or footnote definition closes: a
 * body of 4,800 separate quotes (`> …` and a blank line, well within the markup limit) took 4.6 s to parse, 9,950
 * would take ~20 s, in the check and again in the renderer (found in round 22 while profiling round 21's 2,400
 * footnote definitions). This `consume` keeps the events before the first edit where they are and rebuilds only
 * what follows it; its result is the same list (tests/unit/micromark-linear.test.ts compares the two on generated
 * edits). Imported for its effect by the pipeline (pipeline.ts), so every parse (the check's, the renderer's) has it.
 */
import { EditMap } from 'micromark-util-edit-map';

type Edit = [at: number, remove: number, add: unknown[]];
interface EditMapState {
  map: Edit[];
  index: Map<number, number>;
}

/** micromark-util-edit-map 1.0.0's `consume`, with its O(events) copy of the untouched prefix left out. */
export function consumeFromFirstEdit(this: EditMapState, events: unknown[]): void {
  this.map.sort((a, b) => a[0] - b[0]);
  if (this.map.length === 0) return;
  const tails: unknown[][] = [];
  for (let index = this.map.length - 1; index >= 0; index--) {
    const [at, remove, add] = this.map[index]!;
    tails.push(events.slice(at + remove), add);
    events.length = at;
  }
  for (let tail = tails.pop(); tail; tail = tails.pop()) for (const event of tail) events.push(event);
  this.map.length = 0;
  this.index.clear();
}

/** The library's own method, kept for the equivalence test. */
export const libraryConsume = EditMap.prototype.consume;

// Only the 1.0.0 shape this was written against (fields `map` and `index`) is replaced; anything else keeps its own.
const probe = new EditMap() as unknown as Partial<EditMapState>;
if (Array.isArray(probe.map) && probe.index instanceof Map) {
  (EditMap.prototype as unknown as { consume: typeof consumeFromFirstEdit }).consume = consumeFromFirstEdit;
}
