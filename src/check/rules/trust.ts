/**
 * The trust boundary between `content/` and the build. Content is written by people (and CMSs) who must not be
 * able to run code or read files elsewhere, so:
 * - nothing under the content folder is followed through a symbolic link: links are found with `lstat`, and every
 *   one met (file or folder) is reported, never silently skipped;
 * - only regular files are opened (a FIFO or device named `.md` would hang or leak), without following a link;
 * - every referenced file's path stays inside the content folder, checked on the path as written and on its real
 *   path;
 * - a lead image must hold JPEG, PNG, WebP, AVIF or GIF bytes and be named for them, so nothing a module loader
 *   would treat as code (a `.js` target, or JavaScript named `.png`) ever reaches Vite.
 */
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentPathProblem, unlistedFolderProblem } from './content-paths.ts';
import { unicodeFormMismatch } from './decomposed-names.ts';
import { caseMismatch, otherExtension, rootedPath } from './image-slips.ts';
import { imagePathSpelling } from './image-path.ts';
import { MAX_SIDE, missingImageData } from './image-data.ts';
import { undecodableImage } from './image-decodable.ts';
import { decodeWork, decodeWorkProblem } from './image-work.ts';
import { describeBytes, FORMAT_NAMES, FORMAT_OF_EXTENSION, HEADER_BYTES, IMAGE_EXTENSIONS, imageSize, isHeif, MAX_IMAGE_BYTES, MAX_PIXELS, photoFormatProblem, sniffImage } from './image-format.ts';
import { folderNamedAsFile, strayFile, type UnreadFile } from './stray-files.ts';
import { folderNameProblem, imagePathProblem } from './image-names.ts';
import { localImagePlace } from '#/domain/image-source.ts';
import { isUnpublishedName, unpublishedFileProblem, unpublishedStep } from './unpublished-names.ts';
import { unreadArticleProblem } from './unread-articles.ts';

/** A refusal: the path it concerns and one sentence saying what is wrong and what to do. */
export interface TrustProblem extends UnreadFile {
  path: string;
  /** A folder whose files were not listed at all (too long or deep a path, or unreadable). */
  unlisted?: true;
  /** A file (not a folder) left unread, for the summary's count (round 28b #15). */
  unreadFile?: true;
}

const LINK_FIX = 'Dateline never follows links inside the content folder; replace the link with the file itself';
const FOLDER_LINK_FIX = 'Dateline never follows links inside the content folder; replace the link with the folder itself';

/** `O_NOFOLLOW`: opening a symbolic link fails (ELOOP) instead of opening its target; `O_NONBLOCK`: a FIFO never blocks. */
const SAFE_OPEN = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Markdown files under `dir` (its sub-folders too when `recursive`), sorted, without following links. Files and
 * folders whose names start with `_` or `.` are ignored (templates, editor and VCS files), and so is a `README.md`
 * (a note about its folder). Symbolic links and
 * `.md` entries that are not regular files are reported through `refuse`.
 */
