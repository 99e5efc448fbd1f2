/**
 * Whether a body opens with the dateline again, as wire copy writes it: the place followed by a dash (`Kabul —`,
 * `KABUL (Reuters) –`, any Unicode dash: `―`, `‒`, `－`), by a date and a dash (`Kabul, Nov 5 —`,
 * `KABUL, 5 November 2026 -`, `काबुल, 5 नवंबर —`), by more places (`KABUL/ISLAMABAD —`), by a spaced tatweel
 * (`كابول ـ`), in the Chinese wire form (`喀布尔11月5日电`), or the place in capitals followed by a comma or colon (`KABUL, …`). A lead sentence
 * whose subject is the place (`Kabul, the capital, was quiet`, `Kabul residents queued`) is prose and is left alone.
 * The opening is the first paragraph's text as rendered (opening-text.ts) after any leading photo or figure, inside a
 * first blockquote or raw `<p>` too; the place is compared with Arabic-script letter variants folded as topics fold them (`كابل` is `کابل`).
 */
import { foldArabicVariants } from './tag-lookalikes.ts';
import { blankLettersAsSpaces, dropInvisible } from '#/domain/reader-text.ts';
import { asRendered, openingParagraph, QUOTE_MARKERS } from './opening-text.ts';

// Emphasis, spaces and HTML tags the place may be wrapped in (`**KABUL** —`, `<p><b>KABUL</b> —`).
const WRAP = String.raw`(?:[*_~\s]|<\/?[a-zA-Z][^<>\n]{0,200}>)*`;
// Hyphens and minus signs count as a dash only before a space or doubled (`Kabul-based` is one word); every other
// dash always, and so do the characters that look like one: box-drawing lines (─ ━), the horizontal line extension
// (⎯) and the katakana prolonged sound mark (ー, ｰ).
const HYPHEN = String.raw`[\-\u2010\u2011\u2212\uFE63\uFF0D\u207B\u208B]`;
const LOOKALIKE = String.raw`\u2500\u2501\u23AF\u30FC\uFF70`;
// The Arabic tatweel (U+0640) standing alone between spaces is the dash of Arabic and Pashto wire copy
// (`القاهرة ـ`, round 24a #8); joined to a letter it only stretches the word.
const TATWEEL = String.raw`(?<=\s)\u0640+(?=\s|$)`;
const DASH_MARK = String.raw`(?:[\p{Pd}\u2212\u207B\u208B${LOOKALIKE}]{2,}|(?!${HYPHEN})[\p{Pd}${LOOKALIKE}]|${HYPHEN}(?=\s)|${TATWEEL})`;

const SPACE = new RegExp(`^${WRAP}`, 'u');
// Tags are left out of the prefix the message quotes (`<b>KABUL</b> —` is quoted as `KABUL —`).
const TAG = /<\/?[a-zA-Z][^<>\n]{0,200}>/g;
const DASH = new RegExp(`^${WRAP}${DASH_MARK}`, 'u');
// An agency or source in brackets between the place and the dash: `KABUL (Reuters) —`.
const AGENCY = new RegExp(String.raw`^${WRAP}\([^()\n]{1,40}\)`, 'u');
// More places before the dash: `KABUL/ISLAMABAD —`, `KABUL / ISLAMABAD —`.
const OTHER_PLACES = new RegExp(String.raw`^(?:${WRAP}\/${WRAP}[\p{L}\p{M}][\p{L}\p{M}.' \-]{0,40}?)+(?=${WRAP}${DASH_MARK})`, 'u');
// `, Nov 5`, `, Nov. 5, 2026`, `, 5 November 2026`, `, 2026-11-05`, `, Afghanistan, Nov. 5`, `، ۵ نوامبر` (an
// Arabic comma, Eastern Arabic digits), then an agency in brackets or not, then the dash (round 15, finding 5).
const DATE = new RegExp(String.raw`^${WRAP}[,\u060C]\s*([^\n]{1,60}?)(?=${WRAP}(?:\([^()\n]{1,40}\)${WRAP})?${DASH_MARK})`, 'u');
// Month names are letters and marks: Hindi `नवंबर` holds the anusvara, a mark (round 24a #8).
const DATE_TEXT = /^(?:\p{Nd}{4}-\p{Nd}{1,2}-\p{Nd}{1,2}|\p{Nd}{4}|(?:[\p{L}\p{M}]+\.?,?\s+)?(?:[\p{L}\p{M}]+\.?\s+)?\p{Nd}{1,2}(?:st|nd|rd|th)?\.?(?:\s+[\p{L}\p{M}]+\.?)?(?:,?\s+\p{Nd}{4})?)$/u;
/** A place named after the dateline's (`Afghanistan`, `Nangarhar Province`): capitalised words, or an uncased script. */
const PLACE_TEXT = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|[\p{Lo}\p{M}]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|[\p{Lo}\p{M}]+)){0,2}$/u;
/** What the comma after the place introduces, piece by piece: places and a date, at least one piece a date or all places. */
const placesAndDate = (text: string) => text.split(/\s*[,\u060C]\s*/).every((piece) => DATE_TEXT.test(piece) || PLACE_TEXT.test(piece));

