/**
 * An article written in a script the site's language does not use, with no `lang` (round 22, finding 4): a CMS
 * import with no language field publishes an Urdu story as English, left to right, without the Arabic-script face,
 * and tells feeds, crawlers and screen readers it is English. A warning (a story may quote a headline in another
 * script on purpose) when most letters of the headline and standfirst are of one such script, naming the likely
 * `lang` values for it.
 */
import { site } from '#/site.config.ts';
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import type { Report } from './report.ts';
import { subtagRegistry } from '#/domain/language-registry.ts';

interface Script {
  /** ISO 15924 code, as `Intl.Locale#maximize()` names a language's script. */
  code: string;
  name: string;
  letters: RegExp;
  rightToLeft?: boolean;
  /** Likely `lang` values, most common first (a newsroom's own languages lead). */
  suggest: string;
}

const SCRIPTS: Script[] = [
  { code: 'Arab', name: 'Arabic script', letters: /\p{Script=Arabic}/gu, rightToLeft: true, suggest: 'ur (Urdu), fa (Persian), fa-AF (Dari), ps (Pashto) or ar (Arabic)' },
  { code: 'Hebr', name: 'Hebrew script', letters: /\p{Script=Hebrew}/gu, rightToLeft: true, suggest: 'he (Hebrew) or yi (Yiddish)' },
  { code: 'Thaa', name: 'Thaana script', letters: /\p{Script=Thaana}/gu, rightToLeft: true, suggest: 'dv (Dhivehi)' },
  { code: 'Syrc', name: 'Syriac script', letters: /\p{Script=Syriac}/gu, rightToLeft: true, suggest: 'syr (Syriac)' },
  { code: 'Cyrl', name: 'Cyrillic', letters: /\p{Script=Cyrillic}/gu, suggest: 'ru (Russian), uk (Ukrainian), tg (Tajik), kk (Kazakh) or ky (Kyrgyz)' },
  { code: 'Grek', name: 'Greek', letters: /\p{Script=Greek}/gu, suggest: 'el (Greek)' },
  { code: 'Jpan', name: 'Japanese kana', letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, suggest: 'ja (Japanese)' },
  { code: 'Hani', name: 'Chinese characters', letters: /\p{Script=Han}/gu, suggest: 'zh-Hans (Simplified Chinese), zh-Hant (Traditional Chinese) or ja (Japanese)' },
  { code: 'Hang', name: 'Hangul', letters: /\p{Script=Hangul}/gu, suggest: 'ko (Korean)' },
  { code: 'Thai', name: 'Thai script', letters: /\p{Script=Thai}/gu, suggest: 'th (Thai)' },
  { code: 'Deva', name: 'Devanagari', letters: /\p{Script=Devanagari}/gu, suggest: 'hi (Hindi), ne (Nepali) or mr (Marathi)' },
  { code: 'Beng', name: 'Bengali script', letters: /\p{Script=Bengali}/gu, suggest: 'bn (Bengali) or as (Assamese)' },
  { code: 'Guru', name: 'Gurmukhi', letters: /\p{Script=Gurmukhi}/gu, suggest: 'pa (Punjabi)' },
  { code: 'Ethi', name: 'Ethiopic script', letters: /\p{Script=Ethiopic}/gu, suggest: 'am (Amharic) or ti (Tigrinya)' },
  { code: 'Armn', name: 'Armenian', letters: /\p{Script=Armenian}/gu, suggest: 'hy (Armenian)' },
  { code: 'Geor', name: 'Georgian', letters: /\p{Script=Georgian}/gu, suggest: 'ka (Georgian)' },
  { code: 'Tibt', name: 'Tibetan', letters: /\p{Script=Tibetan}/gu, suggest: 'bo (Tibetan) or dz (Dzongkha)' },
  { code: 'Khmr', name: 'Khmer', letters: /\p{Script=Khmer}/gu, suggest: 'km (Khmer)' },
  { code: 'Mymr', name: 'Myanmar script', letters: /\p{Script=Myanmar}/gu, suggest: 'my (Burmese)' },
  { code: 'Taml', name: 'Tamil script', letters: /\p{Script=Tamil}/gu, suggest: 'ta (Tamil)' },
  { code: 'Sinh', name: 'Sinhala script', letters: /\p{Script=Sinhala}/gu, suggest: 'si (Sinhala)' },
];
const LETTER = /[\p{L}\p{M}]/gu;
/** Fewer letters than this in another script is a name or a word quoted, not the article's language. */
const MIN_LETTERS = 4;

const siteScript = new Intl.Locale(site.lang).maximize().script;
const siteLanguage = new Intl.DisplayNames(['en'], { type: 'language' }).of(site.lang) ?? site.lang;

