/**
 * How many sections every page names. The masthead navigation is on every page and the front page has a block per
 * section, so listing them all would make the output grow with sections × pages (300 sections put 300 links on
 * each of thousands of pages). Navigation and front-page blocks show the first {@link NAV_SECTION_LIMIT} sections
 * by `order`; past that the navigation ends with "All sections", a page at `/sections/` listing every one. A
 * newsroom within the limit gets no such page and exactly the pages it had.
 */
/** Sections named in the navigation and given a front-page block. */
export const NAV_SECTION_LIMIT = 12;

/** The sections index, written only when there are more sections than the navigation shows. */
export const SECTIONS_INDEX_PATH = '/sections/';

export interface SectionNav<S> {
  shown: S[];
  /** Whether some sections are left out (the navigation then links the sections index). */
  more: boolean;
}

/** The sections the navigation shows, from all sections with a visible article in their order. */
export function sectionNav<S>(sections: readonly S[], limit = NAV_SECTION_LIMIT): SectionNav<S> {
  return { shown: sections.slice(0, limit), more: sections.length > limit };
}

/** Whether the build writes the sections index for this many sections with a page. */
export function hasSectionsIndex(sectionCount: number, limit = NAV_SECTION_LIMIT): boolean {
  return sectionCount > limit;
}

/**
 * `aria-current` for the links of a navigation on the page at `path`: "page" on the link to this very page, "true" on
 * the one to the nearest part of the site it sits in (`/archive/2026/11/` under Archive, a section's page 2 under the
 * section, a section past the menu's under "All sections"), none elsewhere. Round 29c: the archive's month pages
 * claimed to be the archive page itself. The front page (`/`) is the ancestor of everything, so only its own page.
 */
export function navCurrent(hrefs: readonly string[], path: string): (href: string) => 'page' | 'true' | undefined {
  let within: string | undefined;
  for (const href of hrefs) if (href !== '/' && path.startsWith(href) && href.length > (within?.length ?? 0)) within = href;
  return (href) => (href === path ? 'page' : href === within ? 'true' : undefined);
}
