/**
 * Round-12 findings 1, 2, 3 and 8 (issue 10). 1–3: every footnote gets ids of its own, valid (no whitespace) and
 * unique on the page, and every call and "↩" lands on its own note (src/markdown/remark-footnote-ids.ts), in both
 * pipelines. 8: the check's footnote matching agrees with the renderer's parse (src/check/rules/footnote-parse.ts):
 * spaced calls and labels, definitions inside HTML blocks and desk notes, and empty definitions are one line each.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { createIdReader } from '#/markdown/page-ids.ts';
import { footnoteIdsFor } from '#/markdown/remark-footnote-ids.ts';
import { checkFootnotes } from '#/check/rules/footnotes.ts';

const renderers = { fast: createMarkdownRenderer('fast'), reference: createMarkdownRenderer('reference') };

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x22;/g, '"').replace(/&amp;/g, '&').replace(/&#x26;/g, '&').replace(/&#xA;/gi, '\n');

/** The ids of `html`, and its footnote links as [href target (decoded), own id, kind]. */
function footnoteFacts(html: string) {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!));
  const links: { target: string; id: string | undefined; kind: 'call' | 'back' }[] = [];
  for (const m of html.matchAll(/<a ([^>]*data-footnote-(?:ref|backref)[^>]*)>/g)) {
    const attrs = m[1]!;
    const href = decode(/href="#([^"]*)"/.exec(attrs)?.[1] ?? '');
    let target = href;
    try {
      target = decodeURIComponent(href);
    } catch {
      // as written
    }
    links.push({ target: ids.includes(href) ? href : target, id: /\sid="([^"]*)"/.exec(` ${attrs}`)?.[1], kind: attrs.includes('data-footnote-backref') ? 'back' : 'call' });
  }
  return { ids, links };
}

/** Problems: ids repeated, ids holding whitespace or invisible characters, links landing on no id. */
function idProblems(html: string): string[] {
  const { ids, links } = footnoteFacts(html);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) out.push(`duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
    if (id === '' || /[\s\p{Cf}\p{Cc}]/u.test(id)) out.push(`invalid id ${JSON.stringify(id)}`);
  }
  for (const l of links) if (!seen.has(l.target)) out.push(`link to #${l.target} lands nowhere`);
  return out;
}

/** For each note (in order), the text of the note and the ids of the calls its "↩" links lead back to. */
function notes(html: string): { text: string; calls: string[]; backs: string[] }[] {
  const out: { text: string; calls: string[]; backs: string[] }[] = [];
  for (const m of html.matchAll(/<li id="([^"]*)">([\s\S]*?)<\/li>/g)) {
    const id = decode(m[1]!);
    const text = m[2]!.replace(/<[^>]*>/g, '').replace(/↩.*$/s, '').trim();
    const { links } = footnoteFacts(html);
    out.push({ text, calls: links.filter((l) => l.kind === 'call' && l.target === id).map((l) => l.id ?? '(none)'), backs: footnoteFacts(m[2]!).links.map((l) => l.target) });
  }
  return out;
}

describe('footnote ids are valid and unique, and each link lands on its own note (findings 1–3)', () => {
  const CASES: Record<string, { body: string; texts: string[] }> = {
    'labels that differ only by percent-encoding (finding 1)': {
      body: 'Prices rose[^ä] and fell[^%C3%A4].\n\n[^ä]: Umlaut note.\n[^%C3%A4]: Escaped note.',
      texts: ['Umlaut note.', 'Escaped note.'],
    },
    'an encoded space, line break and zero-width space (finding 2)': {
      body: 'Prices rose[^a%20b], fell[^%0A] and held[^%E2%80%8B].\n\n[^a%20b]: Encoded note.\n[^%0A]: Line note.\n[^%E2%80%8B]: Invisible note.',
      texts: ['Encoded note.', 'Line note.', 'Invisible note.'],
    },
    'a label 1-2 beside a note 1 cited twice (finding 3)': {
      body: 'Prices rose[^1] on Monday, traders said[^1], and again later[^1-2].\n\n[^1]: First note.\n[^1-2]: Second, separate note.',
      texts: ['First note.', 'Second, separate note.'],
    },
    'a label 1-3 beside a note 1 cited three times, the 1-3 note first': {
      body: 'Later[^1-3] and earlier[^1], [^1], [^1].\n\n[^1]: First note.\n[^1-3]: Other note.',
      texts: ['Other note.', 'First note.'],
    },
    'a note named by its number beside an unused definition of that number': {
      body: 'One[^ä] two[^%C3%A4].\n\n[^2]: Unused.\n[^ä]: Umlaut.\n[^%C3%A4]: Escaped.',
      texts: ['Umlaut.', 'Escaped.'],
    },
  };
  for (const [name, { body, texts }] of Object.entries(CASES)) {
    for (const [mode, render] of Object.entries(renderers)) {
      it(`${name} (${mode})`, () => {
        const { html } = render(body);
        expect(idProblems(html)).toEqual([]);
        const found = notes(html);
        expect(found.map((n) => n.text)).toEqual(texts);
        // Each note's calls are its own, each has an id, and its "↩" links go back to exactly those calls.
        for (const n of found) {
          expect(n.calls.length).toBeGreaterThan(0);
          expect(n.calls).not.toContain('(none)');
          expect(n.backs).toEqual(n.calls);
        }
      });
    }
  }

  it('readable labels keep their ids (what editors link to); the others are named by their number', () => {
    const { html } = renderers.fast('A[^note] b[^۱] c[^%C3%A4] d[^1].\n\n[^note]: N.\n[^۱]: P.\n[^%C3%A4]: E.\n[^1]: O.');
    expect(html).toContain('id="user-content-fn-note"');
    expect(html).toContain('id="user-content-fn-۱"');
    expect(html).toContain('id="user-content-fn-1"');
    // Note 3 would be `3`; a label `3` is not on the page, so that is its id.
    expect(html).toContain('id="user-content-fn-3"');
  });

  it('a number taken by a readable label moves on', () => {
    const ids = footnoteIdsFor(['%41', '1', '1_2'], new Map([['%41', 1], ['1', 1], ['1_2', 1]]));
    expect(ids.get('1')).toBe('1');
    expect(ids.get('1_2')).toBe('1_2');
    expect(ids.get('%41')).toBe('1_3');
  });

  it("the check's anchor rule reads the same ids (an editor's link to a renamed note is checked against them)", () => {
    const ids = createIdReader()('Prices rose[^ä] and fell[^%C3%A4].\n\n[^ä]: Umlaut note.\n[^%C3%A4]: Escaped note.');
    expect([...ids].filter((id) => id.includes('fn')).sort()).toEqual(['user-content-fn-2', 'user-content-fn-ä', 'user-content-fnref-2', 'user-content-fnref-ä']);
  });
});

