/**
 * Which of the site's languages labels a page written in `lang`, and which locale prints its dates: resolved once
 * per tag, for every label on the page (byline, dates, Related, Corrections, Topics, the footnotes' heading and
 * "Back to reference" labels). A tag finds its words by its exact spelling, its canonical form (ICU's aliases:
 * `prs` → `fa-AF`, `pbu` → `ps`), its language, and then the macrolanguage the IANA registry files it under
 * (`pbt` and `pst`, Southern and Central Pashto → `ps`; `pes` → `fa`), with or without a region (`ps-PK`,
 * `pbt-PK`, `fa-IR`). Dates follow the same road: a language ICU has no data for (`pbt`) is printed in its
 * macrolanguage (`ps`, keeping region and `-u-` keys), and one with neither in the words' language, so a page
 * never mixes Pashto labels with English dates, nor depends on the machine's default locale. A script subtag is
 * kept: a tag written in a script its language's words and ICU's data are not (`ur-Latn`, `fa-Latn`, Roman Urdu,
 * Finglish) takes the fallback's words and dates when those are in its script (Latin), not Arabic-script dates
 * scrambled on a left-to-right page (round 22).
 */
import { subtagRegistry } from '#/domain/language-registry.ts';
import { hasMessages } from './messages.ts';

export interface PageLanguage {
  /** The key of the messages the page's words come from (`ps`, `fa-AF`, `en` …). */
  wordsKey: string;
  /** The tag Intl prints the page's dates, numbers and lists in (`ps-PK` for `pbt-PK`), without a calendar. */
  intlTag: string;
  /** The tag's language (after ICU's aliases) and the macrolanguage it belongs to, if any. */
  language: string;
  macrolanguage: string | undefined;
}

function supported(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

/** The script a locale's data is written in (`ur` → Arab, `sr-Latn` → Latn), undefined for a tag Intl cannot read. */
function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** The script ICU writes a locale's dates in: its data falls back to the language's (`ur-Latn` → `ur`, Arabic). */
function dateScriptOf(tag: string): string | undefined {
  return scriptOf(new Intl.DateTimeFormat(tag).resolvedOptions().locale);
}

/** The page language of a tag already accepted by the check (a tag Intl cannot read resolves to `fallback`). */
export function resolvePageLanguage(lang: string, fallback: { wordsKey: string; intlTag: string }): PageLanguage {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(lang);
  } catch {
    return { ...fallback, language: lang, macrolanguage: undefined };
  }
  const macro = subtagRegistry().macrolanguage(tag.language);
  const region = tag.region ? `-${tag.region}` : '';
  const candidates = [lang, tag.baseName, `${tag.language}${region}`, tag.language];
  if (macro) candidates.push(`${macro}${region}`, macro);
  let wordsKey = candidates.find(hasMessages) ?? fallback.wordsKey;
  let intlTag: string;
  if (supported(tag.language)) intlTag = tag.toString();
  else if (macro && supported(macro)) intlTag = new Intl.Locale(tag.toString(), { language: macro }).toString();
  else intlTag = wordsKey === fallback.wordsKey ? fallback.intlTag : wordsKey;
  // The script the editor named wins over the language's usual one, where the fallback writes it.
  const script = tag.script;
  if (script !== undefined && scriptOf(fallback.intlTag) === script) {
    if (scriptOf(wordsKey) !== script) wordsKey = fallback.wordsKey;
    if (dateScriptOf(intlTag) !== script) intlTag = fallback.intlTag;
  }
  return { wordsKey, intlTag, language: tag.language, macrolanguage: macro };
}
