/**
 * Which of the site's languages labels a page written in `lang`, and which locale prints its dates: resolved once
 * per tag, for every label on the page (byline, dates, Related, Corrections, Topics, the footnotes' heading and
 * "Back to reference" labels). A tag finds its words by its exact spelling, its canonical form (ICU's aliases:
 * `prs` → `fa-AF`, `pbu` → `ps`), its language, and then the macrolanguage the IANA registry files it under
 * (`pbt` and `pst`, Southern and Central Pashto → `ps`; `pes` → `fa`), with or without a region (`ps-PK`,
 * `pbt-PK`, `fa-IR`). Dates follow the same road: a language ICU has no data for (`pbt`) is printed in its
 * macrolanguage (`ps`, keeping region and `-u-` keys), and one with neither in the words' language, so a page
 * never mixes Pashto labels with English dates, nor depends on the machine's default locale.
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
  const wordsKey = candidates.find(hasMessages) ?? fallback.wordsKey;
  let intlTag: string;
  if (supported(tag.language)) intlTag = tag.toString();
  else if (macro && supported(macro)) intlTag = new Intl.Locale(tag.toString(), { language: macro }).toString();
  else intlTag = wordsKey === fallback.wordsKey ? fallback.intlTag : wordsKey;
  return { wordsKey, intlTag, language: tag.language, macrolanguage: macro };
}
