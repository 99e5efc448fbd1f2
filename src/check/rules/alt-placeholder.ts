/**
 * Alt text that describes nothing (round 22): a camera's or a CMS's file name (`IMG_2034.png`, `DSC01234`,
 * `WhatsApp Image 2026-11-02 at 10.14.22`), or a word typed to get past a required field (`image`, `photo`). A screen
 * reader reads it aloud, and the lead image's alt is every share's `og:image:alt`; an empty alt is refused, and this is
 * the same omission in another form. One line, for the lead image's `alt` and for body images alike.
 */
/** The sample alt texts this project hands editors: the template's lead image and body photo, README's step 2. */
export const PROJECT_ALT_SAMPLES = ['Short description of what the image shows.', 'What the photo shows', 'What the photo shows, for readers who cannot see it'] as const;
const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp|svg)$/i;
const CAMERA = /^(?:img|dsc[nf]?|pxl|gopr|dji|sam|mvimg|wp|screenshot|screen shot|whatsapp image|photo|image|picture|untitled|scan)[\s_-]*[\d][\d\s_.:-]*(?:at[\d\s_.:-]+)?$/i;
/** Date-stamped phone names (Samsung `20261130_101010`) and agency or stock file names (round 25b #18). */
const STAMPED = /^(?:\d{8}[_-]\d{6}(?:[_-]\d+)?|(?:gettyimages|istock|istockphoto|shutterstock|adobestock|ap|afp|reuters|epa)[\s_-]*\d{4,}[\w-]*)$/i;
const PLACEHOLDER = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pic', 'img', 'graphic', 'untitled', 'placeholder', 'alt', 'alt text', 'caption', 'foto', 'bild', 'imagen', 'an image', 'a photo', 'a picture', 'image here', 'photo here', 'todo', 'tbd', 'xxx',
  // Words a CMS prompts with or a design tool names a file, and one-word kinds that describe nothing (round 25b #18).
  'add alt text', 'alt text here', 'image description', 'description', 'caption here', 'insert image', 'untitled design', 'chart', 'map', 'graph', 'screenshot', 'ap photo', 'afp photo', 'reuters photo', 'getty images', 'file photo', 'stock photo',
  // This project's own sample alt texts, in content/articles/_template.md and README.md (round 26a #9; a test keeps them in step).
  ...PROJECT_ALT_SAMPLES.map((t) => t.toLowerCase().replace(/\.$/, ''))]);

/** The message for alt text that is a file name or a placeholder, else undefined. */
export function altPlaceholder(alt: string): string | undefined {
  const text = alt.trim().replace(/\s+/g, ' ');
  // No letter or digit at all (`.`, `-`, an emoji alone) is no description either; a single letter may be a test's
  // stand-in and passes.
  const wordless = text !== '' && !/[\p{L}\p{N}]/u.test(text);
  // A full stop does not make a placeholder a description ("Image.", a sample copied with or without its own).
  const kind = FILE_NAME.test(text) || CAMERA.test(text) || STAMPED.test(text) ? 'a file name' : PLACEHOLDER.has(text.toLowerCase().replace(/\.$/, '')) || wordless ? 'a placeholder' : undefined;
  if (!kind) return undefined;
  return `alt text "${text}" is ${kind}, not a description: screen readers read it aloud and shares of the story show it; describe what the photo shows (e.g. "Wagons at the Hairatan yard")`;
}