/** The non-Latin script of {@link SCRIPTS} most of `text`'s letters are in, when they make more than half of them. */
function majorityScript(text: string): Script | undefined {
  const letters = text.match(LETTER)?.length ?? 0;
  let best: Script | undefined;
  let most = 0;
  for (const s of SCRIPTS) {
    const n = text.match(s.letters)?.length ?? 0;
    if (n > most) [best, most] = [s, n];
  }
  return best && most >= MIN_LETTERS && most * 2 > letters ? best : undefined;
}

/** The script most of `text`'s letters are in, when it is not the site language's script. */
export function foreignScript(text: string): Script | undefined {
  let best = majorityScript(text);
  if (!best) return undefined;
  // Japanese is written in kana and kanji together: a few kana among the kanji make it Japanese.
  if (best.code === 'Hani' && (text.match(SCRIPTS.find((s) => s.code === 'Jpan')!.letters)?.length ?? 0) > 0) best = SCRIPTS.find((s) => s.code === 'Jpan')!;
  const same = best.code === siteScript || (siteScript === 'Jpan' && (best.code === 'Hani' || best.code === 'Jpan')) || (siteScript === 'Kore' && best.code === 'Hang');
  return same ? undefined : best;
}

const LATIN = /\p{Script=Latin}/gu;
/** Scripts a language's default script (as `Intl.Locale#maximize()` names it) is written with. */
const WRITTEN_WITH: Record<string, string[]> = { Hans: ['Hani'], Hant: ['Hani'], Jpan: ['Jpan', 'Hani'], Kore: ['Hang', 'Hani'] };

/** The script most of `text`'s letters are in (Latin included), when they make more than half of them. */
function mainScript(text: string): { code: string; name: string } | undefined {
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (latin >= MIN_LETTERS && latin * 2 > letters) return { code: 'Latn', name: 'Latin script' };
  return majorityScript(text);
}

/**
 * A `lang:` whose script is not the one the headline and standfirst are written in (a story copied as a template
 * with its `lang:` left in place: round 22 leftover), when the body's opening is in that other script too: published
 * in the wrong language and, across Arabic and Latin script, the wrong direction. A warning, naming the script subtag for a language written in more than one script.
 */
function checkLangScript(file: string, lang: string, text: string, body: string, at: (path: PropertyKey[]) => Position | undefined, report: Report): void {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return;
  }
  const langScript = locale.maximize().script;
  const written = mainScript(text);
  const fits = (script: { code: string } | undefined) => !script || script.code === langScript || WRITTEN_WITH[langScript ?? '']?.includes(script.code);
  // The body must be in the other script too: a headline in English over a story in Pashto is a choice, not a slip.
  if (!langScript || !written || fits(written) || fits(mainScript(body))) return;
  // ICU names few of the registry's languages (`pbt` came back as "pbt": "pbt is pbt", round 36 F7): the registry's.
  const language = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(locale.language) ?? subtagRegistry().languageRecord(locale.language)?.description.split('; ')[0] ?? locale.language;
  const scriptName = new Intl.DisplayNames(['en'], { type: 'script' }).of(langScript) ?? langScript;
  const ways = [
    'suggest' in written ? `write the article's own language as "lang:" (for ${written.name}: ${String(written.suggest)})` : `write the article's own language as "lang:"`,
    locale.language === new Intl.Locale(site.lang).language ? '' : `"${locale.language}-${written.code}" if it is ${language} written in ${written.name}`,
    written.code === siteScript ? `remove "lang:" if it is in ${siteLanguage}` : '',
  ].filter(Boolean);
  const named = language === locale.language ? ' is' : ` is ${language},`;
  report(file, 'lang', `lang: "${lang}"${named} written in ${scriptName} script, but the headline, standfirst and body are in ${written.name}, so readers, feeds, search engines and screen readers are told the wrong language; ${ways.join(', or ')}`, at(['lang']), 'warning');
}

/** The body's opening judged with the headline for a `lang:` (enough words to tell a script, bounded work). */
const BODY_SAMPLE = 2000;

export function checkMissingLang(file: string, d: Partial<ArticleFrontmatter>, body: string, at: (path: PropertyKey[]) => Position | undefined, report: Report): void {
  if (typeof d.title !== 'string') return;
  const words = `${d.title}\n${typeof d.description === 'string' ? d.description : ''}`;
  if (typeof d.lang === 'string') return checkLangScript(file, d.lang, words, body.slice(0, BODY_SAMPLE), at, report);
  if (d.lang !== undefined) return;
  const script = foreignScript(words);
  if (!script) return;
  const direction = script.rightToLeft ? ', left to right,' : '';
  report(file, 'lang', `the headline and standfirst are in ${script.name}, but the article has no "lang:", so it is published as ${siteLanguage}${direction} to readers, feeds, search engines and screen readers; add its language as "lang:" (for ${script.name}: ${script.suggest})`, at(['title']), 'warning');
}