const lines = (body: string) => checkFootnotes(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.severity} ${p.message}`);

describe("the check's footnotes are the renderer's (finding 8)", () => {
  it('[ ^1]: the note would be dropped', () => {
    expect(lines('Prices rose[ ^1].\n\n[^1]: Spaced ref.')).toEqual([
      '12:1 error footnote [^1] is never referred to, so its text would not be shown: [ ^1] on line 10 is no footnote call (a footnote call holds no spaces), so it is printed as typed; write [^1]',
    ]);
  });

  it('[^1 ] and [^1 + NBSP]: the note would be dropped', () => {
    expect(lines('Prices rose[^1 ].\n\n[^1]: Trailing space ref.')).toEqual([
      '12:1 error footnote [^1] is never referred to, so its text would not be shown: [^1 ] on line 10 is no footnote call (a footnote call holds no spaces), so it is printed as typed; write [^1]',
    ]);
    expect(lines('Prices rose[^1\u00a0].\n\n[^1]: No-break space ref.')).toEqual([
      '12:1 error footnote [^1] is never referred to, so its text would not be shown: [^1<U+00A0>] on line 10 is no footnote call (a footnote call holds no spaces), so it is printed as typed; write [^1]',
    ]);
  });

  it('[^ 1]: the definition is printed as typed and the call with it', () => {
    expect(lines('Prices rose[^1].\n\n[^ 1]: Space inside.')).toEqual([
      '12:1 error footnote definition [^ 1] has a space inside its brackets, so it is no footnote: the page shows the line as typed; write [^1]: (a footnote label holds no spaces)',
    ]);
  });

  it('[^1 2] cited and defined: one line', () => {
    expect(lines('Prices rose[^1 2].\n\n[^1 2]: Inner space.')).toEqual([
      '12:1 error footnote definition [^1 2] has a space inside its brackets, so it is no footnote: the page shows the line as typed; write [^1-2]: (a footnote label holds no spaces)',
    ]);
  });

  it('a definition inside a <div> block: one line', () => {
    expect(lines('Prices rose[^1].\n\n<div>\n[^1]: Definition in html block.\n</div>')).toEqual([
      '13:1 error footnote definition [^1] is inside an HTML <div> block, where Markdown is not read, so the page shows the line as typed and its call as "[^1]"; move the definition out of the block, after a blank line',
    ]);
  });

  it('a definition inside a multi-line desk note: one line', () => {
    expect(lines('Prices rose[^1].\n\n<!--\n[^1]: Held back.\n-->')).toEqual([
      '13:1 error footnote definition [^1] is inside a desk note (<!-- … -->), which the page does not show, so the note is lost and its call is printed as typed; move the definition out of the note',
    ]);
  });

  it('an empty definition: one line', () => {
    expect(lines('Prices rose[^2].\n\n[^2]:')).toEqual([
      '12:1 error footnote [^2] has no text, so the page would show an empty numbered note; write the note after "[^2]:" or remove the footnote and its calls',
    ]);
  });

  it('a spaced call beside a good one is a warning of its own; good footnotes get no line', () => {
    expect(lines('Prices rose[^1] and fell[ ^1].\n\n[^1]: Note.')).toEqual([
      '10:25 warning [ ^1] is no footnote call (a footnote call holds no spaces), so it is printed as typed; write [^1]',
    ]);
    expect(lines('Prices rose[^1] and fell[^a].\n\n[^1]: Note.\n[^a]: Other.\n\n> Quoted[^q].\n>\n> [^q]: In a quote.\n\n- item[^l]\n\n  [^l]: In a list.')).toEqual([]);
  });
});
