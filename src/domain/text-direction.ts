/**
 * Text direction of a language tag, from the runtime's CLDR data (`Intl.Locale#getTextInfo`), which knows
 * every right-to-left language and honours script subtags (`ku-Latn` is ltr, `ps` and `fa-AF` rtl).
 */
const FALLBACK_RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'prs', 'sd', 'ug', 'yi', 'dv', 'ckb', 'haz', 'bal']);

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return FALLBACK_RTL.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
