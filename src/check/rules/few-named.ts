/**
 * A list of others in a check line, cut to a few: "a, b, c and 997 more files". A newsroom-scale group (4,000
 * files named index.md, 4,000 authors all "Staff Reporter") made each of its lines name every other member, so the
 * output grew with the square of the group (764 MB at 4,000; rounds 16 and 17).
 */
export const FEW = 3;

const counted = (shown: readonly string[], more: number, noun: string): string =>
  `${shown.join(', ')}${more > 0 ? ` and ${more} more ${noun}${more === 1 ? '' : 's'}` : ''}`;

/** `items` named up to FEW, the rest counted as `more <noun>s`. */
export function fewNamed(items: readonly string[], noun: string, few = FEW): string {
  return counted(items.slice(0, few), Math.max(0, items.length - few), noun);
}

/**
 * The members of `group` other than the one at `index`, named up to FEW starting after it (so each member's line
 * names different ones), the rest counted. Linear in FEW, not in the group.
 */
export function othersNamed<T>(group: readonly T[], index: number, label: (item: T) => string, noun: string, few = FEW): string {
  const shown = Array.from({ length: Math.min(few, group.length - 1) }, (_, k) => label(group[(index + k + 1) % group.length]!));
  return counted(shown, group.length - 1 - shown.length, noun);
}
