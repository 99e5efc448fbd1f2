/** The one shape of an article's use of a local image, shared by the decode pass and the pixel budget. */

/** A local image an article shows (its lead image or a body photo), where it is written and the file it names. */
export interface LocalImageUse {
  file: string;
  field: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Absolute path of the image file. */
  path: string;
  /** The path as written. */
  src: string;
  /** How a body image is shown in messages (`image ![alt](./images/x.jpg)`). */
  label?: string;
}
