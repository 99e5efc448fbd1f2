/**
 * Whether a BCP 47 language tag is one pages can carry in `lang`: well formed (Intl checks the structure, so
 * extensions such as `en-u-ca-islamic` pass), not a grandfathered or private-use form (`i-klingon`, `x-foo`), and
 * valid for the W3C Nu HTML Checker, which judges every page: each subtag registered in the IANA Language Subtag
 * Registry (language, script, region, variant, the variant after the prefix it is registered for), only the
 * registered extensions `-u-` and `-t-`, private-use subtags (`-x-…`) of 2 to 8 letters or digits. A key repeated
 * in the `-u-` extension (`en-u-ca-gregory-ca-persian`: only the first counts) is refused as well.
 */
import { subtagRegistry, type GrandfatheredTag } from './language-registry.ts';

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const GENERIC = 'must be a BCP 47 language tag such as "ps", "fa-AF" or "ar"';

function wellFormed(tag: string): boolean {
  try {
    if (Intl.getCanonicalLocales(tag).length !== 1 || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(tag)) return false;
    const language = new Intl.Locale(tag).language;
    return language.length !== 2 || names.of(language) !== undefined;
  } catch {
    return false;
  }
}

export function isUsableLanguageTag(tag: string): boolean {
  return languageTagProblem(tag) === undefined;
}

