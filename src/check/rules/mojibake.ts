/**
 * Mojibake: UTF-8 text read as Windows-1252 (or Latin-1) and saved again, so "é" became "Ã©" and "’" became "â€™"
 * (round 36 F2). A warning, since the words are published, only misspelt. Conservative: a run is reported only when
 * it is exactly the Windows-1252 spelling of one UTF-8 character (its lead and continuation bytes, checked by a strict
 * decoder) and that character is one such text is full of (Latin letters, Greek, Cyrillic, Arabic, punctuation,
 * currency, Vietnamese, kana, emoji; Greek, Cyrillic and Arabic only as a word of runs). So "Ça va", "Ålesund",
 * "São Paulo", "voilà »" or "CAFÉ…" are never told.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F; the five it leaves undefined read as the C1 control itself. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/** One continuation byte (0x80–0xBF) as Windows-1252 or Latin-1 shows it. */
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009F]/g, '')}]`;
/** A lead byte and as many continuation bytes as it announces (two-, three- and four-byte sequences). */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E1\\u00E2\\u00E3]${CONT}{2}|\\u00F0${CONT}{3}`, 'g');

/**
 * The characters misread text is made of: Latin letters (Latin-1, Latin Extended-A, Vietnamese ơ ư, Romanian ș ț),
 * punctuation, currency, ™, Vietnamese stacked letters, kana and emoji. A run decoding to anything else is more
 * likely real text ("É…" is U+0245 read so, but it is a headline's "ÉTÉ…").
 */
const LIKELY = /^[\u00A0-\u017F\u01A0-\u01B0\u0218-\u021B\u1E00-\u1EFF\u2010-\u205E\u20A0-\u20CF\u2100-\u214F\u3040-\u30FF\u{1F300}-\u{1FAFF}]$/u;
/**
 * Greek, Cyrillic and Arabic letters: one run alone ("OÙ…" is "م" read so) is real text; a misread word is runs
 * side by side ("Ø§Ù„"), so these count only next to another run.
 */
const IN_WORDS = /^[\u0370-\u03FF\u0400-\u045F\u0600-\u06FF]$/u;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The character `run` spells when its characters are taken back to Windows-1252 bytes, or undefined. */
function decodedRun(run: string): string | undefined {
  const bytes = [...run].map((c) => BYTE_OF.get(c) ?? c.charCodeAt(0));
  try {
    const char = strictUtf8.decode(Uint8Array.from(bytes));
    return LIKELY.test(char) || IN_WORDS.test(char) ? char : undefined;
  } catch {
    return undefined;
  }
}

export interface MojibakeFind {
  index: number;
  /** The run as written, e.g. "Ã©". */
  text: string;
  message: string;
}

/** Every run in `text` that reads as a misdecoded UTF-8 character, in order. One pass. */
export function* mojibakeRuns(text: string): Generator<MojibakeFind> {
  if (!/[\u00C2-\u00F0]/.test(text)) return;
  // The previous run, held until the next shows whether a letter of IN_WORDS has a neighbour.
  let held: { index: number; text: string; meant: string; joined: boolean } | undefined;
  const find = (r: NonNullable<typeof held>): MojibakeFind | undefined => {
    if (IN_WORDS.test(r.meant) && !r.joined) return undefined;
    // "Â" and a no-break space: the fix names the space, which cannot be seen between quotes.
    const fix = r.meant === '\u00A0' ? 'a no-break space (U+00A0) or a plain space' : `"${r.meant}"`;
    return { index: r.index, text: r.text, message: `reads like text saved in the wrong encoding ("${r.text}" is ${fix} read as Windows-1252); replace it with ${fix}` };
  };
  // A flood of one run ("Ã©" × 100,000) is decoded once.
  const decoded = new Map<string, string | undefined>();
  for (const m of text.matchAll(MOJIBAKE)) {
    const meant = decoded.has(m[0]) ? decoded.get(m[0]) : decodedRun(m[0]);
    decoded.set(m[0], meant);
    if (meant === undefined) continue;
    const run = { index: m.index, text: m[0], meant, joined: false };
    if (held && held.index + held.text.length === run.index) held.joined = run.joined = true;
    const done = held && find(held);
    if (done) yield done;
    held = run;
  }
  const last = held && find(held);
  if (last) yield last;
}
