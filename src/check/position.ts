/** A place in a content file, 1-based, as every diagnostic names it. */
export interface Position {
  line: number;
  column: number;
}
