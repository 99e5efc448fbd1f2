/**
 * Whether the first line of a body starts with the dateline again, as wire copy writes it: the place followed by
 * a dash (`Kabul —`, `KABUL (Reuters) –`), by a date and a dash (`Kabul, Nov 5 —`, `KABUL, 5 November 2026 -`), or
 * the place in capitals followed by a comma or colon (`KABUL, …`). A lead sentence whose subject is the place
 * (`Kabul, the capital, was quiet`, `Kabul residents queued`) is prose and is left alone.
 */

const SPACE = /^[*_\s]*/;
const DASH = /^[*_\s]*(?:[—–]|--?(?=\s))/;
// An agency or source in brackets between the place and the dash: `KABUL (Reuters) —`.
const AGENCY = /^[*_\s]*\([^()\n]{1,40}\)/;
// `, Nov 5`, `, Nov. 5, 2026`, `, 5 November 2026`, `, 2026-11-05`, then the dash.
const DATE = /^[*_\s]*,\s*([^—–\n]{1,30}?)(?=[*_\s]*(?:[—–]|--?\s))/;
const DATE_TEXT = /^(?:\d{4}-\d{1,2}-\d{1,2}|(?:\p{L}+\.?,?\s+)?(?:\p{L}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?(?:\s+\p{L}+\.?)?(?:,?\s+\d{4})?)$/u;

/** The repeated prefix as written (`KABUL —`), or undefined when the line does not start with the dateline. */
export function repeatedDateline(line: string, dateline: string, locale: string): string | undefined {
  const text = line.replace(SPACE, '');
  const place = text.slice(0, dateline.length);
  if (place.toLocaleUpperCase(locale) !== dateline.toLocaleUpperCase(locale)) return undefined;
  const rest = text.slice(place.length);
  // The place must end there: `Kabulis queued` is another word.
  if (/^[\p{L}\p{M}\p{N}]/u.test(rest)) return undefined;
  let after = rest;
  const agency = AGENCY.exec(after);
  if (agency) after = after.slice(agency[0].length);
  const date = agency ? undefined : DATE.exec(after);
  if (date && DATE_TEXT.test(date[1] ?? '')) after = after.slice(date[0].length);
  const dash = DASH.exec(after);
  if (dash) return text.slice(0, text.length - after.length + dash[0].length).trimEnd();
  if (agency || (date && DATE_TEXT.test(date[1] ?? ''))) return undefined;
  // Wire copy's capitals: `KABUL, …` or `KABUL: …` (a place in capitals opens no sentence).
  const capitals = /\p{Lu}/u.test(place) && !/\p{Ll}/u.test(place);
  const mark = /^[*_\s]*[,:]/.exec(rest);
  if (capitals && mark) return text.slice(0, place.length + mark[0].length);
  return undefined;
}
