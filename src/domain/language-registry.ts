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
  /** The prefixes a registered variant needs (each a list of subtags, lower case; none: any), or undefined. */
  variant(subtag: string): string[][] | undefined;
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
  const grandfathered = new Set(Object.keys(index('grandfathered')));
  const variants = index('variant');
  let records: { Prefix?: string[] }[] | undefined;
  loaded = {
    language: lookup('language'),
    script: lookup('script'),
    region: lookup('region'),
    grandfathered: (tag) => grandfathered.has(tag.toLowerCase()),
    variant: (subtag) => {
      const at = variants[subtag.toLowerCase()];
      if (at === undefined) return undefined;
      records ??= JSON.parse(readFileSync(require.resolve('language-subtag-registry/data/json/registry.json'), 'utf8')) as { Prefix?: string[] }[];
      return (records[at]?.Prefix ?? []).map((p) => p.toLowerCase().split('-'));
    },
  };
  return loaded;
}
