/**
 * The IANA Language Subtag Registry (the `language-subtag-registry` package, the registry as JSON), which the W3C
 * Nu HTML Checker validates `lang` against: languages, scripts, regions and variants with the prefixes a variant
 * needs (`rozaj` only after `sl`). Read once, on first use (a language tag beyond a bare two-letter language).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Entry {
  Type: string;
  Subtag?: string;
  Tag?: string;
  Prefix?: string[];
}

export interface SubtagRegistry {
  language(subtag: string): boolean;
  script(subtag: string): boolean;
  region(subtag: string): boolean;
  /** Whether the whole tag is a grandfathered one (`art-lojban`, `zh-hakka`), a form kept only for old data. */
  grandfathered(tag: string): boolean;
  /** The prefixes a registered variant needs (each a list of subtags, lower case; none: any), or undefined. */
  variant(subtag: string): string[][] | undefined;
}

let loaded: SubtagRegistry | undefined;

export function subtagRegistry(): SubtagRegistry {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('language-subtag-registry/data/json/registry.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
  const sets = { language: new Set<string>(), script: new Set<string>(), region: new Set<string>() };
  const ranges: Record<keyof typeof sets, [string, string][]> = { language: [], script: [], region: [] };
  const variants = new Map<string, string[][]>();
  const grandfathered = new Set<string>();
  for (const e of entries) {
    const subtag = e.Subtag?.toLowerCase();
    if (e.Type === 'grandfathered') grandfathered.add(e.Tag?.toLowerCase() ?? '');
    if (!subtag) continue;
    if (e.Type === 'variant') {
      variants.set(subtag, (e.Prefix ?? []).map((p) => p.toLowerCase().split('-')));
    } else if (e.Type === 'language' || e.Type === 'script' || e.Type === 'region') {
      // Private-use ranges are written `qaa..qtz`.
      const range = subtag.split('..');
      if (range.length === 2) ranges[e.Type].push([range[0]!, range[1]!]);
      else sets[e.Type].add(subtag);
    }
  }
  const known = (type: keyof typeof sets) => (subtag: string) => {
    const s = subtag.toLowerCase();
    return sets[type].has(s) || ranges[type].some(([from, to]) => s.length === from.length && s >= from && s <= to);
  };
  loaded = { language: known('language'), script: known('script'), region: known('region'), variant: (s) => variants.get(s.toLowerCase()), grandfathered: (t) => grandfathered.has(t.toLowerCase()) };
  return loaded;
}