/** Why `lang: <tag>` would not do, with the tag to write where there is one; undefined when it is fine. */
/** Language names an editor may write for the tag, in English and as the language calls itself. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  pashto: 'ps',
  pushto: 'ps',
  pakhto: 'ps',
  'پښتو': 'ps',
  dari: 'fa-AF',
  'دری': 'fa-AF',
  farsi: 'fa',
  persian: 'fa',
  'فارسی': 'fa',
  arabic: 'ar',
  'العربية': 'ar',
  urdu: 'ur',
  uzbek: 'uz',
  turkmen: 'tk',
  tajik: 'tg',
  russian: 'ru',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  chinese: 'zh',
  hindi: 'hi',
  turkish: 'tr',
};

export function languageTagProblem(tag: string): string | undefined {
  const registry = subtagRegistry();
  // Before the structure: most grandfathered tags (`i-klingon`, `zh-min-nan`, `en-GB-oed`) are not well formed
  // for Intl, and deserve the registry's own replacement rather than the generic line.
  const old = registry.grandfathered(tag) ? registry.grandfatheredRecord(tag) : undefined;
  if (old) return grandfatheredProblem(tag, old);
  if (/^und(?:-|$)/i.test(tag)) return `"${tag}" says the language is undetermined ("und"), which tells readers and screen readers nothing; remove lang (the site's language) or name the language, e.g. "ps", "fa-AF"`;
  // The language's name (`Pashto`, `Dari`) or the underscore form (`en_US`): the tag to write (round 18).
  const named = LANGUAGE_NAMES[tag.trim().toLowerCase()];
  if (named) return `"${tag}" is the language's name; write its tag, "${named}"`;
  if (/^[A-Za-z]{2,3}_[A-Za-z0-9]{2,4}$/.test(tag) && wellFormed(tag.replace('_', '-'))) return `"${tag}" is written with an underscore; language tags use a hyphen: write "${tag.replace('_', '-')}"`;
  if (!wellFormed(tag)) return GENERIC;
  const parts = tag.split('-');
  const lower = parts.map((p) => p.toLowerCase());
  const without = (from: number, to: number) => parts.slice(0, from).concat(parts.slice(to)).join('-');
  const validators = 'so the W3C HTML checker would refuse every page showing the article';
  if (!registry.language(lower[0]!)) {
    return `"${parts[0]}" is not a language in the IANA language subtag registry, ${validators}; check the code (e.g. "ps" Pashto, "fa" Persian, "prs" Dari, "haz" Hazaragi)`;
  }
  // Withdrawn codes (`iw`, `in`, `ji`, `mo`) are kept in the registry for old data, as grandfathered tags are; the
  // special ones (`zxx` no linguistic content, `mul`, `mis`) say as little about a story's words as `und` (round 19).
  const known = registry.languageRecord(lower[0]!);
  if (known?.deprecated) {
    return known.preferred
      ? `"${parts[0]}" (${known.description}) is a withdrawn code kept for old data; write "${[known.preferred, ...parts.slice(1)].join('-')}"`
      : `"${parts[0]}" (${known.description}) is a withdrawn code kept for old data; name the language with a current code`;
  }
  if (known?.scope === 'special') return `"${tag}" is a special code ("${known.description}") that names no language of the story; remove lang (the site's language) or name the language, e.g. "ps", "fa-AF"`;
  let i = 1;
  if (lower[i]?.length === 4 && /^[a-z]{4}$/.test(lower[i]!)) {
    if (!registry.script(lower[i]!)) return `the script "${parts[i]}" is not in the IANA language subtag registry, ${validators}; write "${without(i, i + 1)}"`;
    i++;
  }
  if (lower[i] !== undefined && /^(?:[a-z]{2}|[0-9]{3})$/.test(lower[i]!)) {
    if (!registry.region(lower[i]!)) return `the region "${parts[i]}" is not in the IANA language subtag registry, ${validators}; write "${without(i, i + 1)}"`;
    i++;
  }
  for (; i < lower.length && lower[i]!.length > 1; i++) {
    const prefixes = registry.variant(lower[i]!);
    if (!prefixes) return `the variant "${parts[i]}" is not in the IANA language subtag registry, ${validators}; write "${without(i, i + 1)}"`;
    const before = new Set(lower.slice(0, i));
    if (prefixes.length && !prefixes.some((p) => p.every((s) => before.has(s)))) {
      return `the variant "${parts[i]}" is registered only after ${prefixes.map((p) => `"${p.join('-')}"`).join(' or ')}, ${validators}; write "${without(i, i + 1)}"`;
    }
  }
  // Extensions, then private use: a singleton and its subtags up to the next singleton.
  while (i < lower.length) {
    const singleton = lower[i]!;
    let end = i + 1;
    while (end < lower.length && (singleton === 'x' || lower[end]!.length > 1)) end++;
    const subtags = lower.slice(i + 1, end);
    if (singleton === 'x') {
      const short = subtags.find((s) => s.length < 2);
      if (short !== undefined) return `the private-use subtag "${short}" (after "-x-") is a single character (private-use subtags have 2 to 8 letters or digits), ${validators}; write "${without(i, end)}"`;
    } else if (singleton !== 'u' && singleton !== 't') {
      return `the extension "-${parts.slice(i, end).join('-')}" is not a registered one (only -u- and -t- are), ${validators}; write "${without(i, end)}"`;
    } else if (singleton === 'u') {
      const seen = new Set<string>();
      for (const key of subtags.filter((s) => s.length === 2)) {
        if (seen.has(key)) return `repeats the key "${key}" in its -u- extension, and only the first is used; write "${Intl.getCanonicalLocales(tag)[0]}" (or the one value you mean)`;
        seen.add(key);
      }
    }
    i = end;
  }
  return undefined;
}

/** The line for a grandfathered tag: the registry's preferred value to write, or its note when it has none. */
function grandfatheredProblem(tag: string, old: GrandfatheredTag): string {
  const kept = `"${tag}" is an old (grandfathered) tag kept for old data`;
  if (old.preferred) return `${kept}; write "${old.preferred}"`;
  if (old.tag.toLowerCase() === 'i-default') return `${kept}, meaning "${old.description}", which names no language; remove lang (the site's language) or name the language`;
  return `${kept} (${old.description}) and has no single replacement; name the language with a current tag${old.comments ? ` (the registry says: ${old.comments})` : ''}`;
}

/**
 * The calendars dates are shown in: the Gregorian, and the ones newsrooms in the region use, which ICU formats
 * with day, month and year as readers expect (the era it adds is dropped: src/domain/dates.ts). Others (`chinese`,
 * `dangi`: a cyclic year shown as "Mo10 13, 2026"; `hebrew`, `ethiopic` …) are refused in `lang`.
 */
export const SHOWN_CALENDARS = ['gregory', 'persian', 'islamic', 'islamic-umalqura', 'islamic-civil'] as const;