/**
 * The Chinese wire dateline: the place, then the date and 电 ("filed"), `喀布尔11月5日电`, maybe an agency or
 * reporter in brackets, maybe a dash (round 24a #8). Without 电 or 讯 only a dash after the date makes it one.
 * (NFKC is not applied: fullwidth brackets are the usual ones here.)
 */
const CJK_NUMBER = String.raw`[\p{Nd}〇零一二三四五六七八九十]{1,4}`;
const CJK_WIRE = new RegExp(String.raw`^\s*(?:${CJK_NUMBER}年)?${CJK_NUMBER}月${CJK_NUMBER}日([电讯電訊])?(${WRAP}[（(][^（）()\n]{1,40}[）)])?`, 'u');

/** A dash answering the first one, in the same sentence: the pair sets off an aside. */
const SECOND_DASH = new RegExp(`\\s${DASH_MARK}(?=\\s)`, 'u');
/** The text up to the end of its first sentence (a full stop, question or exclamation mark before a space or the end). */
const sentenceOf = (text: string): string => text.slice(0, text.search(/[.!?。؟](?:\s|$)/u) + 1 || text.length);

/** A dash (or a hyphen, alone) at the end of a dateline value, with what wraps it: built once, not per call. */
const TRAILING_DASH = new RegExp(`${WRAP}(?:${DASH_MARK}|${HYPHEN})${WRAP}$`, 'u');

/** A dateline value that ends with a dash (`dateline: "KABUL —"`): the page adds its own, so it would print two. */
export function datelineDash(dateline: string): string | undefined {
  const m = TRAILING_DASH.exec(dateline.trimEnd());
  return m && m.index > 0 ? dateline.slice(0, m.index).trim() : undefined;
}

/** A comma, colon or semicolon (Latin, Arabic-script or fullwidth) at the end of a dateline value, spaces around it. */
const TRAILING_MARK = /\s*[,:;\u060C\u061B\uFF0C\uFF1A\uFF1B]+\s*$/u;

/**
 * A dateline value that ends with a comma, colon or semicolon (`dateline: "Kabul,"`, round 37b #2): the page adds its
 * dash after it, so "Kabul, —" would print. The value without it, or undefined.
 */
export function datelineMark(dateline: string): { mark: string; kept: string } | undefined {
  const m = TRAILING_MARK.exec(dateline);
  const kept = m ? dateline.slice(0, m.index).trim() : '';
  return m && kept !== '' ? { mark: m[0].trim(), kept } : undefined;
}

/** The repeated prefix as written (`KABUL —`), or undefined when the line does not start with the dateline. */
export function repeatedDateline(line: string, dateline: string, locale: string): string | undefined {
  // A blank letter (the braille blank, a Hangul filler: reader-text.ts) is a space where a reader sees one
  // (`KABUL⠀—`, round 15); the same length, so the prefix is quoted as written.
  const spaced = blankLettersAsSpaces(line);
  const lead = SPACE.exec(spaced)?.[0].length ?? 0;
  const text = spaced.slice(lead);
  const written = line.slice(lead);
  const length = placeLength(text, blankLettersAsSpaces(dateline), locale);
  if (length === undefined) return undefined;
  const place = text.slice(0, length);
  const rest = text.slice(length);
  const quoted = (end: number) => written.slice(0, end).replace(TAG, '').replace(/[*_~]+/g, '').trimEnd();
  const wire = CJK_WIRE.exec(rest);
  if (wire) {
    const dash = DASH.exec(rest.slice(wire[0].length));
    const end = length + wire[0].length;
    // `喀布尔11月5日电力供应…` ("electricity") is a sentence: 电 files the story only before a space or bracket.
    return dash ? quoted(end + dash[0].length) : wire[1] && (wire[2] || !/^[\p{L}\p{N}]/u.test(rest.slice(wire[0].length))) ? quoted(end) : undefined;
  }
  // The place must end there: `Kabulis queued` is another word.
  if (/^[\p{L}\p{M}\p{N}]/u.test(rest)) return undefined;
  let after = rest;
  const others = OTHER_PLACES.exec(after);
  if (others) after = after.slice(others[0].length);
  let agency = AGENCY.exec(after);
  if (agency) after = after.slice(agency[0].length);
  const date = agency ? undefined : DATE.exec(after);
  const dated = date !== undefined && date !== null && placesAndDate(date[1] ?? '');
  if (dated) {
    after = after.slice(date[0].length);
    agency = AGENCY.exec(after);
    if (agency) after = after.slice(agency[0].length);
  }
  const dash = DASH.exec(after);
  // `Kabul — the capital, home to five million — was quiet.`: a place in running text with a pair of dashes around
  // an aside is the sentence's subject, not a dateline (round 17). A dateline is written in capitals (`KABUL —`);
  // one in capitals keeps its line even when its sentence holds a pair of dashes of its own.
  if (dash && !agency && !dated && place !== place.toLocaleUpperCase(locale) && SECOND_DASH.test(sentenceOf(after.slice(dash[0].length)))) return undefined;
  if (dash) return quoted(text.length - after.length + dash[0].length);
  // `KABUL (AP): …`: an agency, then a colon.
  const colon = /^[*_\s]*:/.exec(after);
  if (agency && colon) return quoted(text.length - after.length + colon[0].length);
  if (agency || dated) return undefined;
  // Wire copy's capitals: `KABUL, …`, `KABUL: …` or `KABUL. …` (not `U.S.`; a place in capitals opens no sentence). A script without
  // letter case (`کابل: …`) has no capitals to tell: the colon alone (a comma there may open a sentence).
  const capitals = /\p{Lu}/u.test(place) && !/\p{Ll}/u.test(place);
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(place);
  const mark = capitals ? /^[*_\s]*[,:.](?!\p{L})/u.exec(rest) : uncased ? /^[*_\s]*:/.exec(rest) : null;
  if (mark) return quoted(place.length + mark[0].length);
  return undefined;
}

