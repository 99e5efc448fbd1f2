/**
 * How an article's own language is written on its page: the messages, and the locale for its dates and
 * numbers (Intl picks the numbering system: Eastern Arabic digits for Pashto and Dari) with the calendar the
 * site settings give that language (`calendars`: Solar Hijri for Dari by default).
 */
import { site } from '#/site.config.ts';
import { messagesFor, type Messages } from './messages.ts';

export interface ArticleLocale {
  lang: string;
  /** BCP 47 locale for Intl, e.g. `fa-AF-u-ca-persian`. */
  locale: string;
  messages: Messages;
  timeZoneLabel: string | undefined;
}

const cache = new Map<string, ArticleLocale>();

/** The locale of a page in `lang` (undefined: the site's own language). */
export function articleLocale(lang: string | undefined): ArticleLocale {
  const key = lang ?? '';
  let found = cache.get(key);
  if (!found) {
    if (!lang || lang === site.lang) {
      found = { lang: site.lang, locale: site.locale, messages: messagesFor(site.lang), timeZoneLabel: site.timeZoneLabel };
    } else {
      // A tag may carry its own extensions (`en-u-ca-islamic`): its calendar wins, and no second `-u-` is appended.
      const tag = new Intl.Locale(lang);
      const calendar = tag.calendar ?? site.calendars[tag.baseName] ?? site.calendars[lang] ?? site.calendars[tag.language] ?? 'gregory';
      const messages = messagesFor(tag.baseName);
      found = { lang, locale: new Intl.Locale(lang, { calendar }).toString(), messages, timeZoneLabel: messages.timeZoneLabel ?? site.timeZoneLabel };
    }
    cache.set(key, found);
  }
  return found;
}
