/** src/markdown/micromark-linear.ts: the parser's edit step, rebuilt from the first edit, gives the same events. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditMap } from 'micromark-util-edit-map';
import { consumeFromFirstEdit, libraryConsume } from '#/markdown/micromark-linear.ts';
import { parseBody } from '#/markdown/body-tree.ts';

describe('micromark-linear', () => {
  it('is installed: the parser uses it', () => {
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit);
    expect(libraryConsume).not.toBe(consumeFromFirstEdit);
  });

  it('applies any set of edits exactly as the library does', () => {
    const edit = fc.record({ at: fc.nat(40), remove: fc.nat(5), add: fc.array(fc.integer({ min: 100, max: 999 }), { maxLength: 4 }), before: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(edit, { maxLength: 8 }), (length, edits) => {
        const apply = (consume: (this: EditMap, events: never[]) => void) => {
          const events = Array.from({ length }, (_, i) => i);
          const map = new EditMap();
          for (const e of edits) {
            if (e.at > events.length) continue;
            (e.before ? map.addBefore : map.add).call(map, e.at, Math.min(e.remove, events.length - e.at), [...e.add] as never[]);
          }
          consume.call(map, events as never[]);
          return events;
        };
        expect(apply(consumeFromFirstEdit as never)).toEqual(apply(libraryConsume as never));
      }),
      { seed: 22, numRuns: 500 },
    );
  });

  it('parses separate quotes, lists and footnote definitions into the same tree shape as one at a time', () => {
    const tree = parseBody('> One.\n\n> Two.\n\n- a\n\nText.\n\n- b\n\n[^1]: Note.\n\n[^2]: Other.');
    expect(tree.children.map((n) => n.type)).toEqual(['blockquote', 'blockquote', 'list', 'paragraph', 'list', 'footnoteDefinition', 'footnoteDefinition']);
  });
});
