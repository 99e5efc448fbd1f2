/**
 * Whether a BCP 47 language tag is one pages can carry in `lang`: well formed (Intl checks the structure, so
 * extensions such as `en-u-ca-islamic` pass), not a grandfathered or private-use form (`i-klingon`, `x-foo`), and
 * with a language subtag that names a language. Two-letter subtags (ISO 639-1, all known to the runtime's CLDR
 * data) must name one (`xx` does not, and the W3C checker refuses it); three-letter ones are taken as written,
 * as CLDR knows only some of the registry's thousands (Hazaragi `haz` is valid but unnamed there).
 */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export function isUsableLanguageTag(tag: string): boolean {
  try {
    if (Intl.getCanonicalLocales(tag).length !== 1 || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(tag)) return false;
    const language = new Intl.Locale(tag).language;
    return language.length !== 2 || names.of(language) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The calendars dates are shown in: the Gregorian, and the ones newsrooms in the region use, which ICU formats
 * with day, month and year as readers expect (the era it adds is dropped: src/domain/dates.ts). Others (`chinese`,
 * `dangi`: a cyclic year shown as "Mo10 13, 2026"; `hebrew`, `ethiopic` …) are refused in `lang`.
 */
export const SHOWN_CALENDARS = ['gregory', 'persian', 'islamic', 'islamic-umalqura', 'islamic-civil'] as const;

/** The calendar a tag asks for (`-u-ca-…`) when it is not one of {@link SHOWN_CALENDARS}, else undefined. */
export function unshownCalendar(tag: string): string | undefined {
  try {
    const calendar = new Intl.Locale(tag).calendar;
    return calendar === undefined || (SHOWN_CALENDARS as readonly string[]).includes(calendar) ? undefined : calendar;
  } catch {
    return undefined;
  }
}

/** The tag without its calendar extension (`en-u-ca-chinese` → `en`). */
export function withoutCalendar(tag: string): string {
  return tag.replace(/-u((?:-[a-z0-9]{2,8})*?)-ca(?:-[a-z0-9]{3,8})+/i, '-u$1').replace(/-u$/i, '');
}
