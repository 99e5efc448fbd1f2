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
