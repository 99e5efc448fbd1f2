/**
 * `aliases` across the newsroom (the form of each is the schema's: src/domain/aliases.ts): an old address sends
 * readers to one story, so two articles cannot claim it (nor one article twice, in two spellings of one file), and
 * a file of `public/` is served at its own address already. The owners are kept for the link rule: a body link to
 * an old address is told the article's own (src/check/rules/links.ts).
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Position } from '#/check/frontmatter.ts';
import type { Diagnostic } from '#/check/diagnostics.ts';
import { isScheduled, type Publishable, type VisibilityContext } from '#/domain/visibility.ts';
import { aliasFile, aliasKey, foldCase, formerlyProposal } from '#/domain/aliases.ts';
import type { Report } from './report.ts';

export interface AliasClaim {
  id: string;
  file: string;
  /** As read: a list of a file that failed validation may have holes where an item was refused. */
  aliases: readonly (string | undefined)[] | undefined;
  locate: (path: PropertyKey[]) => Position | undefined;
}

/** The article an old address belongs to, by {@link aliasKey}. */
export type AliasOwners = ReadonlyMap<string, { slug: string; file: string }>;

/** Every file and folder of public/ by its case-folded path (the folder is small: icons, robots, a logo). */
function publicNames(publicDir: string): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (rel: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(publicDir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      names.set(foldCase(path), path);
      if (e.isDirectory() && depth < 8 && names.size < 10_000) walk(path, depth + 1);
    }
  };
  walk('', 0);
  return names;
}

/** Reports the aliases no page can be written for; returns the owner of each of the others. */
export function checkAliases(claims: Iterable<AliasClaim>, publicDir: string, report: Report): AliasOwners {
  const owners = new Map<string, { slug: string; file: string; alias: string; field: string; at: Position | undefined }>();
  // public/'s names as a case-blind host or disk reads them (round 31d #1: `/FAVICON.SVG/` passed beside favicon.svg).
  const served = publicNames(publicDir);
  for (const a of claims) {
    for (const [i, alias] of (a.aliases ?? []).entries()) {
      if (typeof alias !== 'string') continue;
      const at = a.locate(['aliases', i]);
      const field = `aliases[${i}]`;
      const file = aliasFile(alias);
      const top = file.split('/')[0] ?? '';
      const shadowed = [file, top].map((p) => (p === '' ? undefined : existsSync(join(publicDir, p)) ? p : served.get(foldCase(p)))).find((p) => p !== undefined);
      if (shadowed !== undefined) {
        report(a.file, field, `"${alias}" is served from public/${shadowed}, a file of the site itself, so no old address can stand there; remove it (or move that file)`, at);
        continue;
      }
      const earlier = owners.get(aliasKey(alias));
      const same = earlier && (aliasFile(earlier.alias) === file ? `both are the file ${file}` : `one file where the host ignores case, ${file}`);
      if (earlier?.file === a.file) report(a.file, field, `"${alias}" is the same address as "${earlier.alias}" above (${same}); remove one`, at);
      else if (earlier) report(a.file, field, `"${alias}" is also an alias of ${earlier.file}; an old address can send readers to one article only: keep it in the article that was published there`, at);
      else owners.set(aliasKey(alias), { slug: a.id, file: a.file, alias, field, at });
    }
  }
  // One alias written as a file where another needs a folder of that name (`/old.html` and `/old.html/x/`): the
  // build could write only one of them (round 30c #1).
  for (const [key, owner] of [...owners]) {
    const folders = key.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    const file = folders.map((f) => owners.get(f)).find((o) => o !== undefined);
    if (file === undefined) continue;
    const where = file.file === owner.file ? 'above' : `in ${file.file}`;
    report(owner.file, owner.field, `"${owner.alias}" needs a folder named like the file of "${file.alias}" (${where}); a site cannot hold both: keep the one the old site's links used, and remove the other`, owner.at);
    owners.delete(key);
  }
  return owners;
}

/**
 * An alias `/articles/<slug>/` is told to go in `formerly` (src/domain/aliases.ts); when that slug is an article's,
 * formerly refuses it in turn (round 31b #1: two round trips, the fix an error). Said at once: the address is that
 * article's page (a draft's or a scheduled story's once it is published); remove it.
 */
export function explainArticleAliases(diagnostics: Diagnostic[], files: ReadonlyMap<string, { file: string }>, dataOf: (slug: string) => Partial<Publishable> | undefined, visibility: VisibilityContext, rawOf: (file: string) => Record<string, unknown> | undefined): void {
  for (const d of diagnostics) {
    if (!/^aliases\[\d+\]$/.test(d.field)) continue;
    const proposal = formerlyProposal(d.message);
    // Already done: the story's formerly lists that slug (round 31d #3: it was told to add it there).
    const formerly = rawOf(d.file)?.['formerly'];
    if (proposal && Array.isArray(formerly) && formerly.includes(proposal.slug)) {
      d.message = `"${proposal.alias}" is already kept: this article's formerly lists "${proposal.slug}", whose page sends readers on from that address; remove it from aliases`;
      continue;
    }
    const page = proposal && files.get(proposal.slug);
    if (!proposal || !page) continue;
    if (page.file === d.file) {
      d.message = `"${proposal.alias}" is this article's own address, where its page is written; remove it`;
      continue;
    }
    const linked = dataOf(proposal.slug);
    const scheduled = linked?.published !== undefined && isScheduled({ draft: linked.draft ?? false, published: linked.published }, visibility);
    const whose = linked?.draft ? `the page of ${page.file}, a draft, once it is published` : scheduled ? `the page of ${page.file} from ${linked.published!.iso}, when it is published` : `the live page of ${page.file}`;
    d.message = `"${proposal.alias}" is ${whose}, so no old address of this story can stand there (nor in formerly); remove it`;
  }
}
