/** Character references as CommonMark reads them, shared by the body and field rules on references. */

/** A reference as CommonMark reads one: decimal (1–7 digits), hex (1–6 digits) or a name, ended by `;`. */
export const REFERENCE = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** The code point a numeric reference (`&#146;`, `&#x92;`) names, or undefined for a named one. */
export function numberOf(reference: string): number | undefined {
  const m = /^&#([xX])?([0-9A-Fa-f]+);$/.exec(reference);
  if (!m) return undefined;
  return parseInt(m[2] ?? '', m[1] ? 16 : 10);
}
