/** Scripts written right to left, by language subtag (Pashto, Dari/Persian, Arabic, Urdu, Hebrew, and more). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'prs', 'sd', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** `rtl` for right-to-left languages, judged by the script subtag when given (`ku-Latn` is ltr). */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const parts = lang.split('-');
  const script = parts.find((p) => p.length === 4);
  if (script) return RTL_SCRIPTS.has(script[0]?.toUpperCase() + script.slice(1).toLowerCase()) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has((parts[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}
