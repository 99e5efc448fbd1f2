/**
 * Names Windows keeps for devices: CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9, in any case and whatever follows the
 * first dot (`con.md`, `nul.tar.gz`), and spaces before it. COM and LPT take the superscript digits ¹ ² ³ too, which
 * Windows reads as digits (`COM¹` is a device: round 36). A file or folder of such a name cannot exist there, so a
 * page at it could not be built or copied on Windows (round 31a #14).
 */
const DEVICE_NAME = /^(?:con|prn|aux|nul|(?:com|lpt)[0-9\u00b9\u00b2\u00b3]) *(?:\.|$)/i;

/** Whether a file or folder name (one part of a path) is a name Windows keeps for a device. */
export function isDeviceName(name: string): boolean {
  return DEVICE_NAME.test(name);
}