/**
 * How a tag would change the printing of the article's dates and times through its `-u-` keys, or undefined.
 * Intl's date formatting reads three keys (ECMA-402: `ca`, `hc`, `nu`; the others, such as `co` or `fw`, change
 * nothing on the page): a calendar Dateline does not show (`en-u-ca-chinese`: "Mo10 13, 2026"), an hour cycle
 * (`en-u-hc-h24` prints half past midnight on 20 November as "Nov 20, 2026, 24:30", a day late to a reader; `k11`
 * "0:30 AM") or a numbering system (`en-u-nu-hanidec`: "Nov 二〇, 二〇二六" among English words). Times follow the
 * language's own conventions and digits, so these are refused with the tag to write instead.
 */
/** What Intl reports for a `-u-` key written without a value (`en-u-ca`, or `en-u-ca-true`, its canonical twin). */
const NO_VALUE = 'true';

export function dateFormattingProblem(tag: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined; // languageTagProblem has said why
  }
  const calendar = locale.calendar;
  const keys: string[] = [];
  const reasons: string[] = [];
  // A key written without a value (`en-u-ca`) reads as "true" to Intl (BCP 47's empty type): named as such, never
  // as a calendar or hour cycle called "true" the editor did not write.
  if (calendar === NO_VALUE) {
    keys.push('ca');
    reasons.push(`the -u-ca key has no value; remove it or name a calendar after it (${SHOWN_CALENDARS.join(', ')})`);
  } else if (calendar !== undefined && !(SHOWN_CALENDARS as readonly string[]).includes(calendar)) {
    keys.push('ca');
    reasons.push(`asks for the ${calendar} calendar, which Dateline does not show (dates appear in the Gregorian calendar, or in the one src/site.config.ts sets for the language; a tag may choose ${SHOWN_CALENDARS.join(', ')})`);
  }
  // Typed as h11 … h24 only; Intl reports "true" for a key without a value all the same.
  if ((locale.hourCycle as string | undefined) === NO_VALUE) {
    keys.push('hc');
    reasons.push(`the -u-hc key has no value; remove it (times follow the language's own clock)`);
  } else if (locale.hourCycle !== undefined) {
    keys.push('hc');
    reasons.push(`sets the hour cycle "${locale.hourCycle}" (-u-hc-), which changes how every time on the page is printed (h24 shows half past midnight as "24:30" of the day before); times follow the language's own clock`);
  }
  if (locale.numberingSystem === NO_VALUE) {
    keys.push('nu');
    reasons.push(`the -u-nu key has no value; remove it (dates use the language's own digits)`);
  } else if (locale.numberingSystem !== undefined) {
    keys.push('nu');
    reasons.push(`sets the digits "${locale.numberingSystem}" (-u-nu-), which changes how every date and time on the page is printed (hanidec: "Nov 二〇, 二〇二六" among English words); dates use the language's own digits`);
  }
  const joined = reasons.map((r, i) => (i === 0 || r.startsWith('the -u-') ? r : `it also ${r}`)).join('; ');
  return keys.length ? `${joined}; write "${withoutUnicodeKeys(tag, keys)}"` : undefined;
}

/** The tag without the given `-u-` keys and their values (`en-u-ca-chinese-nu-latn`, [`ca`] → `en-u-nu-latn`). */
export function withoutUnicodeKeys(tag: string, keys: readonly string[]): string {
  const parts = tag.split('-');
  const out: string[] = [];
  let inU = false;
  let dropping = false;
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (part.length === 1) {
      inU = lower === 'u';
      dropping = false;
    } else if (inU && part.length === 2) {
      dropping = keys.includes(lower);
    }
    if (!(inU && dropping)) out.push(part);
  }
  // An extension left without keys or attributes (`en-u`) goes too.
  return out.join('-').replace(/-u(?=-.-|$)/i, '');
}

/**
 * Open Graph's locale for a language tag: language_TERRITORY, the territory the tag names or else the one the language
 * is most likely written in (`ps` → `ps_AF`, `zh-Hans` → `zh_CN`, `ar` → `ar_EG`; CLDR's likely subtags): platforms
 * that do not find a bare `ps` in their list label the share English (round 22). A language CLDR places nowhere
 * stays bare.
 */
export function openGraphLocale(tag: string): string {
  const { language, region } = new Intl.Locale(tag).maximize();
  return region ? `${language}_${region}` : language;
}
