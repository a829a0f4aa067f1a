/**
 * The image boundary: a photo in memory (never written anywhere), checked for what it
 * is before a decoder sees it, then decoded once with its orientation applied
 * (`sharp(...).rotate()` first, so boxes and blur land where a person sees the faces).
 *
 * Accepted: JPEG, PNG, WebP, and HEIC/HEIF/AVIF where the installed libvips reads it (the
 * prebuilt sharp reads AVIF-coded HEIF; HEVC-coded iPhone HEIC is refused with a clear
 * error). Anything else, anything larger than MAX_PHOTO_BYTES or MAX_PHOTO_PIXELS, and
 * anything that does not decode gets a Dutch/English SterrenwachtError, never a crash.
 */
import sharp, { type Sharp } from 'sharp';
import { SterrenwachtError } from '../errors.js';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, tooLarge } from './limits.js';

export { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, tooLarge };

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export const PHOTO_MIME: Record<PhotoFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heif: 'image/heif' };

sharp.cache(false); // nothing of a photo is kept after a request

/** What the first bytes say the file is (magic numbers), before any decoder runs. */
export function sniffFormat(buf: Uint8Array): PhotoFormat | 'unknown' {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf[0] === 0x89 && buf[1] === 0x50 && buf[2] === 0x4e && buf[3] === 0x47 && buf[4] === 0x0d && buf[5] === 0x0a && buf[6] === 0x1a && buf[7] === 0x0a) return 'png';
  const ascii = (a: number, b: number): string => String.fromCharCode(...buf.subarray(a, b));
  if (buf.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (buf.length >= 12 && ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif|avis)$/.test(ascii(8, 12))) return 'heif';
  return 'unknown';
}

/** Check the bytes: size and kind. Returns the format. */
export function checkPhotoBytes(buf: Uint8Array): PhotoFormat {
  if (buf.length === 0) throw new SterrenwachtError('invalid_image', 'Er is geen foto meegestuurd (het bestand is leeg).', 'No photo was sent (the file is empty).', 'image');
  if (buf.length > MAX_PHOTO_BYTES) throw tooLarge(buf.length);
  const format = sniffFormat(buf);
  if (format === 'unknown') {
    throw new SterrenwachtError('unsupported_image', 'Dit bestand is geen foto die Sterrenwacht kan lezen. Gebruik JPEG, PNG, WebP of HEIC. Video en geluid worden niet bekeken: geef bij de check aan wie erin herkenbaar is.', 'This file is not a photo Sterrenwacht can read. Use JPEG, PNG, WebP or HEIC. Video and audio are not examined: state in the check who is recognisable in them.', 'image');
  }
  return format;
}

export interface DecodedPhoto {
  format: PhotoFormat;
  /** Width and height of the pixels below (after orientation and any scaling). */
  width: number;
  height: number;
  /** Width and height of the photo itself after orientation. */
  fullWidth: number;
  fullHeight: number;
  /** RGB pixels, row by row, orientation applied. */
  data: Buffer;
}

function unreadable(format: PhotoFormat, e: unknown): SterrenwachtError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/pixel limit/i.test(msg)) {
    return new SterrenwachtError('image_too_large', `De foto heeft te veel pixels; het maximum is ${MAX_PHOTO_PIXELS / 1_000_000} megapixel.`, `The photo has too many pixels; the maximum is ${MAX_PHOTO_PIXELS / 1_000_000} megapixels.`, 'image');
  }
  if (format === 'heif') {
    return new SterrenwachtError('unsupported_image', 'Deze HEIC-foto kan hier niet gelezen worden (HEVC-gecodeerd). Zet de foto om naar JPEG (op een iPhone: Instellingen > Camera > Formaten > "Meest compatibel") en probeer het opnieuw.', 'This HEIC photo cannot be read here (HEVC-coded). Convert it to JPEG (on an iPhone: Settings > Camera > Formats > "Most Compatible") and try again.', 'image');
  }
  return new SterrenwachtError('invalid_image', `De foto is beschadigd of onvolledig en kan niet gelezen worden (${format.toUpperCase()}).`, `The photo is damaged or incomplete and cannot be read (${format.toUpperCase()}).`, 'image');
}

/** A sharp pipeline for a checked photo: pixel limit, strict decoding, first page only. */
export function openPhoto(buf: Uint8Array): Sharp {
  return sharp(buf, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', pages: 1 });
}

/**
 * Decode a photo with its orientation applied, optionally scaled down so its longer side
 * is at most `maxSide` (for detection; boxes are fractions, so they hold at any size).
 */
export async function decodePhoto(buf: Uint8Array, opts: { maxSide?: number } = {}): Promise<DecodedPhoto> {
  const format = checkPhotoBytes(buf);
  try {
    const img = openPhoto(buf);
    const meta = await img.metadata();
    const full = meta.autoOrient ?? { width: meta.width ?? 0, height: meta.height ?? 0 };
    if (full.width * full.height > MAX_PHOTO_PIXELS) throw new Error('Input image exceeds pixel limit');
    let pipeline = img.rotate();
    if (opts.maxSide) pipeline = pipeline.resize({ width: opts.maxSide, height: opts.maxSide, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { format, width: info.width, height: info.height, fullWidth: full.width, fullHeight: full.height, data };
  } catch (e) {
    throw unreadable(format, e);
  }
}

export { unreadable as unreadablePhoto };
