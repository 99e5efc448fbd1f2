/**
 * Alt text that describes nothing (round 22): a camera's or a CMS's file name (`IMG_2034.png`, `DSC01234`,
 * `WhatsApp Image 2026-11-02 at 10.14.22`), or a word typed to get past a required field (`image`, `photo`). A screen
 * reader reads it aloud, and the lead image's alt is every share's `og:image:alt`; an empty alt is refused, and this is
 * the same omission in another form. One line, for the lead image's `alt` and for body images alike.
 */
const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp|svg)$/i;
const CAMERA = /^(?:img|dsc[nf]?|pxl|gopr|dji|sam|mvimg|wp|screenshot|screen shot|whatsapp image|photo|image|picture|untitled|scan)[\s_-]*[\d][\d\s_.:-]*(?:at[\d\s_.:-]+)?$/i;
const PLACEHOLDER = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pic', 'img', 'graphic', 'untitled', 'placeholder', 'alt', 'alt text', 'caption', 'foto', 'bild', 'imagen', 'an image', 'a photo', 'a picture', 'image here', 'photo here', 'todo', 'tbd', 'xxx']);

/** The message for alt text that is a file name or a placeholder, else undefined. */
export function altPlaceholder(alt: string): string | undefined {
  const text = alt.trim().replace(/\s+/g, ' ');
  const kind = FILE_NAME.test(text) || CAMERA.test(text) ? 'a file name' : PLACEHOLDER.has(text.toLowerCase()) ? 'a placeholder' : undefined;
  if (!kind) return undefined;
  return `alt text "${text}" is ${kind}, not a description: screen readers read it aloud and shares of the story show it; describe what the photo shows (e.g. "Wagons at the Hairatan yard")`;
}
