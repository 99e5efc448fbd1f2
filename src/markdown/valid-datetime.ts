/**
 * The machine-readable date and time forms HTML takes in `<time datetime>` (and a `<time>`'s text when it has no
 * attribute) and in `<del>`/`<ins datetime>`: what the W3C Nu checker accepts, with the ranges it checks.
 */
const TIME = String.raw`([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?`;
const ZONE = String.raw`(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)`;
const DATE = String.raw`(\d{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
const DATE_OR_DATETIME = new RegExp(`^${DATE}(?:[T ]${TIME}${ZONE})?$`);
const ANY = [
  new RegExp(`^${DATE}$`),
  /^\d{4,}-(0[1-9]|1[0-2])$/,
  /^\d{4,}$/,
  /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  /^\d{4,}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  new RegExp(`^${TIME}$`),
  new RegExp(`^${DATE}[T ]${TIME}${ZONE}?$`),
  new RegExp(`^${ZONE}$`),
  /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,3})?S)?)?$/,
  /^\s*(\d+(\.\d{1,3})?\s*[WDHMS]\s*)+$/,
];

export function validDateTime(value: string, kind: 'any' | 'date-or-datetime'): boolean {
  const v = kind === 'any' ? value.trim() : value;
  if (v.length > 64) return false;
  if (kind === 'date-or-datetime') return DATE_OR_DATETIME.test(v) && realDay(v);
  return ANY.some((re) => re.test(v)) && realDay(v);
}

/** 2026-02-30 matches the pattern but is no day. */
function realDay(v: string): boolean {
  const m = /^(\d{4,})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}