const ENDS_WITH_DASH = new RegExp(`${DASH_MARK}$`, 'u');
/** Words in capitals at the start of a line (`HERAT`, `MAZAR-I-SHARIF`, `NEW DELHI`): a typed dateline's place. */
const CAPITAL_PLACE = new RegExp(String.raw`^${WRAP}(\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3})`, 'u');

/**
 * A dateline typed at the start of the body for whatever place (`HERAT —`, `HERAT (AP) —`, `HERAT, Nov 5 —`): the
 * place in capitals, then a dash as {@link repeatedDateline} reads it. For a body whose `dateline:` names another
 * place (round 19: a story refiled from another town printed `MAZAR —` above `HERAT —`). Scripts without letter
 * case have no capitals to tell a dateline from a sentence's subject, and are left alone.
 */
export function typedDateline(line: string, locale: string): string | undefined {
  const place = CAPITAL_PLACE.exec(blankLettersAsSpaces(line))?.[1]?.replace(/[.'’\-]+$/u, '');
  if (!place || [...place.replace(/\P{L}/gu, '')].length < 2) return undefined;
  const typed = repeatedDateline(line, place, locale);
  return typed !== undefined && ENDS_WITH_DASH.test(typed) ? typed : undefined;
}

/** An inline tag or a note inside the place (`K<span>ABUL</span>`, `KA<!-- x -->BUL`): the reader sees neither. */
const INLINE_MARKUP = /<!--[\s\S]{0,200}?-->|<\/?[a-zA-Z][^<>\n]{0,200}>/y;

/**
 * How many characters of `text` spell the place as the reader sees it, letter case and Arabic-script variants
 * aside; undefined if none. Characters that print nothing (a soft hyphen, a zero-width joiner, a variation
 * selector: src/domain/reader-text.ts) and inline tags and notes inside or right after the place are read through.
 */
function placeLength(text: string, dateline: string, locale: string): number | undefined {
  // NFKC: fullwidth `ＫＡＢＵＬ` is the place the reader sees, as file names are read.
  // Blank letters are spaces already (repeatedDateline); a filler left is part of a conjoining syllable: dropped.
  const fold = (s: string) => foldArabicVariants(dropInvisible(s.normalize('NFKC').replace(/[\u115F\u1160]/g, ''))).toLocaleUpperCase(locale);
  const want = fold(dateline.trim());
  if (want === '') return undefined;
  let got = '';
  let length = 0;
  // Past the place: only what prints nothing (so `KABUL︎ —` still ends the place there).
  const unseen = () => {
    for (;;) {
      INLINE_MARKUP.lastIndex = length;
      const markup = text[length] === '<' ? INLINE_MARKUP.exec(text) : null;
      if (markup && got.length < want.length) length += markup[0].length;
      else if (markup && markup[0].startsWith('<!--')) length += markup[0].length;
      else {
        const c = String.fromCodePoint(text.codePointAt(length) ?? 0);
        if (length >= text.length || fold(c) !== '') return;
        length += c.length;
      }
    }
  };
  while (length < text.length && got.length < want.length) {
    unseen();
    if (length >= text.length || got.length >= want.length) break;
    const c = String.fromCodePoint(text.codePointAt(length)!);
    got += fold(c);
    length += c.length;
  }
  if (got !== want) return undefined;
  unseen();
  return length;
}

// What may come before the story's first words without being read: a photo (`![…](…)`, `![…][ref]`, a linked
// photo, `<img>`), a one-line `<figure>…</figure>`, an HTML comment, and tags alone (`<p>`, `<div>`).
const DECORATION = /!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])|\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)|<figure\b[^\n]*?<\/figure\s*>|<!--[^\n]*?-->|<\/?[a-zA-Z][^<>\n]{0,200}>/g;
// A credit in brackets may follow the emphasis (`*Farmers at work.* (Photo: Ahmad Zia)`, round 37a #1).
const CAPTION = /^([*_])(?!\1)[^\n]*[^\s*_]\1(?:\s*\([^()\n]{1,200}\))?$/;
// An editor's note before the story, a paragraph wholly in one emphasis (`*This article was updated …*`): the page
// prints the dateline on the story's first words after it (dateline-place.ts, round 37a #2).
const NOTE = /^(?:\*(?!\*)[^*\n]*[^\s*]\*|_(?!_)[^_\n]*[^\s_]_)$/;
/** Lines looked at for the opening (a body opening with more photos than this is not news copy). */
const OPENING_LINES = 50;

