/**
 * How an article's own language is written on its page: the messages, and the locale for its dates and
 * numbers (Intl picks the numbering system: Eastern Arabic digits for Pashto and Dari) with the calendar the
 * site settings give that language (`calendars`: Solar Hijri for Dari by default). Resolved once per tag
 * (page-language.ts): every label on a page, the footnotes' included, and its dates read this one answer.
 */
import { site } from '#/site.config.ts';
import { FALLBACK_WORDS, messagesByKey, type Messages } from './messages.ts';
import { resolvePageLanguage } from './page-language.ts';

export interface ArticleLocale {
  lang: string;
  /** BCP 47 locale for Intl, e.g. `fa-AF-u-ca-persian`; `ps-u-ca-gregory` for `pbt`, which ICU does not know. */
  locale: string;
  messages: Messages;
  /** The language of `messages` when the page's language has no words of its own (English), else undefined. */
  wordsLang: string | undefined;
  timeZoneLabel: string | undefined;
}

const cache = new Map<string, ArticleLocale>();

/** The locale of a page in `lang` (undefined: the site's own language). */
export function articleLocale(lang: string | undefined): ArticleLocale {
  const key = lang ?? '';
  let found = cache.get(key);
  if (!found) {
    if (!lang || lang === site.lang) {
      found = { lang: site.lang, locale: site.locale, messages: messagesByKey(site.lang), wordsLang: undefined, timeZoneLabel: site.timeZoneLabel };
    } else {
      const english = FALLBACK_WORDS === site.lang.split('-')[0] ? site.locale : FALLBACK_WORDS;
      const page = resolvePageLanguage(lang, { wordsKey: FALLBACK_WORDS, intlTag: english });
      const intl = new Intl.Locale(page.intlTag);
      let tag: Intl.Locale | undefined;
      try {
        tag = new Intl.Locale(lang);
      } catch {
        tag = undefined;
      }
      // A tag may carry its own extensions (`en-u-ca-islamic`): its calendar wins, and no second `-u-` is appended.
      const calendar = tag?.calendar ?? site.calendars[tag?.baseName ?? lang] ?? site.calendars[lang] ?? site.calendars[page.language]
        ?? site.calendars[intl.baseName] ?? site.calendars[intl.language] ?? 'gregory';
      const messages = messagesByKey(page.wordsKey);
      const foreignWords = page.wordsKey === FALLBACK_WORDS && page.language !== FALLBACK_WORDS && page.macrolanguage !== FALLBACK_WORDS;
      found = {
        lang,
        locale: new Intl.Locale(page.intlTag, { calendar }).toString(),
        messages,
        wordsLang: foreignWords ? FALLBACK_WORDS : undefined,
        // The language's own words name one zone; for another, the runtime's name in the language (the site's label
        // is in the site's language).
        timeZoneLabel: messages.timeZoneLabel ? (messages.timeZoneLabel.timeZone === site.timeZone ? messages.timeZoneLabel.label : undefined) : site.timeZoneLabel,
      };
    }
    cache.set(key, found);
  }
  return found;
}

/** The words a page in `lang` is labelled with (the one resolution above). */
export function messagesFor(lang: string): Messages {
  return articleLocale(lang).messages;
}

/** The language of those words when it is not the page's own (English on a German page), else undefined. */
export function fallbackLanguage(lang: string): string | undefined {
  return articleLocale(lang).wordsLang;
}