export function listMarkdownFiles(dir: string, recursive: boolean, refuse: (p: TrustProblem) => void): string[] {
  const out: string[] = [];
  const top = lstatOrUndefined(dir);
  if (!top) return out;
  if (top.isSymbolicLink()) {
    refuse({ path: dir, message: `the folder is a symbolic link, so nothing in it is read; ${FOLDER_LINK_FIX}` });
    return out;
  }
  if (!top.isDirectory()) return out;
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      refuse({ path: folder, message: unlistedFolderProblem(error), unlisted: true });
      return;
    }
    // Names proposed to folders here (folderNameProblem), so two are never told the same one.
    const proposed = new Set<string>();
    for (const e of entries) {
      const full = join(folder, e.name);
      // A name that is not UTF-8 (Latin-1 from an old zip) reaches us with U+FFFD in it and cannot be opened again.
      if (e.name.includes('\uFFFD')) {
        if (!isUnpublishedName(e.name)) refuse({ path: full, message: `the ${e.isDirectory() ? 'folder' : 'file'} name is not valid UTF-8 (shown with "\uFFFD"), so it cannot be read; rename it with plain letters`, ...(e.isDirectory() ? {} : { unreadFile: true as const }) });
        continue;
      }
      const stray = e.isFile() && !e.name.startsWith('_') ? strayFile(e.name) : undefined;
      // A stray file is not read (its line says so), and gets no second line about its name (round 17: `story.md.md`).
      if (stray) {
        refuse({ path: full, ...stray, unreadFile: true });
        continue;
      }
      if (e.name.startsWith('.')) continue;
      // A desk note (`images/README.md`: photo credits) is no story, as content/README.md is not (round 23), and
      // `authors/README.md` is no author: told to become `readme.md`, it made an author "readme" (round 25a #14).
      if (/^readme\.md$/i.test(e.name) && e.isFile()) continue;
      const isMarkdown = /\.md$/i.test(e.name);
      // A path too long or deep for the file system (or for our limits) is one line, and nothing below it is read.
      const tooFar = !e.name.startsWith('_') && (e.isDirectory() ? recursive : isMarkdown) ? contentPathProblem(dir, full, e.isDirectory()) : undefined;
      if (tooFar) {
        refuse({ path: full, message: tooFar, ...(e.isDirectory() ? { unlisted: true as const } : { unreadFile: true as const }) });
        continue;
      }
      if (e.isSymbolicLink()) {
        // Links to Markdown and, where sub-folders are read, to folders would be skipped without a word: each is
        // reported. Other links (a linked photo) are reported where an article refers to them.
        if (e.name.startsWith('_')) continue;
        if (isMarkdown) refuse({ path: full, message: `the file is a symbolic link; ${LINK_FIX}`, unreadFile: true });
        else if (recursive && statOrUndefined(full)?.isDirectory()) refuse({ path: full, message: `the folder is a symbolic link, so nothing in it is read; ${FOLDER_LINK_FIX}` });
      } else if (e.isDirectory()) {
        // `_drafts/`, `.private/` and the like are kept out of the build, as `_template.md` is. A folder named like
        // a story (`story.md/`) is one line: the story the editor meant is not there.
        if (recursive && isMarkdown && !isUnpublishedName(e.name)) refuse({ path: full, message: folderNamedAsFile(e.name, 'articles') });
        else if (recursive && !isUnpublishedName(e.name)) {
          // `10 ` (a Finder rename, a zip from a Mac): looks like `10` everywhere, and no link can name it (round 23).
          const spaced = spacedFolderProblem(e.name);
          if (spaced) refuse({ path: full, message: spaced });
          const before = out.length;
          walk(full);
          // `x#y/`, `x%41y/`: every photo path of the articles in it breaks in the build (image-names.ts).
          const breaking = out.length > before ? folderNameProblem(e.name, (name) => proposed.has(name) || existsSync(join(folder, name))) : undefined;
          if (breaking) refuse({ path: full, message: breaking.message });
          if (breaking) proposed.add(breaking.proposal);
        }
      } else if (isMarkdown && !e.name.startsWith('_')) {
        if (e.isFile()) out.push(full);
        else refuse({ path: full, message: 'is not a regular file (a pipe, socket or device); replace it with a Markdown file', unreadFile: true });
      } else if (recursive && e.isFile() && !e.name.startsWith('_')) {
        // A story saved as `.txt`, `.docx` or with no extension: one line, not a silent 404 (unread-articles.ts).
        const unread = unreadArticleProblem(e.name, basename(folder), () => {
          const read = readRegularFile(full, 512);
          return 'bytes' in read ? read.bytes : undefined;
        });
        if (unread) refuse({ path: full, ...unread, unreadFile: true });
      } else if (recursive && !e.isFile() && !e.name.startsWith('_')) {
        // A pipe, socket or device under any name (`x.txt`, `story.md.orig`): nothing reads it, and a file of that
        // name would have had a line (round 31a #12).
        refuse({ path: full, message: 'is not a regular file (a pipe, socket or device), so it is not read; remove it', unreadFile: true });
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The one line for a folder whose name starts or ends with a space, or undefined. */
export function spacedFolderProblem(name: string): string | undefined {
  const trimmed = name.replace(/^[\s\u00A0]+|[\s\u00A0]+$/gu, '');
  if (trimmed === name || trimmed === '') return undefined;
  return `the folder name "${name}" ${/[\s\u00A0]$/u.test(name) ? 'ends' : 'starts'} with a space, which no link or listing shows; rename the folder to "${trimmed}"`;
}

/**
 * Reads at most `limit` bytes of a regular file without following a link at the last step, or says why not.
 * `size` is the whole file's size, so callers can refuse an oversize file without reading it.
 */
export function readRegularFile(path: string, limit: number): { bytes: Buffer; size: number } | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, SAFE_OPEN);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { problem: `is a symbolic link; ${LINK_FIX}` };
    if (code === 'ENOENT') return { problem: 'does not exist' };
    if (code === 'ENAMETOOLONG') return { problem: 'has a path too long for the file system; move it into shorter folders' };
    if (code === 'EACCES' || code === 'EPERM') return { problem: 'cannot be read (permission denied); check the file permissions' };
    return { problem: `cannot be opened (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'is not a regular file; replace it with a file' };
    const bytes = Buffer.alloc(Math.min(stat.size, limit));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), size: stat.size };
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` is `dir` itself or inside it, by path alone. */
export function isInside(dir: string, path: string): boolean {
  const r = relative(dir, path);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/**
 * Checks a lead image referenced as `src` from the article at `articlePath`; returns the refusal, or undefined
 * when the file is a real image inside the content folder. `show` turns an absolute path into the printed one.
 */
export function checkLeadImage(contentDir: string, articlePath: string, src: string, show: (path: string) => string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(src)) {
    // `/content/articles/…/x.png`, a path from the project: the path to write (round 24a #13).
    const rooted = /^[/\\]/.test(src) ? rootedPath(contentDir, articlePath, src) : undefined;
    return `"${src}" must be a path relative to the article file${rooted ? `: ${rooted}` : ', e.g. ./images/photo.jpg'}`;
  }
  // No "?" or "#" (Vite reads them as loader instructions), and a name short enough for its web copies: image-names.ts.
  const badPath = imagePathProblem(src);
  if (badPath) return badPath;
  // One spelling for the check and the renderer (Astro reads `x.png/` as no image at all).
  const spelling = imagePathSpelling(src, {
    exists: (path) => {
      const full = resolve(articlePath, '..', path);
      return isInside(resolve(contentDir), full) && existsSync(full);
    },
  });
  if (spelling) return spelling;
  const root = resolve(contentDir);
  const image = resolve(articlePath, '..', src);
  // The place rule is the renderer's too (src/domain/image-source.ts); the file system checks below are the check's.
  const place = localImagePlace(relative(root, articlePath).split(sep).join('/'), src);
  if (!isInside(root, image) || ('refused' in place && place.refused === 'outside')) {
    return `"${src}" points outside the content folder (to ${show(image)}); keep the image beside the article, e.g. ./images/photo.jpg`;
  }
  // Every step from the content folder to the image must be a real folder or file, not a link.
  const step = firstLinkOrGap(root, image);
  if (step?.missing) {
    // A file where the path needs a folder (`images` saved as a file by an upload tool: round 32c F3).
    const parent = dirname(step.path);
    if (parent !== root && lstatOrUndefined(parent)?.isFile()) return `image file "${src}" cannot be found: ${show(parent)} is a file, not a folder; rename or move that file, and keep the photos in a folder of that name`;
    // A decomposed accent, a letter case or a path from the project: said with the path to write (round 24a #13).
    const form = unicodeFormMismatch(step.path) ?? caseMismatch(articlePath, image, step.path) ?? otherExtension(articlePath, image, step.path, IMAGE_EXTENSIONS) ?? rootedPath(contentDir, articlePath, src);
    return `image file "${src}" does not exist (looked for ${show(image)})${form ? `: ${form}` : ''}`;
  }
  if (step) return `${show(step.path)} is a symbolic link; ${LINK_FIX}`;
  // Names starting with "_" or "." are never read or published (templates, `_drafts/`, `.private/`): an embargoed
  // photo kept there must not be published by pointing at it.
  const hidden = unpublishedStep(root, image);
  if (hidden) return unpublishedFileProblem(src, hidden);
  const stat = lstatOrUndefined(image);
  if (stat?.isDirectory()) return `"${src}" is a folder (${show(image)}), not an image file; write the path of the photo file inside it`;
  if (!stat?.isFile()) return `image file "${src}" is not a regular file (${show(image)}); replace it with the photo file`;
  // Astro reads the whole file into memory, several times: a 2 GB "photo" (a PNG padded with zeros) crashed the
  // build with a stack trace or ran it out of memory. Judged from the size alone, before anything is read.
  if (stat.size > MAX_IMAGE_BYTES) {
    return `"${src}" is ${megabytes(stat.size)}; the limit for an image file is ${megabytes(MAX_IMAGE_BYTES)}, so export a smaller copy (a 2,400-pixel-wide JPEG is well under 5 MB)`;
  }
  const ext = extname(image).toLowerCase();
  const promised = FORMAT_OF_EXTENSION[ext];
  if (!promised) return photoFormatProblem(src, ext) ?? `"${src}" is not a supported image; use ${IMAGE_EXTENSIONS.join(', ')}`;
  // Belt and braces: the real path must still be inside the real content folder.
  if (!isInside(realpathSync(root), realpathSync(image))) return `"${src}" resolves outside the content folder; ${LINK_FIX}`;
  const read = readRegularFile(image, HEADER_BYTES);
  if ('problem' in read) return `image file "${src}" ${read.problem}`;
  const format = sniffImage(read.bytes);
  if (!format) {
    if (isHeif(read.bytes)) return photoFormatProblem(src, ext, true);
    return `"${src}" is not a JPEG, PNG, WebP, AVIF or GIF image (${describeBytes(read.bytes)}); export the picture again in one of those formats`;
  }
  if (format !== promised) {
    const rename = Object.entries(FORMAT_OF_EXTENSION).find(([, f]) => f === format)?.[0] ?? '';
    // The new name and the path to write, so the line works when followed (round 25b #16: a rename alone left the
    // article pointing at the old name).
    const renamed = src.replace(/\.[^./\\]*$/, rename);
    return `"${src}" holds a ${FORMAT_NAMES[format]} image but its name says ${FORMAT_NAMES[promised]}; rename the file to ${basename(renamed)} and write "${renamed}" here (and wherever else the photo is used)`;
  }
  // Decoding a huge image takes gigabytes however small the file is: the header says how big it is.
  const size = imageSize(read.bytes, format);
  if (size && size.width * size.height > MAX_PIXELS) {
    const mp = Math.round((size.width * size.height) / 1e6);
    return `"${src}" is ${size.width}×${size.height} pixels (${mp} megapixels); the limit is ${MAX_PIXELS / 1e6} megapixels, so export a smaller copy (2,400 pixels wide is plenty for the web)`;
  }
  if (size && (size.width === 0 || size.height === 0)) {
    return `"${src}" says it is ${size.width}×${size.height} pixels, which shows nothing; export the picture again`;
  }
  if (size && Math.max(size.width, size.height) > MAX_SIDE) {
    return `"${src}" is ${size.width}×${size.height} pixels; the web versions (WebP) hold at most ${MAX_SIDE.toLocaleString('en-US')} pixels a side, so crop it or export a smaller copy`;
  }
  // A header without the picture (an interrupted upload) crashes Astro's image step or publishes a broken image.
  const missing = missingImageData(read.bytes, read.size, format);
  if (missing) return `"${src}" is not a complete ${FORMAT_NAMES[format]} image: ${missing}; export or upload it again`;
  // Whole but coded in a way the decoders do not read (a 12-bit or lossless JPEG, invalid GIF LZW data…).
  const undecodable = undecodableImage(read.bytes, format);
  if (undecodable) return `"${src}" cannot be shown: ${undecodable}`;
  // Decoding work the pixels do not show (a JPEG's scans, an animation's frames), from the structure: image-work.ts.
  const work = decodeWork(image, readRegularFile);
  const tooSlow = work && decodeWorkProblem(work);
  if (tooSlow) return `"${src}" ${tooSlow}`;
  return undefined;
}

/**
 * The first step from `root` down to `path` that is a symbolic link, or that does not exist (`missing`), or
 * undefined when every step is real. Writers use it too (`npm run new` never writes through a planted link).
 */
export function firstLinkOrGap(root: string, path: string): { path: string; missing: boolean } | undefined {
  let at = root;
  for (const part of relative(root, path).split(sep)) {
    at = join(at, part);
    const stat = lstatOrUndefined(at);
    if (!stat) return { path: at, missing: true };
    if (stat.isSymbolicLink()) return { path: at, missing: false };
  }
  return undefined;
}

/** `25 MB`, `2.4 GB`: a file size for a message. */
function megabytes(bytes: number): string {
  const mb = bytes / 1e6;
  return mb >= 1000 ? `${(mb / 1000).toFixed(1)} GB` : `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** Follows the link only to learn what it points at; nothing behind it is read. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
