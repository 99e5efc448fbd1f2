/**
 * The IANA Language Subtag Registry (the `language-subtag-registry` package, the registry as JSON), which the W3C
 * Nu HTML Checker validates `lang` against: languages, scripts, regions and variants with the prefixes a variant
 * needs (`rozaj` only after `sl`). The small per-type indexes are read once, on first use; the full registry
 * (1 MB) only when a tag has a variant, for its prefixes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface SubtagRegistry {
  language(subtag: string): boolean;
  script(subtag: string): boolean;
  region(subtag: string): boolean;
  /** Whether the whole tag is a grandfathered one (`art-lojban`, `zh-hakka`), a form kept only for old data. */
  grandfathered(tag: string): boolean;
  /**
   * A grandfathered tag's registry record: its registered spelling and the tag to write instead (`i-klingon` →
   * `tlh`; none for `i-default`, `zh-min`), or undefined when the tag is not grandfathered.
   */
  grandfatheredRecord(tag: string): GrandfatheredTag | undefined;
  /** What the registry says of a language subtag it holds: withdrawn (and what to write instead), its scope, its name. */
  languageRecord(subtag: string): { deprecated: boolean; preferred: string | undefined; scope: string | undefined; description: string } | undefined;
  /** The macrolanguage a language belongs to (`pbt` → `ps`, `prs` → `fa`), or undefined. */
  macrolanguage(subtag: string): string | undefined;
  /** The prefixes a registered variant needs (each a list of subtags, lower case; none: any), or undefined. */
  variant(subtag: string): string[][] | undefined;
}

export interface GrandfatheredTag {
  /** As the registry spells it (`en-GB-oed`). */
  tag: string;
  /** The tag to write instead, or undefined (`i-default`; `zh-min` names several in `comments`). */
  preferred: string | undefined;
  description: string;
  /** The registry's note, e.g. "see cdo, cpx, czo, mnp, nan". */
  comments: string | undefined;
}

/** The fields of a registry record read here (registry.json spells them as the registry does). */
interface RegistryRecord {
  Tag?: string;
  Prefix?: string[];
  Macrolanguage?: string;
  'Preferred-Value'?: string;
  Deprecated?: string;
  Scope?: string;
  Description?: string[];
  Comments?: string[];
}

const require = createRequire(import.meta.url);
/** A registry index: subtag (lower case) → position of its record in registry.json. */
const index = (type: string): Record<string, number> =>
  JSON.parse(readFileSync(require.resolve(`language-subtag-registry/data/json/${type}.json`), 'utf8')) as Record<string, number>;

let loaded: SubtagRegistry | undefined;

export function subtagRegistry(): SubtagRegistry {
  if (loaded) return loaded;
  const lookup = (type: string) => {
    const subtags = new Set<string>();
    // Private-use ranges are written `qaa..qtz`.
    const ranges: [string, string][] = [];
    for (const key of Object.keys(index(type))) {
      const range = key.split('..');
      if (range.length === 2) ranges.push([range[0]!, range[1]!]);
      else subtags.add(key);
    }
    return (subtag: string) => {
      const s = subtag.toLowerCase();
      return subtags.has(s) || ranges.some(([from, to]) => s.length === from.length && s >= from && s <= to);
    };
  };
  const grandfathered = index('grandfathered');
  const variants = index('variant');
  let languages: Record<string, number> | undefined;
  let records: RegistryRecord[] | undefined;
  const record = (at: number | undefined): RegistryRecord | undefined => {
    if (at === undefined) return undefined;
    records ??= JSON.parse(readFileSync(require.resolve('language-subtag-registry/data/json/registry.json'), 'utf8')) as RegistryRecord[];
    return records[at];
  };
  loaded = {
    language: lookup('language'),
    script: lookup('script'),
    region: lookup('region'),
    grandfathered: (tag) => Object.hasOwn(grandfathered, tag.toLowerCase()),
    grandfatheredRecord: (tag) => {
      const key = tag.toLowerCase();
      const found = Object.hasOwn(grandfathered, key) ? record(grandfathered[key]) : undefined;
      return found && { tag: found.Tag ?? tag, preferred: found['Preferred-Value'], description: (found.Description ?? []).join('; '), comments: found.Comments?.join('; ') };
    },
    languageRecord: (subtag) => {
      languages ??= index('language');
      const key = subtag.toLowerCase();
      const found = Object.hasOwn(languages, key) ? record(languages[key]) : undefined;
      return found && { deprecated: found.Deprecated !== undefined, preferred: found['Preferred-Value'], scope: found.Scope, description: (found.Description ?? []).join('; ') };
    },
    macrolanguage: (subtag) => {
      languages ??= index('language');
      const key = subtag.toLowerCase();
      return Object.hasOwn(languages, key) ? record(languages[key])?.Macrolanguage : undefined;
    },
    variant: (subtag) => {
      const key = subtag.toLowerCase();
      const found = Object.hasOwn(variants, key) ? record(variants[key]) : undefined;
      return found && (found.Prefix ?? []).map((p) => p.toLowerCase().split('-'));
    },
  };
  return loaded;
}