/**
 * The line after an editor's note opening at `index` (its lines up to a blank one, joined, wholly in one emphasis),
 * when more text follows it; -1 otherwise. As the page, a body that is a note alone keeps the note as its opening.
 */
function editorsNoteEnd(lines: readonly string[], index: number): number {
  if (!/^[*_]/.test((lines[index] ?? '').trim())) return -1;
  let end = index;
  while (end < lines.length && end - index < OPENING_LINES && (lines[end] ?? '').trim() !== '') end++;
  if (!NOTE.test(lines.slice(index, end).map((l) => l.trim()).join(' '))) return -1;
  return lines.slice(end).some((l) => l.trim() !== '') ? end : -1;
}

/** The body's opening line as the page starts it (0-based line index in the body), for {@link repeatedDateline}. */
export function bodyOpening(body: string): { text: string; index: number } {
  const lines = body.split('\n', OPENING_LINES + 20);
  let inFigure = false;
  let afterPhoto = false;
  let noteEnd = 0;
  for (const [index, raw] of lines.slice(0, OPENING_LINES).entries()) {
    if (index < noteEnd) continue;
    const line = raw.replace(QUOTE_MARKERS, '').trim();
    // The caption line under a photo (`*Wagons at the terminal. (Photo: Dateline)*`, README "Adding an article"),
    // on the next line or past blank ones: the pair the page makes one figure (rehype-photo-captions.ts).
    if (afterPhoto && CAPTION.test(line)) {
      afterPhoto = false;
      continue;
    }
    if (inFigure) {
      inFigure = !/<\/figure\s*>/i.test(line);
      continue;
    }
    if (/^<figure\b/i.test(line) && !/<\/figure\s*>/i.test(line)) {
      inFigure = true;
      continue;
    }
    if (line.replace(DECORATION, '').trim() === '') {
      if (line !== '') afterPhoto = true;
      continue;
    }
    const note = QUOTE_MARKERS.test(raw) ? -1 : editorsNoteEnd(lines, index);
    if (note > index) {
      noteEnd = note;
      continue;
    }
    // Leading photos and comments are not part of the text; leading tags are skipped by the dateline match.
    const paragraph = openingParagraph(line, lines.slice(index + 1), QUOTE_MARKERS.test(raw));
    return { text: asRendered(paragraph).replace(/^(?:\s*(?:!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])|<img\b[^<>\n]*>|<!--[^\n]*?-->))+/i, '').trim(), index };
  }
  return { text: '', index: 0 };
}

/**
 * The line of a photo the opening paragraph starts with (`![…](…)` with the lead typed on the line under it, no
 * caption line between): the page shows photo and lead as one paragraph and prints the dateline beside the photo
 * (round 37a #1). Undefined when the opening stands apart from any photo, or under a caption line the page splits off.
 */
export function photoBesideLead(body: string, opening: { index: number }): number | undefined {
  const above = opening.index - 1;
  const lines = body.split('\n', opening.index + 1);
  const line = (lines[above] ?? '').trim();
  if (above < 0 || line === '' || QUOTE_MARKERS.test(lines[opening.index] ?? '')) return undefined;
  const photos = (text: string) => (text.replace(DECORATION, '').trim() === '' ? (text.match(/!\[|<img\b/gi)?.length ?? 0) : 0);
  // The page splits the lead off a caption line only under one photo alone on its line (rehype-photo-captions.ts).
  if (CAPTION.test(line)) return above > 0 && photos((lines[above - 1] ?? '').trim()) > 1 ? above - 1 : undefined;
  return photos(line) > 0 ? above : undefined;
}
